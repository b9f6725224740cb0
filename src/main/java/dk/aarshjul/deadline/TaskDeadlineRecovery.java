package dk.aarshjul.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A node that crashed right after a user completed a task may not have ended the task's deadline
 * watch (that happens after the user's transaction, see {@link TaskDeadlineWatch}). At startup
 * every watch whose task is gone is ended, so no reminder or escalation is ever sent for a task
 * that is done.
 */
@Component
@Order(3)
class TaskDeadlineRecovery implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlineRecovery.class);
  private static final int PAGE = 500;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final TaskDeadlineService deadlines;

  public TaskDeadlineRecovery(
      RuntimeService runtime, TaskService tasks, TaskDeadlineService deadlines) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.deadlines = deadlines;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> orphans = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<ProcessInstance> watches =
          runtime
              .createProcessInstanceQuery()
              .processDefinitionKey(TaskDeadlineVariables.PROCESS_KEY)
              .orderByProcessInstanceId()
              .asc()
              .listPage(first, PAGE);
      if (watches.isEmpty()) {
        break;
      }
      Set<String> open =
          tasks
              .createTaskQuery()
              .taskIdIn(
                  watches.stream().map(ProcessInstance::getBusinessKey).toArray(String[]::new))
              .listPage(0, PAGE)
              .stream()
              .map(Task::getId)
              .collect(Collectors.toSet());
      watches.stream()
          .map(ProcessInstance::getBusinessKey)
          .filter(taskId -> !open.contains(taskId))
          .forEach(orphans::add);
    }
    for (String taskId : orphans) {
      try {
        deadlines.release(taskId);
      } catch (RuntimeException e) {
        // another node ended it at the same moment
        LOG.debug("Fristen for opgave {} er allerede afsluttet: {}", taskId, e.getMessage());
      }
    }
    if (!orphans.isEmpty()) {
      LOG.info(
          "{} frister for opgaver, der allerede er løst, er afsluttet ved start", orphans.size());
    }
  }
}
