package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Prefills the goal status list from the contract (or the report sent back) and stores what the holder reports. */
@Component("reportGoalStatusTaskListener")
public class ReportGoalStatusTaskListener implements TaskListener {

  private final FollowUpService followUps;

  public ReportGoalStatusTaskListener(FollowUpService followUps) {
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
      FollowUpService.ReportView view = followUps.reportView(reportId);
      task.setVariableLocal(REPORT_INFO, view.reportInfo());
      task.setVariableLocal(FEEDBACK_INFO, view.feedbackInfo());
      task.setVariableLocal(GOAL_STATUSES, SpinValues.jsonValue(view.goalStatusesJson()).create());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      followUps.saveReport(reportId, TaskForms.json(task, GOAL_STATUSES), TaskForms.actor(task));
    }
  }
}
