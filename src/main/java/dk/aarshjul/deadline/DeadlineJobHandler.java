package dk.aarshjul.deadline;

import java.util.Date;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * One step of a user task's deadline as a job of the engine: a timer row in {@code act_ru_job} that
 * belongs to the task's process instance. The job executor runs it when it is due, on one node
 * only; it survives restarts; a failed mail is retried ({@link DeadlineRetries}) and, when the
 * retries are spent, shows as an incident on the task's process instance in Cockpit, whose Jobs tab
 * lists each open task's next deadline step with its date. After running a step the job schedules
 * the next one in the same transaction, so a task has at most one deadline job at a time.
 *
 * <p>The configuration names the task, the step and the task's due date, e.g. {@code
 * 4711|REMIND|1781531200000}. A step whose task is gone (completed, deleted) does nothing and
 * schedules nothing.
 */
final class DeadlineJobHandler implements JobHandler<DeadlineJobHandler.Configuration> {

  /** The job handler type in act_ru_job.handler_type_. */
  static final String TYPE = "aarshjul-task-deadline";

  private final Supplier<TaskDeadlineService> deadlines;

  DeadlineJobHandler(Supplier<TaskDeadlineService> deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(
      Configuration configuration,
      ExecutionEntity processInstance,
      CommandContext commandContext,
      String tenantId) {
    TaskDeadlineService service = deadlines.get();
    if (!service.perform(configuration.step(), configuration.taskId())) {
      return;
    }
    service
        .next(configuration.step(), configuration.due())
        .ifPresent(
            next -> schedule(processInstance, configuration.taskId(), next, configuration.due()));
  }

  @Override
  public Configuration newConfiguration(String canonicalString) {
    return Configuration.parse(canonicalString);
  }

  @Override
  public void onDelete(Configuration configuration, JobEntity jobEntity) {
    // nothing besides the job row
  }

  /**
   * Schedules a step of the task's deadline in the current command: a timer of the task's process
   * instance, due at the step's time.
   */
  static void schedule(
      ExecutionEntity processInstance, String taskId, ScheduledStep step, Date due) {
    TimerEntity job = new TimerEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(new Configuration(taskId, step.step(), due));
    job.setDuedate(step.at());
    if (processInstance != null) {
      job.setExecution(processInstance);
      job.setProcessDefinitionId(processInstance.getProcessDefinitionId());
      job.setProcessDefinitionKey(processInstance.getProcessDefinition().getKey());
      job.setTenantId(processInstance.getTenantId());
    }
    Context.getCommandContext().getJobManager().schedule(job);
  }

  /** A step and when it is due. */
  record ScheduledStep(DeadlineStep step, Date at) {}

  /** What a deadline job carries: the task, its step and the task's due date. */
  record Configuration(String taskId, DeadlineStep step, Date due)
      implements JobHandlerConfiguration {

    private static final String SEPARATOR = "|";

    static Configuration parse(String canonical) {
      String[] parts = canonical.split("\\" + SEPARATOR, -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("Ugyldig konfiguration af et fristjob: " + canonical);
      }
      return new Configuration(
          parts[0], DeadlineStep.valueOf(parts[1]), new Date(Long.parseLong(parts[2])));
    }

    /** Whether a job's raw configuration belongs to the task. */
    static boolean isOf(String canonical, String taskId) {
      return canonical != null && canonical.startsWith(taskId + SEPARATOR);
    }

    @Override
    public String toCanonicalString() {
      return taskId + SEPARATOR + step.name() + SEPARATOR + due.getTime();
    }

    Configuration {
      Objects.requireNonNull(taskId);
      Objects.requireNonNull(step);
      Objects.requireNonNull(due);
    }
  }
}
