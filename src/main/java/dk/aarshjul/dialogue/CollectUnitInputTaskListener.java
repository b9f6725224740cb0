package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Before a committee's (or the directorate's) dialogue meeting: shows the leader the meeting and
 * the unit's latest results, and stores the input from staff and board.
 */
@Component("collectUnitInputTaskListener")
class CollectUnitInputTaskListener extends FormTaskListener {

  private final CommitteeDialogues dialogues;

  public CollectUnitInputTaskListener(CommitteeDialogues dialogues) {
    super(PROCESS_SCOPE);
    this.dialogues = dialogues;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CommitteeDialogues.InputView view =
        dialogues.inputView((Long) task.getVariable(PARTICIPANT_ID));
    task.setVariableLocal(UNIT_NAME, view.unitName());
    task.setVariableLocal(HAS_BOARD, view.hasBoard());
    task.setVariableLocal(INPUT_INFO, view.info());
    task.setVariableLocal(STAFF_INPUT, view.staffInput());
    task.setVariableLocal(BOARD_INPUT, view.boardInput());
  }

  @Override
  protected void submit(DelegateTask task) {
    dialogues.recordInput(
        (Long) task.getVariable(PARTICIPANT_ID),
        task.getVariable(STAFF_INPUT),
        task.getVariable(BOARD_INPUT),
        TaskForms.actor(task));
  }
}
