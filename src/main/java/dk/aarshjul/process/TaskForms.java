package dk.aarshjul.process;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.spin.json.SpinJsonNode;

/** Helpers for task listeners that take over form submissions. */
public final class TaskForms {

  private TaskForms() {}

  /**
   * Form fields are task-local variables, so a submission only updates them. A variable that a
   * client sent beyond the form lands in the process scope: reject it, so the process keeps only
   * its declared ids and decisions ({@code declared}; null for a task of any model's process, whose
   * variables are not known: then only a variable this submission created or changed is refused).
   */
  public static void rejectUnknownProcessVariables(DelegateTask task, Set<String> declared) {
    Set<String> unknown = new TreeSet<>();
    if (declared != null) {
      // null: a task of any model's process (FormTaskListener()): only what this submission
      // created or changed below is refused
      unknown.addAll(task.getExecution().getProcessInstance().getVariableNames());
      unknown.removeAll(declared);
    }
    // A declared id or decision (e.g. contractId, areaCode) changed by this submission is forged
    // too: the process
    // sets those itself, a form never does. The same holds for the executions between the task and
    // the process
    // instance: inside a multi-instance they hold the element variable (e.g. stakeholderGroup,
    // agreementId), which
    // a submitted variable of that name would otherwise silently overwrite.
    DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
    for (ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        execution != null;
        execution = execution.getParent()) {
      for (var instance : execution.getVariableInstancesLocal()) {
        VariableInstanceEntity variable = (VariableInstanceEntity) instance;
        CachedDbEntity cached = cache.getCachedEntity(variable);
        if (cached == null
            || cached.getEntityState() == DbEntityState.TRANSIENT
            || cached.isDirty()) {
          unknown.add(variable.getName());
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidSubmissionException(
          unknown.iterator().next(),
          "Formularen har ikke feltet/felterne " + String.join(", ", unknown) + ". Intet er gemt.");
    }
  }

  /**
   * A Json variable as text; Tasklist sends dynamic lists as Json, a REST client may send a String.
   */
  public static String json(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof SpinJsonNode node) {
      return node.toString();
    }
    if (value instanceof String text) {
      return text;
    }
    throw new InvalidSubmissionException(name, "Feltet '" + name + "' har en ugyldig type.");
  }

  /**
   * A checklist's ticked values; Tasklist sends them as a Json array, a REST client may send a Json
   * string.
   */
  public static java.util.List<String> stringList(DelegateTask task, String name) {
    String json = json(task, name);
    if (json == null || json.isBlank()) {
      return java.util.List.of();
    }
    SpinJsonNode node;
    try {
      node = org.camunda.spin.Spin.JSON(json);
    } catch (RuntimeException e) {
      throw new InvalidSubmissionException(name, "Feltet '" + name + "' er ikke en gyldig liste.");
    }
    if (!node.isArray()) {
      throw new InvalidSubmissionException(name, "Feltet '" + name + "' skal være en liste.");
    }
    java.util.List<String> values = new java.util.ArrayList<>();
    for (SpinJsonNode element : node.elements()) {
      if (!element.isString()) {
        throw new InvalidSubmissionException(
            name, "Feltet '" + name + "' må kun indeholde tekstværdier.");
      }
      values.add(element.stringValue());
    }
    return values;
  }

  /**
   * Who completed the task: the authenticated user (never the assignee, whom someone else may have
   * set), else — for Årshjul's own code without a user — the assignee.
   */
  public static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
