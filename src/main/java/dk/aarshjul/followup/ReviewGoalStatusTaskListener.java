package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the reported goal status to the group chief and records approve / send back. */
@Component("reviewGoalStatusTaskListener")
public class ReviewGoalStatusTaskListener implements TaskListener {

  private final FollowUpService followUps;

  public ReviewGoalStatusTaskListener(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // before reading any id: a submission must not have touched the process scope
      TaskForms.rejectUnknownProcessVariables(task, PROCESS_SCOPE);
    }
    long reportId = (Long) task.getVariable(FOLLOW_UP_REPORT_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(STATUS_SUMMARY, followUps.summary(reportId));
      task.setVariableLocal(DECISION, null);
      task.setVariableLocal(COMMENT, null);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      boolean approved = followUps.recordReview(reportId, task.getVariable(DECISION), task.getVariable(COMMENT),
          TaskForms.actor(task));
      task.getExecution().setVariable(STATUS_APPROVED, approved);
    }
  }
}
