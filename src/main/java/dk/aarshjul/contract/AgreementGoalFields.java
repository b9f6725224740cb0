package dk.aarshjul.contract;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of an udviklingsaftale's goal (a row of the "goals" list in draft-agreement.form) and
 * of a common goal the directorate sets (a row of the "commonGoals" list in
 * register-common-goals.form), declared once: AgreementGoalParser and CommonGoals read them, the
 * forms show them (FormFieldsTest).
 */
public final class AgreementGoalFields {

  /**
   * Ledelsens mål for enheden, or fælles mål for organisationen eller området ({@link GoalKind}).
   */
  public static final FormField KIND = FormField.choice("kind", "Slags mål", true);

  /** The common goal a common goal of the unit serves (shown for that kind only). */
  public static final FormField COMMON_GOAL =
      FormField.choice("commonGoal", "Det fælles mål, målet bidrager til", true);

  public static final FormField TITLE = FormField.requiredText("title", "Målet", 200);
  public static final FormField PURPOSE =
      FormField.requiredText("purpose", "Hvorfor – og hvad enheden vil gøre", 4000);
  public static final FormField FOLLOW_UP =
      FormField.requiredText("effectFollowUp", "Sådan følges målet op", 1000);

  static final List<FormField> GOAL = List.of(KIND, COMMON_GOAL, TITLE, PURPOSE, FOLLOW_UP);

  /** The list of common goals in register-common-goals.form. */
  public static final String COMMON_GOALS = "commonGoals";

  /** Whom a common goal is for: the whole organisation, or one area (by its code). */
  public static final FormField COMMON_SCOPE = FormField.choice("scope", "Gælder for", true);

  public static final FormField COMMON_TITLE = FormField.requiredText("title", "Fælles mål", 200);
  public static final FormField COMMON_DESCRIPTION =
      FormField.optionalText("description", "Uddybning", 1000);

  static final List<FormField> COMMON_GOAL_ROW =
      List.of(COMMON_SCOPE, COMMON_TITLE, COMMON_DESCRIPTION);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "draft-agreement",
          GOAL.stream().map(field -> field.inList(ContractVariables.GOALS)).toList(),
          "register-common-goals",
          COMMON_GOAL_ROW.stream().map(field -> field.inList(COMMON_GOALS)).toList());

  private AgreementGoalFields() {}
}
