package dk.aarshjul.deadline;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every user task of every model gets a deadline watch (task-deadline.bpmn) when it is created, in
 * the same transaction. When the task is completed or deleted, the watch is ended after the user's
 * transaction has committed, in a transaction of its own: a watch that happens to be busy (sending
 * a mail) can never make the user's completion fail, and if ending it fails, its next step finds
 * the task closed and ends it then.
 */
@Component
class TaskDeadlineWatch {

  private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlineWatch.class);
  private static final int RELEASE_ATTEMPTS = 5;

  private final TaskDeadlineService deadlines;
  private final IdentityService identity;
  private final TransactionTemplate ownTransaction;

  public TaskDeadlineWatch(
      TaskDeadlineService deadlines,
      IdentityService identity,
      PlatformTransactionManager transactions) {
    this.deadlines = deadlines;
    this.identity = identity;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Ends the watch; a watch busy with a step at this moment (its job holds the row) conflicts, so
   * it is tried again shortly. If it still fails, the watch's next step finds the task closed, and
   * a restart ends it too.
   */
  void release(String taskId) {
    // ending the watch is Årshjul's own bookkeeping, not the user's action: the user who completed
    // the task may
    // not touch the watch instance, so it runs without the user's authentication (restored
    // afterwards)
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      releaseWithRetry(taskId);
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }

  private void releaseWithRetry(String taskId) {
    for (int attempt = 1; ; attempt++) {
      try {
        ownTransaction.executeWithoutResult(status -> deadlines.release(taskId));
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == RELEASE_ATTEMPTS) {
          LOG.warn(
              "Fristen for opgave {} blev ikke afsluttet nu; den afsluttes ved sit næste trin: {}",
              taskId,
              e.getMessage());
          return;
        }
        LockSupport.parkNanos(Duration.ofMillis(50L * attempt).toNanos());
      } catch (RuntimeException e) {
        LOG.warn(
            "Fristen for opgave {} blev ikke afsluttet nu; den afsluttes ved sit næste trin: {}",
            taskId,
            e.getMessage());
        return;
      }
    }
  }

  @EventListener
  public void on(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      deadlines.watch(task);
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
        || TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
      String taskId = task.getId();
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              release(taskId);
            }
          });
    }
  }
}
