package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On start: checks the meeting passed in, keeps its area and group chief group, sets a readable
 * business key.
 */
@Component("startContractDialogueListener")
class StartContractDialogueListener implements ExecutionListener {

  private final DialogueService dialogues;

  public StartContractDialogueListener(DialogueService dialogues) {
    this.dialogues = dialogues;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DialogueMeeting meeting =
        dialogues.startDialogue(
            execution.getVariable(YEAR),
            execution.getVariable(DIALOGUE_MEETING_ID),
            execution.getProcessInstanceId());
    execution.setVariable(YEAR, meeting.getMeetingYear());
    execution.setVariable(DIALOGUE_MEETING_ID, meeting.getId());
    if (meeting.getArea() != null) {
      execution.setVariable(AREA_CODE, meeting.getArea().getCode());
    }
    execution.setVariable(COLLECTS_INPUT, meeting.getKind().collectsInput());
    execution.setProcessBusinessKey(meeting.businessKey());
  }
}
