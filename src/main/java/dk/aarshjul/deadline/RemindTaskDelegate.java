package dk.aarshjul.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the candidate group before the due date. */
@Component("remindTaskDelegate")
class RemindTaskDelegate implements JavaDelegate {

  private final TaskDeadlineService deadlines;

  public RemindTaskDelegate(TaskDeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.remind(execution.getProcessBusinessKey());
  }
}
