package dk.aarshjul.deadline;

/**
 * What release 0.1.0 watched deadlines with: one task-deadline.bpmn instance per user task
 * (business key = the task's id, variable {@code dueAt}). {@link LegacyDeadlineWatches} moves the
 * watches of a database from that release to deadline jobs.
 */
final class TaskDeadlineVariables {

  static final String PROCESS_KEY = "task-deadline";

  static final String DUE_AT = "dueAt";

  private TaskDeadlineVariables() {}
}
