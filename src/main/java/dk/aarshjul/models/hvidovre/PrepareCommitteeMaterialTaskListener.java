package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.theme.CommitteeBriefing;
import dk.aarshjul.theme.CommitteeDirection;
import dk.aarshjul.theme.DirectionFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Step 1: the administration prepares the committee's material; last period's goal status and
 * effects are attached from the read model.
 */
@Component("prepareCommitteeMaterialTaskListener")
class PrepareCommitteeMaterialTaskListener extends FormTaskListener {

  private final CommitteeDirection direction;

  PrepareCommitteeMaterialTaskListener(CommitteeDirection direction) {
    super(PROCESS_SCOPE);
    this.direction = direction;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    CommitteeBriefing briefing = direction.briefing(at.periodId(), at.year(), at.committeeCode());
    task.setVariableLocal(STATUS_INFO, direction.statusInfo(at.year(), at.committeeCode()));
    task.setVariableLocal(DirectionFields.TRENDS.key(), briefing.getTrends());
    task.setVariableLocal(DirectionFields.SATISFACTION.key(), briefing.getSatisfaction());
    task.setVariableLocal(DirectionFields.DOCUMENTATION.key(), briefing.getDocumentation());
    task.setVariableLocal(DirectionFields.KEY_FIGURES.key(), briefing.getKeyFigures());
  }

  @Override
  protected void submit(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    direction.prepare(
        at.periodId(),
        at.year(),
        at.committeeCode(),
        task.getVariable(DirectionFields.TRENDS.key()),
        task.getVariable(DirectionFields.SATISFACTION.key()),
        task.getVariable(DirectionFields.DOCUMENTATION.key()),
        task.getVariable(DirectionFields.KEY_FIGURES.key()),
        TaskForms.actor(task));
  }
}
