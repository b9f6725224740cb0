package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Shows the reported goal status to the group chief and records approve / send back. */
@Component("reviewGoalStatusTaskListener")
class ReviewGoalStatusTaskListener extends FormTaskListener {

  private final FollowUpService followUps;

  public ReviewGoalStatusTaskListener(FollowUpService followUps) {
    super(PROCESS_SCOPE);
    this.followUps = followUps;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long reportId = (Long) task.getVariable(FOLLOW_UP_REPORT_ID);
    task.setVariableLocal(STATUS_SUMMARY, followUps.summary(reportId));
    task.setVariableLocal(DECISION, null);
    task.setVariableLocal(COMMENT, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    long reportId = (Long) task.getVariable(FOLLOW_UP_REPORT_ID);
    boolean approved =
        followUps.recordReview(
            reportId, task.getVariable(DECISION), task.getVariable(COMMENT), TaskForms.actor(task));
    task.getExecution().setVariable(STATUS_APPROVED, approved);
  }
}
