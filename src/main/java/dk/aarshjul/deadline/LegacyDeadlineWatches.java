package dk.aarshjul.deadline;

import dk.aarshjul.deadline.DeadlineJobHandler.ScheduledStep;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the deadlines of a database from release 0.1.0, where each open user task was watched by a
 * task-deadline.bpmn instance, to deadline jobs: when the engine is built, before the web server
 * answers and before auto-deployment, each running watch becomes the deadline job of the step it
 * waited for, due when its timer was due, and the watch ends. A watch whose task is gone just ends.
 * Each watch moves in a transaction of its own; on a second node starting at the same moment the
 * move of a watch it also took fails and changes nothing. One count query when there is nothing to
 * move.
 */
@Component
class LegacyDeadlineWatches extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyDeadlineWatches.class);
  private static final int PAGE = 200;
  private static final String REASON = "Fristen er flyttet til opgavens fristjob (Årshjul 0.2)";

  /** Where a watch waited, and the step that was next there. */
  private static final Map<String, DeadlineStep> STEP_AT =
      Map.of(
          "Task_NotifyNewTask", DeadlineStep.NOTIFY,
          "TimerEvent_ReminderDue", DeadlineStep.REMIND,
          "Task_SendReminder", DeadlineStep.REMIND,
          "TimerEvent_TaskOverdue", DeadlineStep.ESCALATE_TO_GROUP_CHIEF,
          "Task_EscalateToGroupChief", DeadlineStep.ESCALATE_TO_GROUP_CHIEF,
          "TimerEvent_StillOverdue", DeadlineStep.ESCALATE_TO_DIRECTORATE,
          "Task_EscalateToDirectorate", DeadlineStep.ESCALATE_TO_DIRECTORATE);

  private RuntimeService runtime;
  private ManagementService management;
  private ProcessEngineConfigurationImpl engine;

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    this.runtime = processEngine.getRuntimeService();
    this.management = processEngine.getManagementService();
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    moveAll();
  }

  /** Moves every running watch; returns how many were moved or ended. */
  int moveAll() {
    int moved = 0;
    while (true) {
      List<ProcessInstance> watches =
          runtime
              .createProcessInstanceQuery()
              .processDefinitionKey(TaskDeadlineVariables.PROCESS_KEY)
              .orderByProcessInstanceId()
              .asc()
              .listPage(0, PAGE);
      if (watches.isEmpty()) {
        break;
      }
      int before = moved;
      for (ProcessInstance watch : watches) {
        try {
          move(watch);
          moved++;
        } catch (RuntimeException e) {
          LOG.warn("Fristen {} kunne ikke flyttes nu: {}", watch.getBusinessKey(), e.getMessage());
        }
      }
      if (moved == before) {
        break; // nothing movable on this page: leave it to the next start
      }
    }
    if (moved > 0) {
      LOG.info("{} opgavefrister fra task-deadline.bpmn er flyttet til fristjobs", moved);
    }
    return moved;
  }

  private void move(ProcessInstance watch) {
    String taskId = watch.getBusinessKey();
    Date due = (Date) runtime.getVariable(watch.getId(), TaskDeadlineVariables.DUE_AT);
    Job job = management.createJobQuery().processInstanceId(watch.getId()).singleResult();
    DeadlineStep step =
        runtime.getActiveActivityIds(watch.getId()).stream()
            .map(STEP_AT::get)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
    engine
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              TaskEntity task = context.getTaskManager().findTaskById(taskId);
              if (task != null
                  && task.getProcessInstance() != null
                  && step != null
                  && due != null) {
                Date at =
                    job != null && job.getDuedate() != null
                        ? job.getDuedate()
                        : ClockUtil.getCurrentTime();
                DeadlineJobHandler.schedule(
                    task.getProcessInstance(), taskId, new ScheduledStep(step, at), due);
              }
              runtime.deleteProcessInstance(watch.getId(), REASON, true, true);
              return null;
            });
  }
}
