package dk.aarshjul.deadline;

/**
 * The steps of a user task's deadline, in order. Each is one job of the engine ({@link
 * DeadlineJobHandler}); when it has run, it schedules the next.
 */
public enum DeadlineStep {
  /** Mail the candidate group (and the assignee) that the task is there. */
  NOTIFY("Mail om ny opgave"),
  /** Remind them before the due date. */
  REMIND("Påmindelse før fristen"),
  /** The due date has passed: escalate to the unit's group chief (or the directorate). */
  ESCALATE_TO_GROUP_CHIEF("Eskalering til koncernchefen"),
  /** Still open a while after the due date: escalate to the directorate. */
  ESCALATE_TO_DIRECTORATE("Eskalering til direktionen");

  private final String danishName;

  DeadlineStep(String danishName) {
    this.danishName = danishName;
  }

  /** The step as Cockpit's job list and the logs name it. */
  public String danishName() {
    return danishName;
  }
}
