package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Shows the group chief the participants and the DUS dialogue window, and stores date and place.
 */
@Component("planDialogueMeetingTaskListener")
class PlanDialogueMeetingTaskListener extends FormTaskListener {

  private final DialogueService dialogues;

  public PlanDialogueMeetingTaskListener(DialogueService dialogues) {
    super(PROCESS_SCOPE);
    this.dialogues = dialogues;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long meetingId = (Long) task.getVariable(DIALOGUE_MEETING_ID);
    DialogueService.PlanView view = dialogues.planView(meetingId);
    task.setVariableLocal(MEETING_INFO, view.meetingInfo());
    task.setVariableLocal(PARTICIPANTS_INFO, view.participantsInfo());
    task.setVariableLocal(DIALOGUE_WINDOW_INFO, view.dialogueWindowInfo());
    task.setVariableLocal(PLANNED_DATE, view.plannedDate());
    task.setVariableLocal(PLACE, view.place());
  }

  @Override
  protected void submit(DelegateTask task) {
    long meetingId = (Long) task.getVariable(DIALOGUE_MEETING_ID);
    dialogues.plan(
        meetingId, task.getVariable(PLANNED_DATE), task.getVariable(PLACE), TaskForms.actor(task));
  }
}
