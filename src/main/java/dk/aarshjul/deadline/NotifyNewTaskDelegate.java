package dk.aarshjul.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the candidate group about a new task. */
@Component("notifyNewTaskDelegate")
class NotifyNewTaskDelegate implements JavaDelegate {

  private final TaskDeadlineService deadlines;

  public NotifyNewTaskDelegate(TaskDeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.notifyNewTask(execution.getProcessBusinessKey());
  }
}
