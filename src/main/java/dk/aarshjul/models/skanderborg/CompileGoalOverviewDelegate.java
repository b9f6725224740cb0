package dk.aarshjul.models.skanderborg;

import dk.aarshjul.period.PeriodVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the overview of the year's approved goals for the council. */
@Component("compileGoalOverviewDelegate")
class CompileGoalOverviewDelegate implements JavaDelegate {

  private final GoalOverviewService overviews;

  public CompileGoalOverviewDelegate(GoalOverviewService overviews) {
    this.overviews = overviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    overviews.compile(PeriodVariables.YEAR.get(execution));
  }
}
