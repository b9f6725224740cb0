package dk.aarshjul.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Submits start and task forms through the FormService as Tasklist does, with a demo user logged in
 * as the webapp logs them in (the user with their groups); logged out again afterwards.
 */
public final class EngineForms {

  private EngineForms() {}

  /** A test-only user (one the demo does not have) in the groups, created once per database. */
  public static void ensureUser(
      ProcessEngine engine, String userId, String firstName, String lastName, String... groupIds) {
    IdentityService identityService = engine.getIdentityService();
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      identityService.saveUser(user);
      for (String groupId : groupIds) {
        identityService.createMembership(userId, groupId);
      }
    }
  }

  /** Logs in as the webapp does: the user with their groups. */
  public static void loginAs(ProcessEngine engine, String userId) {
    IdentityService identityService = engine.getIdentityService();
    identityService.clearAuthentication();
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    identityService.setAuthentication(userId, groups);
  }

  /** Submits the start form of the process's latest version as {@code userId}. */
  public static ProcessInstance startAs(
      ProcessEngine engine, String processKey, String userId, Map<String, Object> form) {
    String definitionId = definitionId(engine, processKey);
    loginAs(engine, userId);
    try {
      return engine.getFormService().submitStartForm(definitionId, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Submits the task's form as {@code userId}. */
  public static void completeAs(
      ProcessEngine engine, String taskId, String userId, Map<String, Object> form) {
    loginAs(engine, userId);
    try {
      engine.getFormService().submitTaskForm(taskId, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The process's latest version: the one Tasklist starts. */
  public static String definitionId(ProcessEngine engine, String processKey) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(processKey)
        .latestVersion()
        .singleResult()
        .getId();
  }

  /** How many instances of the process were ever started (running or ended). */
  public static long startedInstances(ProcessEngine engine, String processKey) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .count();
  }

  /** The task's candidate groups (who may claim it), as Tasklist's group filters see them. */
  public static java.util.List<String> candidateGroups(ProcessEngine engine, String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .toList();
  }

  /** An id the task's process holds (whole numbers of any type, as engine-rest may store them). */
  public static long idVariable(ProcessEngine engine, String taskId, String name) {
    return ((Number) engine.getTaskService().getVariable(taskId, name)).longValue();
  }
}
