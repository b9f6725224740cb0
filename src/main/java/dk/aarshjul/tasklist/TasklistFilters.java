package dk.aarshjul.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import dk.aarshjul.access.AccessRules;
import dk.aarshjul.deadline.TaskDeadlineService;
import dk.aarshjul.organisation.CommitteeReady;
import dk.aarshjul.organisation.Groups;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user starts with, created once at startup and shown to the groups that
 * need them. A filter only narrows what a user may read anyway: the authorizations decide which
 * tasks exist for the user.
 */
@Component
@Order(1)
class TasklistFilters implements ApplicationRunner {

  /**
   * A shared filter: its name, description, place in Tasklist's list, query and the groups that see
   * it.
   */
  record SharedFilter(
      String name,
      String description,
      int priority,
      UnaryOperator<TaskQuery> query,
      List<String> groups) {}

  static final List<SharedFilter> FILTERS =
      List.of(
          new SharedFilter(
              "Mine opgaver",
              "Opgaver, du har taget",
              -20,
              query -> query.taskAssigneeExpression("${currentUser()}"),
              List.of(Groups.USERS)),
          new SharedFilter(
              "Min gruppes opgaver",
              "Opgaver til dine grupper: din enhed, dit område eller din rolle",
              -10,
              query ->
                  query
                      .taskCandidateGroupInExpression("${currentUserGroups()}")
                      .includeAssignedTasks(),
              List.of(Groups.USERS)),
          new SharedFilter(
              "Forfaldne",
              "Dine og dine gruppers opgaver, hvis frist er overskredet",
              -8,
              query -> mine(query).dueBeforeExpression("${now()}"),
              List.of(Groups.USERS)),
          new SharedFilter(
              "Forfalder inden 14 dage",
              "Dine og dine gruppers opgaver med frist inden for 14 dage",
              -6,
              query ->
                  mine(query)
                      .dueAfterExpression("${now()}")
                      .dueBeforeExpression("${dateTime().plusDays(14).toDate()}"),
              List.of(Groups.USERS)),
          new SharedFilter(
              "Eskalerede opgaver",
              "Forfaldne opgaver, der er eskaleret til dig",
              -4,
              query -> query.taskMinPriority(TaskDeadlineService.PRIORITY_GROUP_CHIEF),
              List.of(Groups.GROUP_CHIEFS, Groups.DIRECTORATE)),
          new SharedFilter(
              "Alle opgaver",
              "Alle åbne opgaver i kommunen",
              0,
              query -> query,
              List.of(Groups.DIRECTORATE)));

  /** What every task list shows under each task's name: what it concerns (its business key). */
  static final List<Map<String, String>> SHOWN_VARIABLES =
      List.of(Map.of("name", dk.aarshjul.process.FormTaskListener.SUBJECT, "label", "Vedrører"));

  /** The user's own and their groups' tasks. */
  private static TaskQuery mine(TaskQuery query) {
    return query.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  private final FilterService filters;
  private final TaskService tasks;
  private final AccessRules access;

  public TasklistFilters(FilterService filters, TaskService tasks, AccessRules access) {
    this.filters = filters;
    this.tasks = tasks;
    this.access = access;
  }

  /**
   * A committee's filter: the tasks of its secretariat, for the secretariat and the committee's
   * politicians.
   */
  @EventListener
  public void on(CommitteeReady committee) {
    String name = "Udvalg: " + committee.name();
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put(
          "description", "Opgaver for " + committee.name() + " og udvalgets sekretariat");
      properties.put("priority", 10);
      properties.put("refresh", true);
      properties.put("variables", SHOWN_VARIABLES);
      filter =
          filters
              .newTaskFilter(name)
              .setQuery(
                  tasks
                      .createTaskQuery()
                      .taskCandidateGroupIn(
                          List.of(committee.secretariatGroup(), committee.membersGroup()))
                      .includeAssignedTasks())
              .setProperties(properties);
      filters.saveFilter(filter);
    }
    showSubject(filter);
    access.grant(committee.secretariatGroup(), FILTER, filter.getId(), READ);
    access.grant(committee.membersGroup(), FILTER, filter.getId(), READ);
  }

  @Override
  public void run(ApplicationArguments args) {
    for (SharedFilter shared : FILTERS) {
      Filter filter = filters.createFilterQuery().filterName(shared.name()).singleResult();
      if (filter == null) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", shared.description());
        properties.put("priority", shared.priority());
        properties.put("refresh", true);
        properties.put("variables", SHOWN_VARIABLES);
        filter =
            filters
                .newTaskFilter(shared.name())
                .setQuery(shared.query().apply(tasks.createTaskQuery()))
                .setProperties(properties);
        filters.saveFilter(filter);
      }
      showSubject(filter);
      for (String group : shared.groups()) {
        access.grant(group, FILTER, filter.getId(), READ);
      }
    }
  }

  /** A filter saved before the list showed what each task concerns gets it (once). */
  private void showSubject(Filter filter) {
    Map<String, Object> properties =
        filter.getProperties() == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(filter.getProperties());
    if (!properties.containsKey("variables")) {
      properties.put("variables", SHOWN_VARIABLES);
      filters.saveFilter(filter.setProperties(properties));
    }
  }
}
