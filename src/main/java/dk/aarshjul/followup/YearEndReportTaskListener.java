package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpVariables.*;

import dk.aarshjul.process.TaskForms;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Main process, user task "Behandl årsrapport": shows the year-end report and stores the directorate's conclusion. */
@Component("yearEndReportTaskListener")
public class YearEndReportTaskListener implements TaskListener {

  private final YearEndReportService yearEndReports;

  public YearEndReportTaskListener(YearEndReportService yearEndReports) {
    this.yearEndReports = yearEndReports;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // The main process declares its own variable set; here every process variable that this submission
      // created or changed is rejected (a form only writes task-local fields).
      TaskForms.rejectUnknownProcessVariables(task, task.getExecution().getProcessInstance().getVariableNames());
    }
    int year = RollUpStatusDelegate.wholeNumber(task.getExecution(), YEAR);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      YearEndReportService.YearEndView view = yearEndReports.forTask(year);
      task.setVariableLocal(YEAR_END_REPORT_TITLE, view.title());
      List<String> parts = view.reportParts();
      for (int i = 0; i < parts.size(); i++) {
        task.setVariableLocal(yearEndReportPart(i + 1), parts.get(i));
      }
      task.setVariableLocal(DIRECTORATE_CONCLUSION, view.conclusion());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      yearEndReports.recordConclusion(year, task.getVariable(DIRECTORATE_CONCLUSION), TaskForms.actor(task));
    }
  }
}
