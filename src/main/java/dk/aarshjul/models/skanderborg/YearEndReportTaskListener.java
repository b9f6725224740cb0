package dk.aarshjul.models.skanderborg;

import static dk.aarshjul.followup.FollowUpVariables.*;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.reporting.YearEndReportService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Main process, user task "Behandl årsrapport": shows the year-end report and stores the
 * directorate's conclusion.
 */
@Component("yearEndReportTaskListener")
class YearEndReportTaskListener extends FormTaskListener {

  private final YearEndReportService yearEndReports;

  public YearEndReportTaskListener(YearEndReportService yearEndReports) {
    super(AnnualCycleVariables.PROCESS_SCOPE);
    this.yearEndReports = yearEndReports;
  }

  @Override
  protected void prefill(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    YearEndReportService.YearEndView view = yearEndReports.forTask(year);
    task.setVariableLocal(YEAR_END_REPORT_TITLE, view.title());
    List<String> parts = view.reportParts();
    for (int i = 0; i < parts.size(); i++) {
      task.setVariableLocal(yearEndReportPart(i + 1), parts.get(i));
    }
    task.setVariableLocal(DIRECTORATE_CONCLUSION, view.conclusion());
  }

  @Override
  protected void submit(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    yearEndReports.recordConclusion(
        year, task.getVariable(DIRECTORATE_CONCLUSION), TaskForms.actor(task));
  }
}
