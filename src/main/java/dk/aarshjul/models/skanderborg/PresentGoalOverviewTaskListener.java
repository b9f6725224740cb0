package dk.aarshjul.models.skanderborg;

import static dk.aarshjul.models.skanderborg.AnnualCycleVariables.*;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Shows the council secretariat the goal overview and records its presentation at the theme
 * meeting.
 */
@Component("presentGoalOverviewTaskListener")
class PresentGoalOverviewTaskListener extends FormTaskListener {

  private final GoalOverviewService overviews;

  public PresentGoalOverviewTaskListener(GoalOverviewService overviews) {
    super(PROCESS_SCOPE);
    this.overviews = overviews;
  }

  @Override
  protected void prefill(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    task.setVariableLocal(GOAL_OVERVIEW, overviews.formText(year));
    task.setVariableLocal(PRESENTED_ON, null);
    task.setVariableLocal(COUNCIL_REMARKS, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    overviews.recordPresentation(
        year,
        task.getVariable(PRESENTED_ON),
        task.getVariable(COUNCIL_REMARKS),
        TaskForms.actor(task));
  }
}
