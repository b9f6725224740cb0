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

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "plan-dialogue-meeting", List.of(PLANNED_DATE, PLACE),
          "hold-dialogue-meeting",
              List.of(MINUTES, AGREED_TEXT.inList(DialogueVariables.AGREEMENTS)));

  private DialogueFields() {}
}
