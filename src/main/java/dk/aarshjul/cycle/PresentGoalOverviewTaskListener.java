package dk.aarshjul.cycle;

import static dk.aarshjul.cycle.AnnualCycleVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the council secretariat the goal overview and records its presentation at the theme meeting. */
@Component("presentGoalOverviewTaskListener")
public class PresentGoalOverviewTaskListener implements TaskListener {

  private final GoalOverviewService overviews;

  public PresentGoalOverviewTaskListener(GoalOverviewService overviews) {
    this.overviews = overviews;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      TaskForms.rejectUnknownProcessVariables(task, PROCESS_SCOPE);
    }
    int year = (Integer) task.getVariable(YEAR);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(GOAL_OVERVIEW, overviews.formText(year));
      task.setVariableLocal(PRESENTED_ON, null);
      task.setVariableLocal(COUNCIL_REMARKS, null);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      overviews.recordPresentation(year, task.getVariable(PRESENTED_ON), task.getVariable(COUNCIL_REMARKS),
          TaskForms.actor(task));
    }
  }
}
