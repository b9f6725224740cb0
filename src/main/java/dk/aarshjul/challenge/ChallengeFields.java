package dk.aarshjul.challenge;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the right-to-challenge forms (udfordringsret). Declared once: the block's parser
 * and service read their limits from here, the forms show the same rules (FormFieldsTest).
 */
public final class ChallengeFields {

  public static final FormField KIND =
      FormField.choice(ChallengeVariables.KIND, "Hvad udfordrer du?", true);
  public static final FormField SUBJECT =
      FormField.requiredText(ChallengeVariables.SUBJECT, "Emne", 200);
  public static final FormField REASON =
      FormField.requiredText(ChallengeVariables.REASON, "Begrundelse", 4000);
  public static final FormField PROPOSED_CHANGE =
      FormField.requiredText(ChallengeVariables.PROPOSED_CHANGE, "Forslag til ændring", 4000);
  public static final FormField UNIT =
      FormField.optionalText(ChallengeVariables.UNIT_CODE, "Enhedskode", 100);
  public static final FormField DECISION =
      FormField.choice(ChallengeVariables.DECISION, "Afgørelse", true);
  public static final FormField REASONING =
      FormField.requiredText(ChallengeVariables.REASONING, "Begrundelse", 4000);
  public static final FormField ELABORATION =
      FormField.requiredText(ChallengeVariables.ELABORATION, "Uddybning", 4000);
  public static final FormField ACKNOWLEDGED =
      FormField.choice(ChallengeVariables.ACKNOWLEDGED, "Jeg har læst afgørelsen", true);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "start-challenge", List.of(KIND, SUBJECT, REASON, PROPOSED_CHANGE, UNIT),
          "decide-challenge", List.of(DECISION, REASONING),
          "elaborate-challenge", List.of(ELABORATION),
          "read-challenge-decision", List.of(ACKNOWLEDGED));

  private ChallengeFields() {}
}
