package dk.aarshjul.dialogue;

import dk.aarshjul.process.InvalidSubmissionException;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Complements {@link dk.aarshjul.process.TaskForms#rejectUnknownProcessVariables}: a task inside a multi-instance
 * runs in executions below the process instance that hold the element variable (e.g. {@code agreementId}) and the
 * loop counters. A submitted variable with one of those names updates it there, so reject any variable of those
 * executions that the submission created or changed.
 */
final class DialogueForms {

  private DialogueForms() {}

  static void rejectChangedInstanceVariables(DelegateTask task) {
    DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
    Set<String> changed = new TreeSet<>();
    for (ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        execution != null && !execution.isProcessInstanceExecution(); execution = execution.getParent()) {
      for (var instance : execution.getVariableInstancesLocal()) {
        VariableInstanceEntity variable = (VariableInstanceEntity) instance;
        CachedDbEntity cached = cache.getCachedEntity(variable);
        if (cached == null || cached.getEntityState() == DbEntityState.TRANSIENT || cached.isDirty()) {
          changed.add(variable.getName());
        }
      }
    }
    if (!changed.isEmpty()) {
      throw new InvalidSubmissionException(changed.iterator().next(),
          "Formularen har ikke feltet/felterne " + String.join(", ", changed) + ". Intet er gemt.");
    }
  }
}
