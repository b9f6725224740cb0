package dk.aarshjul.theme;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the council's theme meeting form. Declared once: the block's parser and service
 * read their limits from here, the forms show the same rules (FormFieldsTest).
 */
public final class ThemeFields {

  public static final FormField MEETING_DATE =
      FormField.choice(ThemeMeetingVariables.MEETING_DATE, "Mødedato", true);
  public static final FormField PLACE =
      FormField.optionalText(ThemeMeetingVariables.PLACE, "Mødested", 200);
  public static final FormField POLITICAL_DIRECTION =
      FormField.requiredText(
          ThemeMeetingVariables.POLITICAL_DIRECTION, "Byrådets politiske retning", 4000);
  public static final FormField THEME_KIND = FormField.choice("kind", "Type", true);
  public static final FormField THEME_TITLE = FormField.requiredText("title", "Titel", 200);
  public static final FormField THEME_DESCRIPTION =
      FormField.optionalText("description", "Beskrivelse", 4000);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "register-theme-meeting",
          List.of(
              MEETING_DATE,
              PLACE,
              POLITICAL_DIRECTION,
              THEME_KIND.inList(ThemeMeetingVariables.THEMES),
              THEME_TITLE.inList(ThemeMeetingVariables.THEMES),
              THEME_DESCRIPTION.inList(ThemeMeetingVariables.THEMES)));

  private ThemeFields() {}
}
