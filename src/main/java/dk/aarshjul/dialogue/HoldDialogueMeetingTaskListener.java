package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Shows the directorate the participants' contracts and stores the minutes and the agreed adjustments. */
@Component("holdDialogueMeetingTaskListener")
public class HoldDialogueMeetingTaskListener implements TaskListener {

  private final DialogueService dialogues;

  public HoldDialogueMeetingTaskListener(DialogueService dialogues) {
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
      DialogueService.HoldView view = dialogues.holdView(meetingId);
      task.setVariableLocal(MEETING_INFO, view.meetingInfo());
      task.setVariableLocal(CONTRACT_SUMMARIES, view.contractSummaries());
      task.setVariableLocal(AGREEMENTS, SpinValues.jsonValue(view.agreementsJson()).create());
      task.setVariableLocal(MINUTES, view.minutes());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      boolean agreed = dialogues.hold(meetingId, task.getVariable(MINUTES), TaskForms.json(task, AGREEMENTS),
          TaskForms.actor(task));
      task.getExecution().setVariable(ADJUSTMENTS_AGREED, agreed);
    }
  }
}
