package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Prefills the goal status list from the contract (or the report sent back) and stores what the
 * holder reports.
 */
@Component("reportGoalStatusTaskListener")
class ReportGoalStatusTaskListener extends FormTaskListener {

  private final FollowUpService followUps;

  public ReportGoalStatusTaskListener(FollowUpService followUps) {
    super(PROCESS_SCOPE);
    this.followUps = followUps;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long reportId = (Long) task.getVariable(FOLLOW_UP_REPORT_ID);
    FollowUpService.ReportView view = followUps.reportView(reportId);
    task.setVariableLocal(REPORT_INFO, view.reportInfo());
    task.setVariableLocal(FEEDBACK_INFO, view.feedbackInfo());
    task.setVariableLocal(GOAL_STATUSES, SpinValues.jsonValue(view.goalStatusesJson()).create());
  }

  @Override
  protected void submit(DelegateTask task) {
    long reportId = (Long) task.getVariable(FOLLOW_UP_REPORT_ID);
    followUps.saveReport(reportId, TaskForms.json(task, GOAL_STATUSES), TaskForms.actor(task));
  }
}
