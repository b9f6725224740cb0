package dk.aarshjul.contract;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the contract forms other than the goals (GoalFields): start, early dialogue,
 * hearing, approval. Declared once: the block's parser and service read their limits from here, the
 * forms show the same rules (FormFieldsTest).
 */
public final class ContractFields {

  public static final FormField START_YEAR =
      FormField.number(ContractVariables.YEAR, "År", 2020, 2100);
  public static final FormField START_UNIT =
      FormField.requiredText(ContractVariables.UNIT_CODE, "Enhedskode", 100);
  public static final FormField EARLY_DIALOGUE_NOTES =
      FormField.requiredText(
          ContractVariables.EARLY_DIALOGUE_NOTES, "Noter fra den tidlige dialog", 4000);
  public static final FormField STAKEHOLDER_COMMENT =
      FormField.requiredText(ContractVariables.COMMENT, "Høringssvar", 4000);
  public static final FormField DECISION =
      FormField.choice(ContractVariables.DECISION, "Beslutning", true);
  public static final FormField APPROVER_COMMENT =
      FormField.optionalText(ContractVariables.COMMENT, "Kommentar", 4000);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "start-development-contract", List.of(START_YEAR, START_UNIT),
          "hold-early-dialogue", List.of(EARLY_DIALOGUE_NOTES),
          "give-stakeholder-comment", List.of(STAKEHOLDER_COMMENT),
          "approve-contract", List.of(DECISION, APPROVER_COMMENT));

  private ContractFields() {}
}
