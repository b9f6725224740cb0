package dk.aarshjul.deadline;

/** The variables of task-deadline.bpmn, the watch that follows one user task until it is done. */
public final class TaskDeadlineVariables {

  public static final String PROCESS_KEY = "task-deadline";
  /** Correlated when the watched task is completed or deleted; ends the watch. */
  public static final String MESSAGE_TASK_DONE = "OpgaveAfsluttet";
  /** Thrown by a step that finds the watched task closed already; ends the watch without mail. */
  public static final String ERROR_TASK_CLOSED = "OPGAVE_LUKKET";

  /** The watched task's id (also the business key). */
  public static final String TASK_ID = "taskId";
  /** When to remind the candidate group; null when the due date is too close for a reminder. */
  public static final String REMINDER_AT = "reminderAt";
  /** The task's due date: when it is escalated to the group chief. */
  public static final String DUE_AT = "dueAt";
  /** When a still open task is escalated to the directorate. */
  public static final String ESCALATE_AT = "escalateAt";

  private TaskDeadlineVariables() {}
}
