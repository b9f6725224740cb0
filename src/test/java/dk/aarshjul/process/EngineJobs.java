package dk.aarshjul.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * Drives a process test's jobs with the job executor off: the asynchronous hand-offs run
 * explicitly, timers fire only when a test asks.
 */
public final class EngineJobs {

  private EngineJobs() {}

  /** Runs every due asynchronous hand-off, never a timer. */
  public static void runJobs(ProcessEngine engine) {
    run(engine, UnaryOperator.identity(), job -> !(job instanceof TimerEntity));
  }

  /**
   * Runs the due asynchronous hand-offs of one process instance, never a timer (other tests' jobs
   * in a shared database are left alone).
   */
  public static void runJobs(ProcessEngine engine, String processInstanceId) {
    run(
        engine,
        query -> query.processInstanceId(processInstanceId),
        job -> !(job instanceof TimerEntity));
  }

  /**
   * Runs every due job as the job executor would: the asynchronous hand-offs and the timers whose
   * date has come (by the engine's clock).
   */
  public static void runDueJobs(ProcessEngine engine) {
    run(engine, UnaryOperator.identity(), job -> true);
  }

  /** Fires the timers waiting at {@code activityId} (their date may lie in the future). */
  public static void fireTimers(ProcessEngine engine, String activityId) {
    List<Job> timers =
        engine.getManagementService().createJobQuery().activityId(activityId).timers().list();
    assertThat(timers).as("timers at " + activityId).isNotEmpty();
    timers.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    runJobs(engine);
  }

  private static void run(
      ProcessEngine engine, UnaryOperator<JobQuery> scope, Predicate<Job> which) {
    for (int round = 0; round < 200; round++) {
      List<Job> jobs =
          scope.apply(engine.getManagementService().createJobQuery()).executable().list().stream()
              .filter(which)
              .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming");
  }
}
