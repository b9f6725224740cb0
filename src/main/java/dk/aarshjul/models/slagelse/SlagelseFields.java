package dk.aarshjul.models.slagelse;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/** The fields of Slagelse's own forms, declared once; FormFieldsTest holds the forms to them. */
public final class SlagelseFields {

  public static final FormField YEAR = FormField.number("year", "Budgetår", 2000, 2200);

  public static final Map<String, List<FormField>> FORMS =
      Map.of("start-slagelse-year", List.of(YEAR));

  private SlagelseFields() {}
}
