package dk.aarshjul.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import dk.aarshjul.organisation.Groups;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may do what, granted once at startup (idempotent; every profile, production too).
 *
 * <p>Tasks carry no rules here: the engine grants each task's candidate group READ and TASK_WORK on
 * that one task when the task is created ({@code defaultUserPermissionNameForTask}), and the
 * candidate groups name the unit or area (kontraktholder-gl-rye, koncernchef-boern-unge). So a
 * contract holder sees and completes only their own unit's tasks without any per-unit rule, and
 * nobody gets a task by being in a role. What is granted here is per role, a handful of rows, so
 * the authorization check on a task query stays small: reading every task, instance and history is
 * granted to the directorate once, on all process definitions ("*"), never task by task.
 */
@Component
@Order(0)
public class AccessRules implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AccessRules.class);

  /** One authorization row: a group's permissions on one resource. */
  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {}

  /** The role groups Årshjul needs to exist; unit and area groups come with the organisation. */
  static final Map<String, String> ROLE_GROUPS =
      Map.of(
          Groups.ADMIN, "Administratorer",
          Groups.DIRECTORATE, "Direktionen",
          Groups.COUNCIL_SECRETARIAT, "Byrådssekretariatet",
          Groups.DATA_TEAM, "Analyse og data",
          Groups.USERS, "Årshjul-brugere",
          Groups.CONTRACT_HOLDERS, "Kontrakt- og aftaleholdere",
          Groups.COMMITTEE_SECRETARIATS, "Udvalgssekretariater",
          Groups.GROUP_CHIEFS, "Koncernchefer",
          Groups.PROCESS_OWNERS, "Procesejere",
          Groups.OPERATIONS, "Drift og overvågning");

  static final List<Grant> GRANTS =
      List.of(
          // everyone: Tasklist, and the names of groups shown on tasks (users:
          // GuardedIdentityProvider)
          new Grant(Groups.USERS, APPLICATION, "tasklist", ACCESS),
          new Grant(Groups.USERS, GROUP, "*", READ),
          // the directorate watches the whole cycle in Cockpit and starts the year
          new Grant(Groups.DIRECTORATE, APPLICATION, "cockpit", ACCESS),
          new Grant(
              Groups.DIRECTORATE,
              PROCESS_DEFINITION,
              "*",
              READ,
              READ_TASK,
              READ_INSTANCE,
              READ_HISTORY),
          // Cockpit's Human Tasks page counts open tasks per group, which needs READ on all tasks
          // (the same tasks the
          // directorate reads through READ_TASK above; one row, not one per task)
          new Grant(Groups.DIRECTORATE, TASK, "*", READ),
          // who starts a process is the model's own: its candidate starter groups (grantStarters)
          new Grant(Groups.DIRECTORATE, PROCESS_INSTANCE, "*", READ, CREATE),
          new Grant(Groups.DIRECTORATE, DECISION_DEFINITION, "*", READ, Permissions.READ_HISTORY),
          new Grant(Groups.DIRECTORATE, DECISION_REQUIREMENTS_DEFINITION, "*", READ),
          new Grant(Groups.DIRECTORATE, DEPLOYMENT, "*", READ),
          // process owners deploy from Camunda Modeler and look at their models in Cockpit
          new Grant(Groups.PROCESS_OWNERS, APPLICATION, "cockpit", ACCESS),
          new Grant(Groups.PROCESS_OWNERS, DEPLOYMENT, "*", CREATE, READ, DELETE),
          new Grant(Groups.PROCESS_OWNERS, PROCESS_DEFINITION, "*", READ),
          new Grant(Groups.PROCESS_OWNERS, DECISION_DEFINITION, "*", READ),
          new Grant(Groups.PROCESS_OWNERS, DECISION_REQUIREMENTS_DEFINITION, "*", READ));

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final CommandExecutor commands;

  public AccessRules(
      IdentityService identity,
      AuthorizationService authorizations,
      ProcessEngineConfigurationImpl engine) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.commands = engine.getCommandExecutorTxRequired();
  }

  @Override
  public void run(ApplicationArguments args) {
    ensureRoleGroups();
    // administrators may do everything: Camunda gives camunda-admin nothing by itself, only these
    // grants
    for (Resource resource : Resources.values()) {
      grant(Groups.ADMIN, resource, "*", Permissions.ALL);
    }
    GRANTS.forEach(
        grant -> grant(grant.groupId(), grant.resource(), grant.resourceId(), grant.permissions()));
    grantStarters();
  }

  /**
   * Who may start a process is the process owner's decision in the model: the candidate starter
   * groups of each deployed process (camunda:candidateStarterGroups, e.g. direktion on a governance
   * model's main process, kontrakt- holdere on udfordringsret) get READ and CREATE_INSTANCE on its
   * key, and CREATE on process instances. So a new model needs no change here; whether a start is
   * allowed for a given unit or year is still decided by the model's start listener from Årshjul's
   * tables.
   */
  public void grantStarters() {
    // read from the tables, not through a ProcessDefinitionQuery: that query parses every deployed
    // model into the deployment cache (for its documentation), a second of startup; the engine
    // parses each one when it is first used
    Map<String, Set<String>> startersByKey =
        commands.execute(
            context -> {
              Map<String, Set<String>> byKey = new TreeMap<>();
              ProcessDefinitionQueryImpl latest = new ProcessDefinitionQueryImpl();
              latest.latestVersion();
              for (ProcessDefinition definition :
                  context
                      .getProcessDefinitionManager()
                      .findProcessDefinitionsByQueryCriteria(latest, null)) {
                context
                    .getIdentityLinkManager()
                    .findIdentityLinksByProcessDefinitionId(definition.getId())
                    .stream()
                    .filter(
                        link ->
                            IdentityLinkType.CANDIDATE.equals(link.getType())
                                && link.getGroupId() != null)
                    .forEach(
                        link ->
                            byKey
                                .computeIfAbsent(definition.getKey(), key -> new TreeSet<>())
                                .add(link.getGroupId()));
              }
              return byKey;
            });
    grantStarters(authorizations, startersByKey);
  }

  /**
   * The rights of candidate starter groups, by process key: READ and CREATE_INSTANCE on the key,
   * and once per group CREATE on process instances (one call may run inside one command, which does
   * not see its own unflushed rows). Also granted when a model is deployed ({@code
   * StarterGrantsOnDeploy}).
   */
  static void grantStarters(
      AuthorizationService authorizations, Map<String, Set<String>> startersByKey) {
    Set<String> starters = new TreeSet<>();
    startersByKey.forEach(
        (key, groups) ->
            groups.forEach(
                groupId -> {
                  grant(authorizations, groupId, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE);
                  starters.add(groupId);
                }));
    starters.forEach(groupId -> grant(authorizations, groupId, PROCESS_INSTANCE, "*", CREATE));
  }

  /** Creates the role groups that do not exist yet. */
  public void ensureRoleGroups() {
    ROLE_GROUPS.forEach(this::ensureGroup);
  }

  /**
   * Grants the permissions, adding to the group's existing row for the resource if there is one.
   */
  public void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(authorizations, groupId, resource, resourceId, permissions);
  }

  private static void grant(
      AuthorizationService authorizations,
      String groupId,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    Authorization authorization =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
      LOG.info(
          "Rettighed: gruppen {} får {} på {} '{}'",
          groupId,
          List.of(permissions),
          resource.resourceName(),
          resourceId);
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Groups.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
