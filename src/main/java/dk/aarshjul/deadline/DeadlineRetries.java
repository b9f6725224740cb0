package dk.aarshjul.deadline;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * When a deadline step fails (the mail server is down), its job is tried again after each of the
 * configured intervals ({@code aarshjul.deadlines.mail-retries}, 1 min … 8 h); when they are spent,
 * the engine shows an incident in Cockpit and an administrator retries the job there. Every other
 * job keeps the engine's own retry rules (the model's {@code failedJobRetryTimeCycle}): the engine
 * applies those only to its own job types.
 */
final class DeadlineRetries implements FailedJobCommandFactory {

  private final FailedJobCommandFactory engineDefault;
  private final List<Duration> intervals;

  DeadlineRetries(FailedJobCommandFactory engineDefault, List<Duration> intervals) {
    if (intervals.isEmpty()) {
      throw new IllegalStateException(
          "aarshjul.deadlines.mail-retries skal have mindst ét interval");
    }
    this.engineDefault = engineDefault;
    this.intervals = List.copyOf(intervals);
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    Command<Object> engineCommand = engineDefault.getCommand(jobId, exception);
    return new DeadlineRetryCmd(jobId, exception, engineCommand, intervals);
  }

  private static final class DeadlineRetryCmd extends DefaultJobRetryCmd {

    private final Command<Object> engineCommand;
    private final List<Duration> intervals;

    DeadlineRetryCmd(
        String jobId,
        Throwable exception,
        Command<Object> engineCommand,
        List<Duration> intervals) {
      super(jobId, exception);
      this.engineCommand = engineCommand;
      this.intervals = intervals;
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job == null || !DeadlineJobHandler.TYPE.equals(job.getJobHandlerType())) {
        return engineCommand.execute(commandContext);
      }
      boolean first = isFirstJobExecution(job);
      logException(job);
      if (first) {
        // the first failure: as many retries as intervals (and one is spent by this failure below)
        initializeRetries(job, intervals.size() + 1);
      }
      // retries left before this failure: intervals.size() + 1 → the first interval, … 2 → the last
      int index =
          Math.max(0, Math.min(intervals.size() - 1, intervals.size() + 1 - job.getRetries()));
      job.setDuedate(
          new Date(ClockUtil.getCurrentTime().getTime() + intervals.get(index).toMillis()));
      job.unlock();
      decrementRetries(job);
      notifyAcquisition(commandContext);
      return null;
    }
  }
}
