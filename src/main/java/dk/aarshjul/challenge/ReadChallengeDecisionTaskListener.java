package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the directorate's decision to the contract holder and records that it was read. */
@Component("readChallengeDecisionTaskListener")
public class ReadChallengeDecisionTaskListener implements TaskListener {

  private final ChallengeService challenges;

  public ReadChallengeDecisionTaskListener(ChallengeService challenges) {
    this.challenges = challenges;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // before reading any id: a submission must not have touched the process scope
      TaskForms.rejectUnknownProcessVariables(task, PROCESS_SCOPE);
    }
    long challengeId = (Long) task.getVariable(CHALLENGE_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(OUTCOME_INFO, challenges.outcomeInfo(challengeId));
      task.setVariableLocal(CHALLENGE_SUMMARY, challenges.summary(challengeId));
      task.setVariableLocal(ACKNOWLEDGED, null);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      challenges.acknowledge(challengeId, task.getVariable(ACKNOWLEDGED), TaskForms.actor(task));
    }
  }
}
