package dk.aarshjul.process;

import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Årshjul's history level ({@code camunda.bpm.history-level: aarshjul}): the engine's full history
 * — every process and activity instance, user task, identity link, comment, operation, incident and
 * process or task variable with each change — except three kinds of rows that no one reads and that
 * were most of a year's history (BENCHMARKS.md "History worth its cost"):
 *
 * <ul>
 *   <li>task-local variables a form only <em>shows</em> (texts, the options of a choice, what the
 *       task concerns): prefilled from the domain tables when the task is created and removed with
 *       it. Every input field keeps its history, so each form submission's values stay, with who
 *       completed the task when (the task's history);
 *   <li>the creation and deletion of jobs (the job log keeps every run, with the node that ran it,
 *       and every failure);
 *   <li>evaluations of advisory decision tables ({@code aarshjul.history.advisory-decisions}, e.g.
 *       the suggested traffic-light colour, which the follow-up report stores beside the colour the
 *       holder chose). The approver decision keeps its history with its inputs.
 * </ul>
 */
public final class AuditHistoryLevel implements HistoryLevel {

  public static final String NAME = "aarshjul";

  /** Above the engine's own levels (0–3), so a check "at least full" holds. */
  public static final int ID = 31;

  private static final Set<HistoryEventType> VARIABLE_EVENTS =
      Set.of(
          HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
          HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
          HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE);

  private final Set<String> advisoryDecisions;

  public AuditHistoryLevel(Set<String> advisoryDecisions) {
    this.advisoryDecisions = Set.copyOf(advisoryDecisions);
  }

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_DELETE) {
      return false;
    }
    if (eventType == HistoryEventTypes.DMN_DECISION_EVALUATE
        && entity instanceof DmnDecision decision
        && advisoryDecisions.contains(decision.getKey())) {
      return false;
    }
    if (VARIABLE_EVENTS.contains(eventType)
        && entity instanceof VariableInstanceEntity variable
        && SubmittedForms.isDisplayOnly(variable)) {
      return false;
    }
    return true;
  }
}
