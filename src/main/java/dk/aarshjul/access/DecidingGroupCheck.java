package dk.aarshjul.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Nobody decides in someone else's name: a user task is completed only by a member of the group
 * that decides it, derived at the moment of the decision. Every user task of every deployed model
 * gets a built-in complete listener (it runs before the model's own listeners) that evaluates the
 * task's candidate group expressions again — in Årshjul's models they ask the domain (the
 * contract's unit, its approver, the meeting's area, …) or name a role — and refuses the
 * completion, with nothing stored, unless the authenticated user is a member of one of them.
 * Administrators are not exempt: an administrator who must act for someone is made a member of the
 * group, which Admin records. A completion without an authenticated user is Årshjul's own code
 * (tests, jobs) and passes.
 *
 * <p>The task's stored candidate groups are not trusted: they were computed when the task was
 * created and are only as good as the variables then. {@code ModelConventionsTest} checks that no
 * model takes a candidate group from a plain process variable.
 */
@Component
class DecidingGroupCheck extends AbstractProcessEnginePlugin {

  static final String REFUSED =
      "Du kan ikke løse denne opgave: kun den, som efter Årshjuls regler træffer "
          + "beslutningen, må løse den, og du er ikke medlem af den gruppe. Intet er gemt.";

  private static final TaskListener CHECK = DecidingGroupCheck::requireDecider;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(
              Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                .getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CHECK);
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void requireDecider(DelegateTask task) {
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    if (((TaskEntity) task).getExecution() == null) {
      // a task outside any process (only administrators create those): no model names its decider
      return;
    }
    List<String> memberOf =
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (decidingGroups(task).stream().noneMatch(memberOf::contains)) {
      throw new RefusedActionException(REFUSED);
    }
  }

  /** The task's candidate groups as its model declares them, evaluated now. */
  static Set<String> decidingGroups(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    TaskEntity entity = (TaskEntity) task;
    if (entity.getTaskDefinition() == null) {
      return groups;
    }
    for (Expression expression : entity.getTaskDefinition().getCandidateGroupIdExpressions()) {
      Object value = expression.getValue(entity.getExecution());
      if (value instanceof String text) {
        for (String group : text.split(",")) {
          if (!group.isBlank()) {
            groups.add(group.trim());
          }
        }
      } else if (value instanceof Collection<?> collection) {
        collection.forEach(group -> groups.add(String.valueOf(group)));
      }
    }
    return groups;
  }
}
