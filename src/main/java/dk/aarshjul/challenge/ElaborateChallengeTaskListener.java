package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the directorate's question to the contract holder and stores the elaboration. */
@Component("elaborateChallengeTaskListener")
public class ElaborateChallengeTaskListener implements TaskListener {

  private final ChallengeService challenges;

  public ElaborateChallengeTaskListener(ChallengeService challenges) {
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
      task.setVariableLocal(QUESTION_INFO, challenges.questionInfo(challengeId));
      task.setVariableLocal(CHALLENGE_SUMMARY, challenges.summary(challengeId));
      task.setVariableLocal(DIALOGUE_INFO, challenges.dialogue(challengeId));
      task.setVariableLocal(ELABORATION, null);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      challenges.elaborate(challengeId, task.getVariable(ELABORATION), TaskForms.actor(task));
    }
  }
}
