package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Shows the challenge and the dialogue so far to the directorate and records its decision. */
@Component("decideChallengeTaskListener")
class DecideChallengeTaskListener extends FormTaskListener {

  private final ChallengeService challenges;

  public DecideChallengeTaskListener(ChallengeService challenges) {
    super(PROCESS_SCOPE);
    this.challenges = challenges;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long challengeId = (Long) task.getVariable(CHALLENGE_ID);
    task.setVariableLocal(CHALLENGE_SUMMARY, challenges.summary(challengeId));
    task.setVariableLocal(DIALOGUE_INFO, challenges.dialogue(challengeId));
    task.setVariableLocal(DECISION, null);
    task.setVariableLocal(REASONING, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    long challengeId = (Long) task.getVariable(CHALLENGE_ID);
    ChallengeStatus status =
        challenges.decide(
            challengeId,
            task.getVariable(DECISION),
            task.getVariable(REASONING),
            TaskForms.actor(task));
    task.getExecution().setVariable(OUTCOME, status.name());
  }
}
