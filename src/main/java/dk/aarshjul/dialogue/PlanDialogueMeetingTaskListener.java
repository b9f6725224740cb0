package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the group chief the participants and the DUS dialogue window, and stores date and place. */
@Component("planDialogueMeetingTaskListener")
public class PlanDialogueMeetingTaskListener implements TaskListener {

  private final DialogueService dialogues;

  public PlanDialogueMeetingTaskListener(DialogueService dialogues) {
    this.dialogues = dialogues;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // before reading any id: a submission must not have touched the process scope
      TaskForms.rejectUnknownProcessVariables(task, PROCESS_SCOPE);
    }
    long meetingId = (Long) task.getVariable(DIALOGUE_MEETING_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DialogueService.PlanView view = dialogues.planView(meetingId);
      task.setVariableLocal(MEETING_INFO, view.meetingInfo());
      task.setVariableLocal(PARTICIPANTS_INFO, view.participantsInfo());
      task.setVariableLocal(DIALOGUE_WINDOW_INFO, view.dialogueWindowInfo());
      task.setVariableLocal(PLANNED_DATE, view.plannedDate());
      task.setVariableLocal(PLACE, view.place());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      dialogues.plan(meetingId, task.getVariable(PLANNED_DATE), task.getVariable(PLACE), TaskForms.actor(task));
    }
  }
}
