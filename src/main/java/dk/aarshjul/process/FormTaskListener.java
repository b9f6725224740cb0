package dk.aarshjul.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A user task's Camunda Form: on create the listener prefills the task-local form fields, on
 * complete it validates and stores the submission through a service. Before anything is read, a
 * submission that touched the process scope (unknown variables, or a changed id or decision) is
 * rejected: form fields are task-local, so only a client going beyond the form can do that. Then
 * the task-local variables are checked against the deployed form ({@link SubmittedForms}): only its
 * input fields, with their types, sizes and options, read-only fields unchanged. The listener's own
 * checks follow; a required field the listener did not check is rejected last. Whatever is rejected
 * rolls back, so nothing is stored.
 */
public abstract class FormTaskListener implements TaskListener {

  private final Set<String> processScope;

  /**
   * @param processScope every variable the process instance may hold (its declared ids and
   *     decisions)
   */
  protected FormTaskListener(Set<String> processScope) {
    this.processScope = processScope;
  }

  /**
   * A listener a block offers for a user task in any model's process, whose variables the block
   * cannot know: the process keeps what it holds, and a submission that created or changed any
   * variable outside the task (a client going beyond the form) is refused all the same.
   */
  protected FormTaskListener() {
    this.processScope = null;
  }

  /**
   * The task-local variable naming what the task concerns: its instance's readable business key
   * after the period (e.g. "Avedøre Skole" of "2026–2029/Avedøre Skole", "Dialogmøde Børne- og
   * Undervisningsudvalget – Skoler"), as the list has little room. Tasklist's shared filters show
   * it in the task list as "Vedrører", so several tasks of one name (three meetings to plan, five
   * reports to review) can be told apart without opening them.
   */
  public static final String SUBJECT = "subject";

  @Override
  public final void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      String businessKey = task.getExecution().getProcessBusinessKey();
      if (businessKey != null) {
        int period = businessKey.indexOf('/');
        task.setVariableLocal(
            SUBJECT,
            FormValues.fitForm(period < 0 ? businessKey : businessKey.substring(period + 1)));
      }
      prefill(task);
      SubmittedForms.prefillEmptyLists(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      TaskForms.rejectUnknownProcessVariables(task, processScope);
      SubmittedForms.RequiredCheck required = SubmittedForms.checkTask(task);
      submit(task);
      required.checkRequired();
    }
  }

  /** Sets the form's task-local variables from the domain. */
  protected abstract void prefill(DelegateTask task);

  /**
   * Validates the submitted task-local variables and stores them; throws InvalidSubmissionException
   * when bad.
   */
  protected abstract void submit(DelegateTask task);
}
