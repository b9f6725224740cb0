package dk.aarshjul.contract;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of a goal (a row of the "goals" list in draft-contract.form and
 * adjust-contract-after-dialogue.form) and of the contract around it, declared once: DraftParser
 * reads them, the forms show them (FormFieldsTest).
 */
public final class GoalFields {

  public static final FormField TRACK = FormField.choice("track", "Udviklingsspor", true);
  public static final FormField TITLE = FormField.requiredText("title", "Titel", 200);
  public static final FormField PURPOSE = FormField.requiredText("purpose", "Formål", 4000);
  public static final FormField ACTIVITIES =
      FormField.requiredText("activities", "Aktiviteter", 4000);
  public static final FormField EFFECT_FOLLOW_UP =
      FormField.requiredText("effectFollowUp", "Opfølgning på virkning", 4000);
  public static final FormField INDICATOR = FormField.optionalText("indicator", "Indikator", 300);
  public static final FormField TARGET = FormField.optionalText("target", "Målværdi", 300);
  public static final FormField LEADERSHIP_SPAN =
      FormField.optionalText(ContractVariables.LEADERSHIP_SPAN, "Vurdering af ledelsesspænd", 4000);

  /**
   * Why an adjustment agreed in the dialogue meeting was not applied
   * (adjust-contract-after-dialogue.form).
   */
  public static final FormField NOT_APPLIED_REASON =
      FormField.optionalText(
          "notAppliedReason", "Begrundelse, hvis justeringen ikke indarbejdes", 4000);

  static final List<FormField> GOAL =
      List.of(TRACK, TITLE, PURPOSE, ACTIVITIES, EFFECT_FOLLOW_UP, INDICATOR, TARGET);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "draft-contract", withGoals(List.of(LEADERSHIP_SPAN)),
          "adjust-contract-after-dialogue",
              withGoals(List.of(LEADERSHIP_SPAN, NOT_APPLIED_REASON)));

  private static List<FormField> withGoals(List<FormField> others) {
    List<FormField> fields =
        new java.util.ArrayList<>(
            GOAL.stream().map(field -> field.inList(ContractVariables.GOALS)).toList());
    fields.addAll(others);
    return List.copyOf(fields);
  }

  private GoalFields() {}
}
