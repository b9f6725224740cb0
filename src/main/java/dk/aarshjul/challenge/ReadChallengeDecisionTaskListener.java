package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Shows the directorate's decision to the contract holder and records that it was read. */
@Component("readChallengeDecisionTaskListener")
class ReadChallengeDecisionTaskListener extends FormTaskListener {

  private final ChallengeService challenges;

  public ReadChallengeDecisionTaskListener(ChallengeService challenges) {
    super(PROCESS_SCOPE);
    this.challenges = challenges;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long challengeId = (Long) task.getVariable(CHALLENGE_ID);
    task.setVariableLocal(OUTCOME_INFO, challenges.outcomeInfo(challengeId));
    task.setVariableLocal(CHALLENGE_SUMMARY, challenges.summary(challengeId));
    task.setVariableLocal(ACKNOWLEDGED, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    long challengeId = (Long) task.getVariable(CHALLENGE_ID);
    challenges.acknowledge(challengeId, task.getVariable(ACKNOWLEDGED), TaskForms.actor(task));
  }
}
