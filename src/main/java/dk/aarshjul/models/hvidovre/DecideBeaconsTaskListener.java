package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.theme.CommitteeDirection;
import dk.aarshjul.theme.DirectionFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The secretariat registers the committee's decision on the drafted beacons. */
@Component("decideBeaconsTaskListener")
class DecideBeaconsTaskListener extends FormTaskListener {

  private final CommitteeDirection direction;

  DecideBeaconsTaskListener(CommitteeDirection direction) {
    super(PROCESS_SCOPE);
    this.direction = direction;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    task.setVariableLocal(BEACONS_INFO, direction.beaconsInfo(at.periodId(), at.committeeCode()));
    task.setVariableLocal(CommitteeDirection.BEACON_DECISION, null);
    task.setVariableLocal(DirectionFields.BEACON_COMMENT.key(), null);
  }

  @Override
  protected void submit(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    boolean decided =
        direction.decideBeacons(
            at.periodId(),
            at.year(),
            at.committeeCode(),
            task.getVariable(CommitteeDirection.BEACON_DECISION),
            task.getVariable(DirectionFields.BEACON_COMMENT.key()),
            TaskForms.actor(task));
    task.getExecution().setVariable(BEACONS_DECIDED, decided);
  }
}
