package dk.aarshjul.deadline;

/**
 * The steps of a user task's deadline, in order. Each is one job of the engine ({@link
 * DeadlineJobHandler}); when it has run, it schedules the next.
 */
public enum DeadlineStep {
  /** Mail the candidate group (and the assignee) that the task is there. */
  NOTIFY,
  /** Remind them before the due date. */
  REMIND,
  /** The due date has passed: escalate to the unit's group chief (or the directorate). */
  ESCALATE_TO_GROUP_CHIEF,
  /** Still open a while after the due date: escalate to the directorate. */
  ESCALATE_TO_DIRECTORATE
}
