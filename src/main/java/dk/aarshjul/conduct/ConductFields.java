package dk.aarshjul.conduct;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/** The fields of the code-of-conduct form, declared once; FormFieldsTest holds the form to them. */
public final class ConductFields {

  /** The task's text: the version in force, the versions before, what to register. */
  public static final String INFO = "conductInfo";

  /** The values of the code, one row each. */
  public static final String VALUES = "conductValues";

  public static final FormField ADOPTED_ON =
      FormField.choice("conductAdoptedOn", "Dato for byrådets vedtagelse", true);
  public static final FormField TITLE = FormField.requiredText("conductTitle", "Titel", 200);
  public static final FormField TEXT =
      FormField.requiredText("conductText", "Kodeksets tekst", 4000);
  public static final FormField VALUE_NAME =
      FormField.requiredText("name", "Værdi eller pligt", 100);
  public static final FormField VALUE_DESCRIPTION =
      FormField.optionalText("description", "Hvad betyder det i mødet?", 500);

  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "register-code-of-conduct",
          List.of(
              ADOPTED_ON,
              TITLE,
              TEXT,
              VALUE_NAME.inList(VALUES),
              VALUE_DESCRIPTION.inList(VALUES)));

  private ConductFields() {}
}
