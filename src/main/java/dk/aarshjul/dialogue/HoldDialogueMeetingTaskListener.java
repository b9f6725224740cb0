package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Shows the directorate the participants' contracts and stores the minutes and the agreed
 * adjustments.
 */
@Component("holdDialogueMeetingTaskListener")
class HoldDialogueMeetingTaskListener extends FormTaskListener {

  private final DialogueService dialogues;

  public HoldDialogueMeetingTaskListener(DialogueService dialogues) {
    super(PROCESS_SCOPE);
    this.dialogues = dialogues;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long meetingId = (Long) task.getVariable(DIALOGUE_MEETING_ID);
    DialogueService.HoldView view = dialogues.holdView(meetingId);
    task.setVariableLocal(MEETING_INFO, view.meetingInfo());
    task.setVariableLocal(CONTRACT_SUMMARIES, view.contractSummaries());
    task.setVariableLocal(AGREEMENTS, SpinValues.jsonValue(view.agreementsJson()).create());
    task.setVariableLocal(MINUTES, view.minutes());
  }

  @Override
  protected void submit(DelegateTask task) {
    long meetingId = (Long) task.getVariable(DIALOGUE_MEETING_ID);
    boolean agreed =
        dialogues.hold(
            meetingId,
            task.getVariable(MINUTES),
            TaskForms.json(task, AGREEMENTS),
            TaskForms.actor(task));
    task.getExecution().setVariable(ADJUSTMENTS_AGREED, agreed);
  }
}
