package dk.aarshjul.measure;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/** The fields of the measurement forms, declared once (FormFieldsTest holds the forms to them). */
public final class MeasureFields {

  public static final FormField FILE_NAME =
      FormField.requiredText(MeasureVariables.FILE_NAME, "Filens navn", 200);
  public static final FormField FILE =
      FormField.requiredText(
          dk.aarshjul.process.PastedFile.VARIABLE,
          "Filens indhold",
          dk.aarshjul.process.PastedFile.MAX_CHARACTERS);
  public static final FormField REVIEW_DECISION =
      FormField.choice(MeasureVariables.PUBLISH, "Beslutning", true);
  public static final FormField REVIEW_COMMENT =
      FormField.optionalText(MeasureVariables.REVIEW_COMMENT, "Bemærkning", 2000);

  /** Per form: its checked fields. */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "import-data", List.of(FILE_NAME, FILE),
          "review-data-import", List.of(REVIEW_DECISION, REVIEW_COMMENT));

  private MeasureFields() {}
}
