package dk.aarshjul.followup;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the follow-up forms: the goal statuses and their review. Declared once: the block's
 * parser and service read their limits from here, the forms show the same rules (FormFieldsTest).
 */
public final class FollowUpFields {

  public static final FormField DIRECTION =
      FormField.choice(FollowUpVariables.ENTRY_DIRECTION, "Hvad er bedst?", true);
  public static final FormField EFFECT =
      FormField.requiredText(
          FollowUpVariables.ENTRY_EFFECT, "Dokumenteret virkning for borgerne", 4000);
  public static final FormField SATISFACTION_RESULT =
      FormField.optionalText(
          FollowUpVariables.ENTRY_SATISFACTION_RESULT,
          "Resultat af borgertilfredshedsmålingen",
          1000);
  public static final FormField DECISION =
      FormField.choice(FollowUpVariables.DECISION, "Beslutning", true);
  public static final FormField COMMENT =
      FormField.optionalText(FollowUpVariables.COMMENT, "Kommentar", 4000);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "report-goal-status",
              List.of(
                  DIRECTION.inList(FollowUpVariables.GOAL_STATUSES),
                  EFFECT.inList(FollowUpVariables.GOAL_STATUSES),
                  SATISFACTION_RESULT.inList(FollowUpVariables.GOAL_STATUSES)),
          "review-goal-status", List.of(DECISION, COMMENT));

  private FollowUpFields() {}
}
