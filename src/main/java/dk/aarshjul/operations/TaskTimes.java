package dk.aarshjul.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The time a step's tasks were open, from created to completed: {@code aarshjul_task_open_seconds}
 * per process (the cycle's phase: agreement, dialogue, follow-up …) and step, recorded when the
 * completion has committed (a refused submission is not counted).
 */
@Component
class TaskTimes {

  private final MeterRegistry registry;
  private final Map<String, String> processKeys = new ConcurrentHashMap<>();

  TaskTimes(MeterRegistry registry) {
    this.registry = registry;
  }

  @EventListener
  public void on(DelegateTask task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
        || task.getProcessDefinitionId() == null
        || task.getCreateTime() == null) {
      return;
    }
    String processKey = processKey(task);
    String step = task.getTaskDefinitionKey();
    Duration open =
        Duration.ofMillis(
            Math.max(0, ClockUtil.getCurrentTime().getTime() - task.getCreateTime().getTime()));
    Runnable record =
        () ->
            Timer.builder("aarshjul.task.open")
                .description("Tid fra en opgave oprettes, til den er udført, pr. proces og trin")
                .tags("process", processKey, "step", step)
                .register(registry)
                .record(open);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              record.run();
            }
          });
    } else {
      record.run();
    }
  }

  /**
   * The task's process key from the engine's deployment cache, not through the repository service:
   * the user completing the task need not be allowed to read process definitions.
   */
  private String processKey(DelegateTask task) {
    return processKeys.computeIfAbsent(
        task.getProcessDefinitionId(),
        id -> ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey());
  }
}
