package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On start of follow-up.bpmn: creates the report row of the contract and round, keeps its id and
 * the candidate groups. The calling main process sets the business key; a direct start gets a
 * readable one.
 */
@Component("startFollowUpListener")
class StartFollowUpListener implements ExecutionListener {

  private final FollowUpService followUps;

  public StartFollowUpListener(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FollowUpReport report =
        followUps.start(
            execution.getVariable(YEAR),
            execution.getVariable(FOLLOW_UP_ROUND),
            execution.getVariable(CONTRACT_ID));
    execution.setVariable(FOLLOW_UP_REPORT_ID, report.getId());
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(followUps.businessKey(report));
    }
  }
}
