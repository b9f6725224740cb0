package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.reporting.RollUpService;
import dk.aarshjul.theme.CommitteeDirection;
import dk.aarshjul.theme.DirectionFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Step 4: the committee discusses the year's follow-up – the roll-up of its institutions' red /
 * yellow / green and their effects; the secretariat registers it. The results feed next year's
 * material and the next term.
 */
@Component("considerFollowUpTaskListener")
class ConsiderFollowUpTaskListener extends FormTaskListener {

  private final RollUpService rollUps;
  private final CommitteeDirection direction;

  ConsiderFollowUpTaskListener(RollUpService rollUps, CommitteeDirection direction) {
    super(PROCESS_SCOPE);
    this.rollUps = rollUps;
    this.direction = direction;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    task.setVariableLocal(
        ROLL_UP_INFO,
        FormValues.fitForm(
            rollUps.committeeYear(at.periodId(), at.year(), at.committeeCode()).markdown()));
    task.setVariableLocal(RESULTS_INFO, direction.statusInfo(at.year() + 1, at.committeeCode()));
    task.setVariableLocal(DirectionFields.FOLLOW_UP_REMARKS.key(), null);
  }

  @Override
  protected void submit(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    direction.considerFollowUp(
        at.periodId(),
        at.year(),
        at.committeeCode(),
        task.getVariable(DirectionFields.FOLLOW_UP_REMARKS.key()),
        TaskForms.actor(task));
  }
}
