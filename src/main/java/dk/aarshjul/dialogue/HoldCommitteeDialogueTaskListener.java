package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Shows the secretariat each institution's input and last year's results, and stores the minutes,
 * the follow-up and the committee's wishes per institution.
 */
@Component("holdCommitteeDialogueTaskListener")
class HoldCommitteeDialogueTaskListener extends FormTaskListener {

  private final CommitteeDialogues dialogues;

  public HoldCommitteeDialogueTaskListener(CommitteeDialogues dialogues) {
    super(PROCESS_SCOPE);
    this.dialogues = dialogues;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CommitteeDialogues.HoldView view =
        dialogues.holdView((Long) task.getVariable(DIALOGUE_MEETING_ID));
    task.setVariableLocal(MEETING_INFO, view.meetingInfo());
    task.setVariableLocal(INPUTS_INFO, view.inputsInfo());
    task.setVariableLocal(OUTCOMES, SpinValues.jsonValue(view.rowsJson()).create());
    task.setVariableLocal(MINUTES, view.minutes());
  }

  @Override
  protected void submit(DelegateTask task) {
    dialogues.hold(
        (Long) task.getVariable(DIALOGUE_MEETING_ID),
        task.getVariable(MINUTES),
        TaskForms.json(task, OUTCOMES),
        TaskForms.actor(task));
  }
}
