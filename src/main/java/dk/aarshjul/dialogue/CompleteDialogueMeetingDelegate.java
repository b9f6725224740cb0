package dk.aarshjul.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the dialogue meeting once the minutes are written and every agreed adjustment is in the
 * contracts.
 */
@Component("completeDialogueMeetingDelegate")
class CompleteDialogueMeetingDelegate implements JavaDelegate {

  private final DialogueService dialogues;

  public CompleteDialogueMeetingDelegate(DialogueService dialogues) {
    this.dialogues = dialogues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dialogues.complete((Long) execution.getVariable(DialogueVariables.DIALOGUE_MEETING_ID));
  }
}
