package dk.aarshjul.deadline;

import dk.aarshjul.access.TaskGrantProvider;
import dk.aarshjul.deadline.DeadlineJobHandler.ScheduledStep;
import dk.aarshjul.mail.Mailer;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.process.FormValues;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Deadlines of user tasks: every task gets a chain of deadline jobs ({@link DeadlineJobHandler}),
 * which mail the candidate group when the task is created, remind them before the due date, and
 * escalate an overdue task to the unit's group chief and then to the directorate. An escalation
 * raises the task's priority, lets the escalation group read the task (the Tasklist filter
 * "Eskalerede opgaver") and leaves a comment on the task.
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
   * The first step of a new task's deadline: the new-task mail at once, or, when mail is off, the
   * next step that does more than mail.
   */
  ScheduledStep first(Date due) {
    Date now = ClockUtil.getCurrentTime();
    return mailer.enabled()
        ? new ScheduledStep(DeadlineStep.NOTIFY, now)
        : next(DeadlineStep.NOTIFY, due).orElseThrow();
  }

  /**
   * The step after {@code done} for a task due at {@code due}: the reminder when it is still ahead
   * and mail is on, else the escalations.
   */
  Optional<ScheduledStep> next(DeadlineStep done, Date due) {
    return switch (done) {
      case NOTIFY ->
          Optional.of(
              mailer.enabled() && deadlines.remindsBefore(due)
                  ? new ScheduledStep(DeadlineStep.REMIND, deadlines.reminderAt(due))
                  : new ScheduledStep(DeadlineStep.ESCALATE_TO_GROUP_CHIEF, due));
      case REMIND -> Optional.of(new ScheduledStep(DeadlineStep.ESCALATE_TO_GROUP_CHIEF, due));
      case ESCALATE_TO_GROUP_CHIEF ->
          Optional.of(
              new ScheduledStep(DeadlineStep.ESCALATE_TO_DIRECTORATE, deadlines.escalateAt(due)));
      case ESCALATE_TO_DIRECTORATE -> Optional.empty();
    };
  }

  /** The task's due date, or the default period when the model sets none. */
  Date dueOf(Date taskDueDate) {
    return taskDueDate != null ? taskDueDate : deadlines.after("standard");
  }

  /**
   * Performs one step for the task; false when the task is gone (completed or deleted), so its
   * deadline ends there without mail.
   */
  boolean perform(DeadlineStep step, String taskId) {
    Optional<TaskFacts> facts = facts(taskId);
    if (facts.isEmpty()) {
      return false;
    }
    switch (step) {
      case NOTIFY -> notifyNewTask(facts.get());
      case REMIND -> remind(facts.get());
      case ESCALATE_TO_GROUP_CHIEF -> escalateToGroupChief(facts.get());
      case ESCALATE_TO_DIRECTORATE ->
          escalate(facts.get(), Groups.DIRECTORATE, PRIORITY_DIRECTORATE);
    }
    return true;
  }

  /** Mails the candidate group (and the assignee) about the new task. */
  private void notifyNewTask(TaskFacts facts) {
    mailer.send(
        facts.recipients(), "Ny opgave i Årshjul: " + facts.title(), TaskMails.newTask(facts));
  }

  /** Reminds the candidate group (and the assignee) that the due date is near. */
  private void remind(TaskFacts facts) {
    mailer.send(
        facts.recipients(),
        "Påmindelse: " + facts.title() + " skal være løst senest " + facts.dueDate(),
        TaskMails.reminder(facts));
  }

  /**
   * The task is overdue: escalate it to the unit's group chief, or to the directorate where there
   * is none.
   */
  private void escalateToGroupChief(TaskFacts facts) {
    String group =
        facts
            .areaCode()
            .map(Groups::groupChief)
            .filter(chief -> !facts.candidateGroups().contains(chief))
            .orElse(Groups.DIRECTORATE);
    escalate(facts, group, PRIORITY_GROUP_CHIEF);
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

  /** What a mail says about a task; empty when the task is gone. */
  Optional<TaskFacts> facts(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Optional.empty();
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
    return Optional.of(
        new TaskFacts(
            task,
            instance == null ? null : instance.getBusinessKey(),
            unit.map(Unit::getName),
            unit.map(u -> u.getArea().getCode()),
            groups,
            groupNames,
            List.copyOf(recipients),
            link(taskId),
            task.getDueDate() == null ? "" : FormValues.longDate(task.getDueDate().toInstant())));
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
