package dk.aarshjul.dialogue;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the dialogue meeting forms: planning and minutes (the adjustment form is
 * GoalFields). Declared once: the block's parser and service read their limits from here, the forms
 * show the same rules (FormFieldsTest).
 */
public final class DialogueFields {

  public static final FormField PLANNED_DATE =
      FormField.choice(DialogueVariables.PLANNED_DATE, "Dato", true);
  public static final FormField PLACE =
      FormField.requiredText(DialogueVariables.PLACE, "Sted", 300);
  public static final FormField MINUTES =
      FormField.requiredText(DialogueVariables.MINUTES, "Referat", 4000);
  public static final FormField AGREED_TEXT =
      FormField.requiredText(DialogueVariables.ROW_AGREED_TEXT, "Hvad blev aftalt", 4000);

  /** The leader's input from staff before a committee's dialogue meeting (collect-unit-input). */
  public static final FormField STAFF_INPUT =
      FormField.requiredText(DialogueVariables.STAFF_INPUT, "Input fra medarbejderne", 4000);

  /** The board's input; required of a unit that has a board (checked by the service). */
  public static final FormField BOARD_INPUT =
      FormField.optionalText(DialogueVariables.BOARD_INPUT, "Input fra bestyrelsen", 4000);

  /** Per unit in a committee's meeting: the follow-up of last year's goals and effect. */
  public static final FormField FOLLOW_UP_NOTES =
      FormField.optionalText(
          DialogueVariables.ROW_FOLLOW_UP_NOTES, "Opfølgning på sidste års mål og effekt", 4000);

  /** Per unit in a committee's meeting: the committee's wishes for its development. */
  public static final FormField COMMITTEE_WISHES =
      FormField.requiredText(
          DialogueVariables.ROW_COMMITTEE_WISHES, "Ønsker til udviklingen", 4000);

  /** The committee's choice of meeting model per group of institutions. */
  public static final FormField MEETING_MODEL =
      FormField.choice(DialogueVariables.ROW_MEETING_MODEL, "Mødemodel", true);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "plan-dialogue-meeting", List.of(PLANNED_DATE, PLACE),
          "hold-dialogue-meeting",
              List.of(MINUTES, AGREED_TEXT.inList(DialogueVariables.AGREEMENTS)),
          "collect-unit-input", List.of(STAFF_INPUT, BOARD_INPUT),
          "hold-committee-dialogue",
              List.of(
                  MINUTES,
                  FOLLOW_UP_NOTES.inList(DialogueVariables.OUTCOMES),
                  COMMITTEE_WISHES.inList(DialogueVariables.OUTCOMES)));

  private DialogueFields() {}
}
