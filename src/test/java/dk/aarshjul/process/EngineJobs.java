package dk.aarshjul.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Drives a process test's jobs with the job executor off: the asynchronous hand-offs run
 * explicitly, timers fire only when a test asks.
 */
public final class EngineJobs {

  private EngineJobs() {}

  /** Runs every due asynchronous hand-off, never a timer. */
  public static void runJobs(ProcessEngine engine) {
    for (int round = 0; round < 200; round++) {
      List<Job> jobs =
          engine.getManagementService().createJobQuery().executable().list().stream()
              .filter(job -> !(job instanceof TimerEntity))
              .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming");
  }

  /** Fires the timers waiting at {@code activityId} (their date may lie in the future). */
  public static void fireTimers(ProcessEngine engine, String activityId) {
    List<Job> timers =
        engine.getManagementService().createJobQuery().activityId(activityId).timers().list();
    assertThat(timers).as("timers at " + activityId).isNotEmpty();
    timers.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    runJobs(engine);
  }
}
