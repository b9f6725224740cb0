package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Shows the directorate's question to the contract holder and stores the elaboration. */
@Component("elaborateChallengeTaskListener")
class ElaborateChallengeTaskListener extends FormTaskListener {

  private final ChallengeService challenges;

  public ElaborateChallengeTaskListener(ChallengeService challenges) {
    super(PROCESS_SCOPE);
    this.challenges = challenges;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long challengeId = (Long) task.getVariable(CHALLENGE_ID);
    task.setVariableLocal(QUESTION_INFO, challenges.questionInfo(challengeId));
    task.setVariableLocal(CHALLENGE_SUMMARY, challenges.summary(challengeId));
    task.setVariableLocal(DIALOGUE_INFO, challenges.dialogue(challengeId));
    task.setVariableLocal(ELABORATION, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    long challengeId = (Long) task.getVariable(CHALLENGE_ID);
    challenges.elaborate(challengeId, task.getVariable(ELABORATION), TaskForms.actor(task));
  }
}
