package dk.aarshjul.access;

import static org.camunda.bpm.engine.authorization.Resources.TASK;

import dk.aarshjul.organisation.Groups;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine's per-task grant for a candidate group, without READ for the groups that already read
 * every task through their role grant (the directorate: READ_TASK on all process definitions;
 * administrators: everything).
 *
 * <p>Why: the task query joins every task with every authorization row of the user's groups that
 * carries READ on tasks ({@code AUTH.RESOURCE_ID_ IN (task id, definition key, '*')}). A per-task
 * READ row for the directorate on each of its hundreds of tasks made the directorate's list of all
 * tasks a join of 20,000 tasks × 800 rows (1.3 s with 20,000 open tasks, BENCHMARKS.md); the rows
 * added nothing, since the role grant already lets the directorate read every task. The directorate
 * still gets TASK_WORK on its own tasks only: it reads everything and completes what is its own.
 */
@Component
public class TaskGrantProvider extends AbstractProcessEnginePlugin {

  /**
   * Groups whose role grant reads every task: READ_TASK on all process definitions in {@link
   * AccessRules#GRANTS} (the directorate), and the administrators, who have everything. Derived
   * from the grants, so taking the role grant away gives the group its per-task READ back.
   */
  static final Set<String> READ_EVERY_TASK = readEveryTask();

  private static Set<String> readEveryTask() {
    Set<String> groups = new java.util.HashSet<>();
    groups.add(Groups.ADMIN);
    AccessRules.GRANTS.stream()
        .filter(
            grant ->
                grant.resource() == Resources.PROCESS_DEFINITION
                    && "*".equals(grant.resourceId())
                    && java.util.Arrays.asList(grant.permissions())
                        .contains(ProcessDefinitionPermissions.READ_TASK))
        .forEach(grant -> groups.add(grant.groupId()));
    return Set.copyOf(groups);
  }

  /**
   * Whether the group reads every task through its role grant; per-task READ grants for it are
   * redundant.
   */
  public static boolean readsEveryTask(String groupId) {
    return READ_EVERY_TASK.contains(groupId);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      AuthorizationEntity[] grants = super.newTaskGroupIdentityLink(task, groupId, type);
      if (grants != null && readsEveryTask(groupId)) {
        for (AuthorizationEntity grant : grants) {
          if (grant.getResourceType() == TASK.resourceType()) {
            grant.removePermission(Permissions.READ);
          }
        }
      }
      return grants;
    }
  }
}
