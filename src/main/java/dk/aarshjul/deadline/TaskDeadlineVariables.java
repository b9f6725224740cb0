package dk.aarshjul.deadline;

import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.Variable;
import java.util.List;
import java.util.Set;

/** The variables of task-deadline.bpmn, the watch that follows one user task until it is done. */
public final class TaskDeadlineVariables {

  public static final String PROCESS_KEY = "task-deadline";

  /** Correlated when the watched task is completed or deleted; ends the watch. */
  public static final String MESSAGE_TASK_DONE = "OpgaveAfsluttet";

  /** Thrown by a step that finds the watched task closed already; ends the watch without mail. */
  public static final String ERROR_TASK_CLOSED = "OPGAVE_LUKKET";

  /**
   * The task's due date: when it is escalated to the group chief. The reminder before it and the
   * escalation to the directorate after it are computed from it in the model ({@code
   * taskDeadlines.reminderAt(dueAt)} …); the watched task's id is the watch's business key.
   */
  public static final String DUE_AT = "dueAt";

  /** When the watched task is due. */
  public static final Variable<java.util.Date> DUE = new Variable<>(DUE_AT, java.util.Date.class);

  /** What the block promises: the deadline watch starts it for every user task with a due date. */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(DUE),
          Set.of(
              "Task_NotifyNewTask",
              "TimerEvent_ReminderDue",
              "TimerEvent_TaskOverdue",
              "EndEvent_TaskDone",
              "EndEvent_EscalatedToDirectorate"),
          List.of());

  private TaskDeadlineVariables() {}
}
