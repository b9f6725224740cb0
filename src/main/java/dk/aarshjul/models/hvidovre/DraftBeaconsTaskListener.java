package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.dialogue.CommitteeDialogues;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.theme.CommitteeDirection;
import dk.aarshjul.theme.DirectionFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * After the dialogue meetings the administration drafts the committee's political beacons from the
 * committee's wishes and the minutes.
 */
@Component("draftBeaconsTaskListener")
class DraftBeaconsTaskListener extends FormTaskListener {

  private final CommitteeDirection direction;
  private final CommitteeDialogues dialogues;

  DraftBeaconsTaskListener(CommitteeDirection direction, CommitteeDialogues dialogues) {
    super(PROCESS_SCOPE);
    this.direction = direction;
    this.dialogues = dialogues;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    task.setVariableLocal(
        OUTCOMES_INFO,
        FormValues.fitForm(
            "### Fra dialogmøderne\n\n"
                + dialogues.outcomesOf(at.periodId(), at.year(), at.committeeCode())));
    task.setVariableLocal(
        FEEDBACK_INFO, direction.beaconsFeedback(at.periodId(), at.year(), at.committeeCode()));
    task.setVariableLocal(
        DirectionFields.BEACONS,
        SpinValues.jsonValue(direction.beaconsJson(at.periodId(), at.committeeCode())).create());
  }

  @Override
  protected void submit(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    direction.draftBeacons(
        at.periodId(), at.committeeCode(), TaskForms.json(task, DirectionFields.BEACONS));
  }
}
