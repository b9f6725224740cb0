package dk.aarshjul.reporting;

import dk.aarshjul.process.FormField;

/**
 * The fields a report's reader fills in, declared once: the directorate's conclusion on the
 * year-end report.
 */
public final class ReportFields {

  public static final FormField DIRECTORATE_CONCLUSION =
      FormField.requiredText("directorateConclusion", "Direktionens konklusion", 4000);

  private ReportFields() {}
}
