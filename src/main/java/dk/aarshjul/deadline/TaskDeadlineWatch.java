package dk.aarshjul.deadline;

import dk.aarshjul.deadline.DeadlineJobHandler.Configuration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every user task of every model gets its deadline when it is created, in the same transaction: the
 * first deadline job of the task's process instance ({@link DeadlineJobHandler}). No model needs
 * anything for it but its tasks' {@code camunda:dueDate}.
 *
 * <p>When the task is completed or deleted, its waiting deadline job is deleted after the user's
 * transaction has committed, in a transaction of its own: a step that happens to be running at that
 * moment (sending a mail) can never make the user's completion fail. Such a step, or one left by a
 * node that crashed right after the completion, finds the task gone when it runs and ends the
 * deadline without mail.
 */
@Component
class TaskDeadlineWatch {

  private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlineWatch.class);

  private final TaskDeadlineService deadlines;
  private final ProcessEngineConfigurationImpl engine;

  TaskDeadlineWatch(TaskDeadlineService deadlines, ProcessEngineConfigurationImpl engine) {
    this.deadlines = deadlines;
    this.engine = engine;
  }

  @EventListener
  public void on(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      watch((TaskEntity) task);
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
        || TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
      String taskId = task.getId();
      String processInstanceId = task.getProcessInstanceId();
      if (processInstanceId == null) {
        return;
      }
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              release(taskId, processInstanceId);
            }
          });
    }
  }

  /** Schedules the first step of a task's deadline (a task outside any process has none). */
  private void watch(TaskEntity task) {
    if (task.getProcessInstance() == null) {
      return;
    }
    java.util.Date due = deadlines.dueOf(task.getDueDate());
    DeadlineJobHandler.schedule(task.getProcessInstance(), task.getId(), deadlines.first(due), due);
  }

  /**
   * Deletes the task's waiting deadline job. Engine bookkeeping, not the user's action: it runs as
   * an engine command, outside the user's authorization, in a transaction of its own.
   */
  void release(String taskId, String processInstanceId) {
    try {
      engine
          .getCommandExecutorTxRequiresNew()
          .execute(
              context -> {
                List<JobEntity> waiting = new ArrayList<>();
                for (JobEntity job :
                    context.getJobManager().findJobsByProcessInstanceId(processInstanceId)) {
                  if (DeadlineJobHandler.TYPE.equals(job.getJobHandlerType())
                      && Configuration.isOf(job.getJobHandlerConfigurationRaw(), taskId)
                      && job.getLockOwner() == null) {
                    waiting.add(job);
                  }
                }
                waiting.forEach(JobEntity::delete);
                return null;
              });
    } catch (RuntimeException e) {
      // a step picked up at this very moment: it finds the task gone and ends the deadline itself
      LOG.debug("Fristen for opgave {} afsluttes ved sit næste trin: {}", taskId, e.getMessage());
    }
  }
}
