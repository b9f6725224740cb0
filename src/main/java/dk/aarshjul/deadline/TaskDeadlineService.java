package dk.aarshjul.deadline;

import static dk.aarshjul.deadline.TaskDeadlineVariables.*;

import dk.aarshjul.access.TaskGrantProvider;
import dk.aarshjul.mail.Mailer;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.process.FormValues;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Deadlines of user tasks: every task is watched by its own task-deadline instance, which mails the
 * candidate group when the task is created, reminds them before the due date, and escalates an
 * overdue task to the unit's group chief and then to the directorate. An escalation raises the
 * task's priority, lets the escalation group read the task (the Tasklist filter "Eskalerede
 * opgaver") and leaves a comment on the task.
 */
@Service
public class TaskDeadlineService {

  /**
   * Task priority after escalation to the group chief and to the directorate (Camunda's default is
   * 50).
   */
  public static final int PRIORITY_GROUP_CHIEF = 75;

  public static final int PRIORITY_DIRECTORATE = 100;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final UnitRepository units;
  private final TaskDeadlines deadlines;
  private final Mailer mailer;

  public TaskDeadlineService(
      RuntimeService runtime,
      TaskService tasks,
      IdentityService identity,
      AuthorizationService authorizations,
      UnitRepository units,
      TaskDeadlines deadlines,
      Mailer mailer) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.authorizations = authorizations;
    this.units = units;
    this.deadlines = deadlines;
    this.mailer = mailer;
  }

  /**
   * Starts the task's watch in the transaction that creates the task: no task is ever without one.
   */
  public void watch(DelegateTask task) {
    Date due = task.getDueDate() != null ? task.getDueDate() : deadlines.after("standard");
    // the task id is the business key; reminder and escalation times follow from the due date in
    // the model's timers
    // (one variable per watch instead of four: the watches are most of a year's engine work,
    // BENCHMARKS.md)
    runtime.startProcessInstanceByKey(PROCESS_KEY, task.getId(), Map.of(DUE_AT, due));
  }

  /** Ends the watch of a completed or deleted task (nothing when it has none). */
  public void release(String taskId) {
    runtime
        .createMessageCorrelation(MESSAGE_TASK_DONE)
        .processInstanceBusinessKey(taskId)
        .correlateAll();
  }

  /** Mails the candidate group (and the assignee) about the new task. */
  public void notifyNewTask(String taskId) {
    if (!mailer.enabled()) {
      return; // nothing to send: the facts of the mail are not even looked up (a tenth of a task's
      // cost, BENCHMARKS.md)
    }
    TaskFacts facts = facts(taskId);
    mailer.send(
        facts.recipients(), "Ny opgave i Årshjul: " + facts.title(), TaskMails.newTask(facts));
  }

  /** Reminds the candidate group (and the assignee) that the due date is near. */
  public void remind(String taskId) {
    TaskFacts facts = facts(taskId);
    mailer.send(
        facts.recipients(),
        "Påmindelse: " + facts.title() + " skal være løst senest " + facts.dueDate(),
        TaskMails.reminder(facts));
  }

  /**
   * The task is overdue: escalate it to the unit's group chief, or to the directorate where there
   * is none.
   */
  public void escalateToGroupChief(String taskId) {
    TaskFacts facts = facts(taskId);
    String group =
        facts
            .areaCode()
            .map(Groups::groupChief)
            .filter(chief -> !facts.candidateGroups().contains(chief))
            .orElse(Groups.DIRECTORATE);
    escalate(facts, group, PRIORITY_GROUP_CHIEF);
  }

  /** The task is still open a while after its due date: escalate it to the directorate. */
  public void escalateToDirectorate(String taskId) {
    escalate(facts(taskId), Groups.DIRECTORATE, PRIORITY_DIRECTORATE);
  }

  private void escalate(TaskFacts facts, String group, int priority) {
    // the directorate reads every task already (TaskGrantProvider): a READ row per task would only
    // slow its queries
    if (!TaskGrantProvider.readsEveryTask(group)
        && authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(Resources.TASK)
                .resourceId(facts.task().getId())
                .count()
            == 0) {
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.TASK);
      read.setResourceId(facts.task().getId());
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
    tasks.setPriority(facts.task().getId(), Math.max(priority, facts.task().getPriority()));
    String to = groupName(group);
    tasks.createComment(
        facts.task().getId(),
        facts.task().getProcessInstanceId(),
        "Fristen " + facts.dueDate() + " er overskredet. Opgaven er eskaleret til " + to + ".");
    mailer.send(
        emails(Set.of(group)),
        "Forfalden opgave: " + facts.title(),
        TaskMails.escalation(facts, to));
  }

  /**
   * What a mail says about a task; a task that is gone ends the watch (BPMN error OPGAVE_LUKKET).
   */
  TaskFacts facts(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new BpmnError(ERROR_TASK_CLOSED, "Opgaven " + taskId + " er lukket");
    }
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    Set<String> recipients = new LinkedHashSet<>(emails(groups));
    if (task.getAssignee() != null) {
      recipients.addAll(emails(task.getAssignee()));
    }
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    Object unitCode =
        task.getProcessInstanceId() == null
            ? null
            : runtime.getVariable(task.getProcessInstanceId(), "unitCode");
    Optional<Unit> unit =
        unitCode instanceof String code ? units.findByCode(code) : Optional.empty();
    List<String> groupNames = groups.stream().map(this::groupName).toList();
    return new TaskFacts(
        task,
        instance == null ? null : instance.getBusinessKey(),
        unit.map(Unit::getName),
        unit.map(u -> u.getArea().getCode()),
        groups,
        groupNames,
        List.copyOf(recipients),
        link(taskId),
        task.getDueDate() == null ? "" : FormValues.longDate(task.getDueDate().toInstant()));
  }

  private String link(String taskId) {
    return mailer.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  private List<String> emails(Set<String> groups) {
    List<String> addresses = new ArrayList<>();
    for (String group : groups) {
      identity
          .createUserQuery()
          .memberOfGroup(group)
          .list()
          .forEach(user -> addresses.add(user.getEmail()));
    }
    return addresses;
  }

  private List<String> emails(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? List.of() : List.of(user.getEmail());
  }

  private String groupName(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  /** Everything a mail about one task needs. */
  record TaskFacts(
      Task task,
      String businessKey,
      Optional<String> unitName,
      Optional<String> areaCode,
      Set<String> candidateGroups,
      List<String> candidateGroupNames,
      List<String> recipients,
      String link,
      String dueDate) {

    /**
     * The task's name with the unit, e.g. "Udarbejd udviklingskontrakt – Gl. Rye skole og
     * dagtilbud".
     */
    String title() {
      return task.getName() + unitName.map(name -> " – " + name).orElse("");
    }
  }
}
