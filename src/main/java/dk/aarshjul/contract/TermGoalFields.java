package dk.aarshjul.contract;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of a goal in the common goal template (Hvidovre: "fælles skabelon for alle mål"), a
 * row of the "goals" list in draft-term-goals.form and review-term-goals.form, declared once:
 * TermGoalParser reads them, the forms show them (FormFieldsTest).
 */
public final class TermGoalFields {

  public static final FormField TITLE = FormField.requiredText("title", "Mål", 200);
  public static final FormField EXPECTED_EFFECT =
      FormField.requiredText("expectedEffect", "Forventet effekt", 4000);
  public static final FormField EFFECT_FOLLOW_UP =
      FormField.requiredText(
          "effectFollowUp", "Sådan følges der op på effekten i valgperioden", 4000);
  public static final FormField INDICATOR = FormField.requiredText("indicator", "Indikator", 300);
  public static final FormField SATISFACTION_MEASURE =
      FormField.optionalText(
          "satisfactionMeasure", "Borgertilfredshedsmåling (hvis målet bruger en)", 1000);
  public static final FormField BEACONS =
      FormField.choice("beacons", "Politiske pejlemærker, målet tjener", true);

  /** Why the goals are adjusted after the budget adoption (review-term-goals.form). */
  public static final FormField REASON =
      FormField.optionalText("reason", "Begrundelse for tilpasningen", 4000);

  static final List<FormField> GOAL =
      List.of(TITLE, EXPECTED_EFFECT, EFFECT_FOLLOW_UP, INDICATOR, SATISFACTION_MEASURE, BEACONS);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "draft-term-goals", goalsAnd(List.of()),
          "review-term-goals", goalsAnd(List.of(ContractFields.DECISION, REASON)),
          "approve-goal-adjustment",
              List.of(ContractFields.DECISION, ContractFields.APPROVER_COMMENT));

  private static List<FormField> goalsAnd(List<FormField> others) {
    List<FormField> fields =
        new java.util.ArrayList<>(
            GOAL.stream().map(field -> field.inList(ContractVariables.GOALS)).toList());
    fields.addAll(others);
    return List.copyOf(fields);
  }

  private TermGoalFields() {}
}
