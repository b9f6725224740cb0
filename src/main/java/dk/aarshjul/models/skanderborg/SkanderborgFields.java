package dk.aarshjul.models.skanderborg;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the Skanderborg main process's own forms: the start, the council's goal overview,
 * the year-end report. Declared once: the block's parser and service read their limits from here,
 * the forms show the same rules (FormFieldsTest).
 */
public final class SkanderborgFields {

  public static final FormField YEAR =
      FormField.number(AnnualCycleVariables.YEAR, "År", 2000, 2200);
  public static final FormField PRESENTED_ON =
      FormField.choice(AnnualCycleVariables.PRESENTED_ON, "Temamødets dato", true);
  public static final FormField COUNCIL_REMARKS =
      FormField.optionalText(AnnualCycleVariables.COUNCIL_REMARKS, "Byrådets bemærkninger", 4000);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "start-annual-cycle", List.of(YEAR),
          "present-goal-overview", List.of(PRESENTED_ON, COUNCIL_REMARKS),
          "consider-year-end-report",
              List.of(dk.aarshjul.reporting.ReportFields.DIRECTORATE_CONCLUSION));

  private SkanderborgFields() {}
}
