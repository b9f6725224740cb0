package dk.aarshjul.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Escalates an overdue task to the group chief. */
@Component("escalateToGroupChiefDelegate")
class EscalateToGroupChiefDelegate implements JavaDelegate {

  private final TaskDeadlineService deadlines;

  public EscalateToGroupChiefDelegate(TaskDeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.escalateToGroupChief(execution.getProcessBusinessKey());
  }
}
