package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the challenge and the dialogue so far to the directorate and records its decision. */
@Component("decideChallengeTaskListener")
public class DecideChallengeTaskListener implements TaskListener {

  private final ChallengeService challenges;

  public DecideChallengeTaskListener(ChallengeService challenges) {
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
      task.setVariableLocal(CHALLENGE_SUMMARY, challenges.summary(challengeId));
      task.setVariableLocal(DIALOGUE_INFO, challenges.dialogue(challengeId));
      task.setVariableLocal(DECISION, null);
      task.setVariableLocal(REASONING, null);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      ChallengeStatus status = challenges.decide(challengeId, task.getVariable(DECISION), task.getVariable(REASONING),
          TaskForms.actor(task));
      task.getExecution().setVariable(OUTCOME, status.name());
    }
  }
}
