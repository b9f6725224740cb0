package dk.aarshjul.measure;

import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.PastedFile;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The import task: shows what to paste; on completion checks the whole file and stores it as an
 * import waiting for review. The pasted text never stays in the engine (see {@link PastedFile}).
 */
@Component("importDataTaskListener")
class ImportDataTaskListener extends FormTaskListener {

  private final Measurements measurements;
  private final Periods periods;
  private final UserNames userNames;

  ImportDataTaskListener(Measurements measurements, Periods periods, UserNames userNames) {
    super(MeasureVariables.PROCESS_SCOPE);
    this.measurements = measurements;
    this.periods = periods;
    this.userNames = userNames;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long periodId = PeriodVariables.PERIOD.get(task);
    Object previous = task.getVariable(MeasureVariables.IMPORT_ID);
    DataImport rejected = previous instanceof Long id ? measurements.get(id) : null;
    task.setVariableLocal(
        MeasureVariables.IMPORT_INFO,
        ImportTexts.importInfo(
            kind(task),
            surveyYear(task),
            periods.get(periodId).getName(),
            rejected,
            // the reviewer by name, as every form names people
            rejected == null || rejected.getReviewedBy() == null
                ? null
                : userNames.displayName(rejected.getReviewedBy())));
    task.setVariableLocal(MeasureVariables.FILE_NAME, null);
    task.setVariableLocal(PastedFile.VARIABLE, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    String fileName =
        MeasureFields.FILE_NAME.requiredValue(
            task.getVariable(MeasureVariables.FILE_NAME), "Skriv filens navn.");
    String text =
        MeasureFields.FILE.requiredValue(
            task.getVariable(PastedFile.VARIABLE), "Indsæt indholdet af filen.");
    DataImport data =
        measurements.importFile(
            PeriodVariables.PERIOD.get(task),
            kind(task),
            surveyYear(task),
            fileName,
            text,
            TaskForms.actor(task));
    task.getExecution().setVariable(MeasureVariables.IMPORT_ID, data.getId());
  }

  private static Integer surveyYear(DelegateTask task) {
    return MeasureVariables.SURVEY_YEAR.raw(task) instanceof Integer year ? year : null;
  }

  private static ImportKind kind(DelegateTask task) {
    return ImportKind.fromFormValue(MeasureVariables.KIND.get(task))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "importKind skal være borgermaaling eller register, ikke "
                        + MeasureVariables.KIND.get(task)));
  }
}
