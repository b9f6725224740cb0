package dk.aarshjul.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Escalates a task still open after the escalation period to the directorate. */
@Component("escalateToDirectorateDelegate")
class EscalateToDirectorateDelegate implements JavaDelegate {

  private final TaskDeadlineService deadlines;

  public EscalateToDirectorateDelegate(TaskDeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.escalateToDirectorate(execution.getProcessBusinessKey());
  }
}
