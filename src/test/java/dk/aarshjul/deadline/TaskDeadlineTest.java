package dk.aarshjul.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.process.FormValues;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Deadlines, reminders, escalation and mail for a user task, with an embedded SMTP server
 * (GreenMail) and the engine clock: the draft of Gl. Rye's contract, due on the DUS contract
 * deadline.
 */
@SpringBootTest(
    properties = {
      "aarshjul.mail.enabled=true",
      "aarshjul.mail.base-url=https://aarshjul.kommune.example"
    })
class TaskDeadlineTest {

  private static final int SMTP_PORT = freePort();
  private static GreenMail smtp;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired ContractTestData testData;
  @Autowired LegacyDeadlineWatches legacyWatches;

  int year;
  LocalDate contractDeadline;
  Task draft;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeAll
  static void startMailServer() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopMailServer() {
    smtp.stop();
  }

  @BeforeEach
  void contractDrafting() throws Exception {
    AbstractAssertions.init(engine);
    smtp.purgeEmailFromAllMailboxes();
    // Given a year whose DUS sets the contract deadline to 15 June, and Gl. Rye's contract is
    // started
    year =
        testData.newYear(
            cycleYear ->
                cycleYear.replaceDates(
                    dk.aarshjul.period.PeriodDateKind.CONTRACT_DEADLINE,
                    java.util.List.of(
                        dk.aarshjul.period.Period.DateEntry.on(
                            LocalDate.of(testYearOf(cycleYear), 6, 15)))));
    contractDeadline = LocalDate.of(year, 6, 15);
    ClockUtil.setCurrentTime(date(LocalDate.of(year, 3, 1), 9));
    ProcessInstance contract =
        runtimeService.startProcessInstanceByKey(
            ContractVariables.PROCESS_KEY,
            Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, "gl-rye"));
    draft = taskService.createTaskQuery().processInstanceId(contract.getId()).singleResult();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldGiveTheDraftTheContractDeadlineOfTheDus() {
    // Then the draft is due on the DUS contract deadline at 16:00 Danish time
    assertThat(draft.getDueDate()).isEqualTo(date(contractDeadline, 16));
  }

  @Test
  void shouldGiveEveryUserTaskOfEveryModelADueDate() throws IOException {
    // Then no user task of any of Årshjul's models is without a due date
    List<Path> models;
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      models = files.filter(file -> file.toString().endsWith(".bpmn")).toList();
    }
    assertThat(models).hasSizeGreaterThan(8);
    int userTasks = 0;
    for (Path model : models) {
      for (UserTask task :
          Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaDueDate())
            .as(model.getFileName() + "/" + task.getId())
            .isNotBlank();
        userTasks++;
      }
    }
    assertThat(userTasks).isEqualTo(49);
  }

  @Test
  void shouldMailTheCandidateGroupWithDueDateAndLinkWhenTaskIsCreated() throws Exception {
    // When the draft's first deadline step runs (the job executor would run it at once)
    assertThat(stepOf(draft)).isEqualTo(DeadlineStep.NOTIFY);
    executeJob(draft);

    // Then Mette, contract holder of Gl. Rye, gets one Danish mail with the unit, the due date and
    // a direct link
    MimeMessage mail = onlyMail();
    assertThat(recipients(mail)).containsExactly("mette@aarshjul.example");
    assertThat(mail.getSubject())
        .isEqualTo("Ny opgave i Årshjul: Udarbejd udviklingskontrakt – Gl. Rye skole og dagtilbud");
    assertThat(body(mail))
        .contains(
            "Enhed: Gl. Rye skole og dagtilbud",
            "Frist: 15. juni " + year,
            "https://aarshjul.kommune.example/camunda/app/tasklist/default/#/?task="
                + draft.getId());
    assertThat(stepOf(draft)).isEqualTo(DeadlineStep.REMIND);
  }

  @Test
  void shouldRemindThreeDaysBeforeTheDueDate() throws Exception {
    // Given the new-task mail is sent
    executeJob(draft);
    smtp.purgeEmailFromAllMailboxes();

    // When the engine clock reaches 12 June, 16:00 (three days before the deadline)
    fireTimer(draft, date(contractDeadline.minusDays(3), 16));

    // Then Mette is reminded (the mail is kept in target/mails/ for reading)
    MimeMessage mail = onlyMail();
    Files.createDirectories(Path.of("target/mails"));
    Files.writeString(
        Path.of("target/mails/paamindelse.txt"),
        "Til: " + recipients(mail) + "\nEmne: " + mail.getSubject() + "\n\n" + body(mail));
    assertThat(recipients(mail)).containsExactly("mette@aarshjul.example");
    assertThat(mail.getSubject())
        .isEqualTo(
            "Påmindelse: Udarbejd udviklingskontrakt – Gl. Rye skole og dagtilbud "
                + "skal være løst senest 15. juni "
                + year);
    assertThat(stepOf(draft)).isEqualTo(DeadlineStep.ESCALATE_TO_GROUP_CHIEF);
  }

  @Test
  void shouldSkipTheReminderButStillEscalateWhenTheTaskArrivesTooLateForOne() throws Exception {
    // Given Niels Ebbesen's contract is started on 12 June at 17:00, an hour after a reminder for
    // the 15 June
    // deadline would have gone out
    ClockUtil.setCurrentTime(date(contractDeadline.minusDays(3), 17));
    ProcessInstance contract =
        runtimeService.startProcessInstanceByKey(
            ContractVariables.PROCESS_KEY,
            Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, "niels-ebbesen"));
    Task lateDraft =
        taskService.createTaskQuery().processInstanceId(contract.getId()).singleResult();
    assertThat(lateDraft.getDueDate()).isEqualTo(date(contractDeadline, 16));

    // When the new-task mail is sent to Peter, the contract holder
    executeJob(lateDraft);
    assertThat(recipients(onlyMail())).containsExactly("peter@aarshjul.example");
    smtp.purgeEmailFromAllMailboxes();

    // Then no reminder is planned: the next step is the escalation at the deadline itself
    assertThat(stepOf(lateDraft)).isEqualTo(DeadlineStep.ESCALATE_TO_GROUP_CHIEF);

    // And when the deadline passes with the draft still open, Henrik (group chief of Børn og Unge)
    // is told
    fireTimer(lateDraft, date(contractDeadline, 16));
    assertThat(recipients(onlyMail())).containsExactly("henrik@aarshjul.example");
    assertThat(stepOf(lateDraft)).isEqualTo(DeadlineStep.ESCALATE_TO_DIRECTORATE);
  }

  @Test
  void shouldEscalateOverdueTaskToGroupChiefThenToDirectorate() throws Exception {
    // Given the new-task mail and the reminder are sent
    executeJob(draft);
    fireTimer(draft, date(contractDeadline.minusDays(3), 16));
    smtp.purgeEmailFromAllMailboxes();

    // When the deadline passes with the draft still open
    fireTimer(draft, date(contractDeadline, 16));

    // Then Henrik (group chief of Børn og Unge) is told, may read the task, and sees it in
    // "Eskalerede opgaver"
    MimeMessage chiefMail = onlyMail();
    assertThat(recipients(chiefMail)).containsExactly("henrik@aarshjul.example");
    assertThat(chiefMail.getSubject())
        .isEqualTo("Forfalden opgave: Udarbejd udviklingskontrakt – Gl. Rye skole og dagtilbud");
    assertThat(body(chiefMail))
        .contains(
            "eskaleret til Koncernchef Børn og Unge",
            "Opgaven ligger hos: Kontraktholder Gl. Rye skole og dagtilbud");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getPriority())
        .isEqualTo(TaskDeadlineService.PRIORITY_GROUP_CHIEF);
    assertThat(readable("henrik", draft.getId())).isTrue();
    assertThat(escalatedTasksOf("henrik")).contains(draft.getId());
    assertThat(escalatedTasksOf("susanne")).doesNotContain(draft.getId());
    assertThat(taskService.getTaskComments(draft.getId()))
        .extracting(c -> c.getFullMessage())
        .containsExactly(
            "Fristen 15. juni "
                + year
                + " er overskredet. Opgaven er eskaleret til Koncernchef Børn og Unge.");
    // but reading is all: the chief cannot complete the holder's draft
    assertThat(
            authorizationService.isUserAuthorized(
                "henrik", groupsOf("henrik"), Permissions.TASK_WORK, Resources.TASK, draft.getId()))
        .isFalse();
    smtp.purgeEmailFromAllMailboxes();

    // When it is still open seven days later
    fireTimer(draft, date(contractDeadline.plusDays(7), 16));

    // Then the directorate (Jens and Karen) is told and the task has the highest priority
    assertThat(recipients(onlyMail()))
        .containsExactlyInAnyOrder("jens@aarshjul.example", "karen@aarshjul.example");
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getPriority())
        .isEqualTo(TaskDeadlineService.PRIORITY_DIRECTORATE);
    // and the deadline has run its course: no further step
    assertThat(deadlineJobsOf(draft)).isEmpty();
  }

  @Test
  void shouldEndTheWatchWhenTheTaskIsCompleted() {
    // Given the draft's deadline waits for its first step
    assertThat(deadlineJobsOf(draft)).hasSize(1);

    // When Mette submits the draft, logged in as Tasklist logs her in (she may not touch the watch
    // herself)
    identityService.setAuthentication("mette", groupsOf("mette"));
    try {
      formService.submitTaskForm(
          draft.getId(),
          Map.of(
              ContractVariables.GOALS,
              org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                      ContractTestData.completeGoals())
                  .create(),
              ContractVariables.LEADERSHIP_SPAN,
              "1:20"));
      // and she is still logged in afterwards
      assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("mette");
    } finally {
      identityService.clearAuthentication();
    }

    // Then its deadline ends (no reminder or escalation will come) and each new hearing task has
    // its own
    assertThat(deadlineJobsOf(draft)).isEmpty();
    List<Task> hearings =
        taskService.createTaskQuery().processInstanceId(draft.getProcessInstanceId()).list();
    assertThat(hearings).hasSize(2);
    for (Task hearing : hearings) {
      assertThat(stepOf(hearing)).isEqualTo(DeadlineStep.NOTIFY);
    }
  }

  @Test
  void shouldSendNoReminderWhenTheTaskWasCompletedWhileItsStepRan() throws Exception {
    // Given the new-task mail is sent, and another node has just picked up the reminder (the job
    // is locked by it) when Mette submits her draft
    executeJob(draft);
    smtp.purgeEmailFromAllMailboxes();
    String reminder = deadlineJobsOf(draft).get(0).getId();
    lock(reminder, "anden-node");
    submitDraft();
    assertThat(managementService.createJobQuery().jobId(reminder).count()).isEqualTo(1);

    // When that node's lock runs out and the reminder runs three days before the deadline
    lock(reminder, null);
    ClockUtil.setCurrentTime(date(contractDeadline.minusDays(3), 17));
    managementService.executeJob(reminder);

    // Then nobody is reminded of a task that is done, no incident shows in Cockpit, and nothing
    // more is planned for it
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(
            runtimeService
                .createIncidentQuery()
                .processInstanceId(draft.getProcessInstanceId())
                .count())
        .isZero();
    assertThat(deadlineJobsOf(draft)).isEmpty();
  }

  @Test
  void shouldEndTheDeadlineWithTheProcessInstanceCancelledInCockpit() {
    // Given the draft's deadline waits
    assertThat(deadlineJobsOf(draft)).hasSize(1);

    // When an administrator cancels Gl. Rye's contract in Cockpit with "skip custom listeners"
    // ticked
    runtimeService.deleteProcessInstance(
        draft.getProcessInstanceId(), "Annulleret i Cockpit", true);

    // Then the deadline is gone with it: no reminder or escalation will come
    assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isZero();
    assertThat(deadlineJobsOf(draft)).isEmpty();
  }

  @Test
  void shouldMoveTheWatchOfAnOlderReleaseToTheTasksDeadline() throws Exception {
    // Given a database from release 0.1.0: the draft has no deadline job but is watched by a
    // task-deadline.bpmn instance waiting for the reminder
    for (Job job : deadlineJobsOf(draft)) {
      managementService.deleteJob(job.getId());
    }
    String release010 =
        repositoryService
            .createDeployment()
            .name("Årshjul 0.1.0")
            .addClasspathResource("legacy/task-deadline.bpmn")
            .deploy()
            .getId();
    try {
      ProcessInstance watch =
          runtimeService
              .createProcessInstanceByKey("task-deadline")
              .businessKey(draft.getId())
              .setVariable("dueAt", date(contractDeadline, 16))
              .startBeforeActivity("TimerEvent_ReminderDue")
              .execute();

      // When the new release starts on it
      assertThat(legacyWatches.moveAll()).isEqualTo(1);

      // Then the watch has ended, and the draft's deadline waits for the same reminder
      assertThat(watch).isEnded();
      assertThat(stepOf(draft)).isEqualTo(DeadlineStep.REMIND);
      // which reminds Mette on 12 June as before, and escalates on the deadline after that
      fireTimer(draft, date(contractDeadline.minusDays(3), 16));
      assertThat(recipients(onlyMail())).containsExactly("mette@aarshjul.example");
      assertThat(stepOf(draft)).isEqualTo(DeadlineStep.ESCALATE_TO_GROUP_CHIEF);
      assertThat(legacyWatches.moveAll()).isZero();
    } finally {
      repositoryService.deleteDeployment(release010, true);
    }
  }

  @Test
  void shouldLoseNoMailWhileTheMailServerIsDown() throws Exception {
    // Given the mail server is down when the new-task mail is due
    smtp.stop();
    try {
      // When the job runs, it fails and is kept for a later retry: no incident, nothing lost
      assertThatThrownBy(() -> executeJob(draft)).hasMessageContaining("Mail");
      Job job = deadlineJobsOf(draft).get(0);
      // six retries after the first attempt (PT1M, PT5M, PT15M, PT1H, PT4H, PT8H: 13 hours in all)
      assertThat(job.getRetries()).isEqualTo(6);
      assertThat(job.getExceptionMessage()).isNotBlank();
      assertThat(job.getDuedate()).isAfter(ClockUtil.getCurrentTime());
      assertThat(
              runtimeService
                  .createIncidentQuery()
                  .processInstanceId(draft.getProcessInstanceId())
                  .count())
          .isZero();

      // And it fails again while the server stays down
      assertThatThrownBy(() -> executeJob(draft)).hasMessageContaining("Mail");
      assertThat(deadlineJobsOf(draft).get(0).getRetries()).isEqualTo(5);
    } finally {
      smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }

    // Then when the server is back, the retry delivers the mail exactly once
    executeJob(draft);
    assertThat(recipients(onlyMail())).containsExactly("mette@aarshjul.example");
    assertThat(stepOf(draft)).isEqualTo(DeadlineStep.REMIND);
  }

  @Test
  void shouldShowIncidentInCockpitWhenAllRetriesAreSpent() {
    // Given the mail server is down for good
    smtp.stop();
    String mailJob = deadlineJobsOf(draft).get(0).getId();
    try {
      // When the first attempt and all six retries fail
      for (int attempt = 1; attempt <= 7; attempt++) {
        assertThatThrownBy(() -> executeJob(draft)).hasMessageContaining("Mail");
      }

      // Then an incident shows on Gl. Rye's contract in Cockpit, for the mail job an administrator
      // retries there, and the task itself is untouched
      var incident =
          runtimeService
              .createIncidentQuery()
              .processInstanceId(draft.getProcessInstanceId())
              .singleResult();
      assertThat(incident.getIncidentType()).isEqualTo("failedJob");
      assertThat(incident.getConfiguration()).isEqualTo(mailJob);
      assertThat(incident.getIncidentMessage()).contains("Mail");
      assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isEqualTo(1);
    } finally {
      // the incident stays out of the other tests' way (they share the database)
      managementService.deleteJob(mailJob);
      smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
  }

  @Test
  void shouldCompleteTaskWhileTheMailServerIsDown() {
    // Given the mail server is down
    smtp.stop();
    try {
      // When Mette submits her draft (which creates the hearing tasks and their mail jobs)
      formService.submitTaskForm(
          draft.getId(),
          Map.of(
              ContractVariables.GOALS,
              org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                      ContractTestData.completeGoals())
                  .create(),
              ContractVariables.LEADERSHIP_SPAN,
              "1:20"));

      // Then her completion stands; the mails wait in their jobs
      assertThat(taskService.createTaskQuery().taskId(draft.getId()).count()).isZero();
      List<Task> hearings =
          taskService.createTaskQuery().processInstanceId(draft.getProcessInstanceId()).list();
      assertThat(hearings).hasSize(2);
      hearings.forEach(hearing -> assertThat(stepOf(hearing)).isEqualTo(DeadlineStep.NOTIFY));
    } finally {
      smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
  }

  @Test
  void shouldListTheTaskInTheDeadlineFiltersOfItsGroup() {
    // Given ten days before the deadline, the draft is due within 14 days and not overdue
    ClockUtil.setCurrentTime(date(contractDeadline.minusDays(10), 9));
    assertThat(filtered("mette", "Forfalder inden 14 dage")).contains(draft.getId());
    assertThat(filtered("mette", "Forfaldne")).doesNotContain(draft.getId());
    // and another unit's holder sees it in neither
    assertThat(filtered("peter", "Forfalder inden 14 dage")).doesNotContain(draft.getId());

    // When the deadline has passed
    ClockUtil.setCurrentTime(date(contractDeadline.plusDays(1), 9));

    // Then it is overdue for Mette
    assertThat(filtered("mette", "Forfaldne")).contains(draft.getId());
    assertThat(filtered("mette", "Forfalder inden 14 dage")).doesNotContain(draft.getId());
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------------------

  /** The task's waiting deadline jobs (one at a time). */
  private List<JobEntity> deadlineJobsOf(Task task) {
    return managementService
        .createJobQuery()
        .processInstanceId(task.getProcessInstanceId())
        .list()
        .stream()
        .map(JobEntity.class::cast)
        .filter(job -> DeadlineJobHandler.TYPE.equals(job.getJobHandlerType()))
        .filter(job -> job.getJobHandlerConfigurationRaw().startsWith(task.getId() + "|"))
        .toList();
  }

  /** The step the task's deadline waits for. */
  private DeadlineStep stepOf(Task task) {
    List<JobEntity> jobs = deadlineJobsOf(task);
    assertThat(jobs).as("deadline of " + task.getName()).hasSize(1);
    return DeadlineJobHandler.Configuration.parse(jobs.get(0).getJobHandlerConfigurationRaw())
        .step();
  }

  private void executeJob(Task task) {
    managementService.executeJob(deadlineJobsOf(task).get(0).getId());
  }

  /** Moves the engine clock to the step's time and runs it. */
  private void fireTimer(Task task, Date at) {
    Job step = deadlineJobsOf(task).get(0);
    assertThat(step.getDuedate()).isEqualTo(at);
    ClockUtil.setCurrentTime(new Date(at.getTime() + 60_000));
    managementService.executeJob(step.getId());
  }

  /** Locks the job for a node of the job executor, or unlocks it. */
  private void lock(String jobId, String owner) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              JobEntity job = context.getJobManager().findJobById(jobId);
              job.setLockOwner(owner);
              job.setLockExpirationTime(
                  owner == null ? null : new Date(ClockUtil.getCurrentTime().getTime() + 300_000));
              return null;
            });
  }

  private void submitDraft() {
    formService.submitTaskForm(
        draft.getId(),
        Map.of(
            ContractVariables.GOALS,
            org.camunda.spin.plugin.variable.SpinValues.jsonValue(ContractTestData.completeGoals())
                .create(),
            ContractVariables.LEADERSHIP_SPAN,
            "1:20"));
  }

  private MimeMessage onlyMail() {
    smtp.waitForIncomingEmail(5_000, 1);
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(recipientCount(mails));
    return mails[0];
  }

  /** GreenMail keeps one copy per recipient: all copies must be the same mail. */
  private static int recipientCount(MimeMessage[] mails) {
    try {
      return mails.length == 0 ? 1 : mails[0].getRecipients(Message.RecipientType.TO).length;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String body(MimeMessage mail) throws Exception {
    return (String) mail.getContent();
  }

  private static List<String> recipients(MimeMessage mail) throws Exception {
    return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
        .map(Object::toString)
        .toList();
  }

  private boolean readable(String userId, String taskId) {
    return authorizationService.isUserAuthorized(
        userId, groupsOf(userId), Permissions.READ, Resources.TASK, taskId);
  }

  private List<String> escalatedTasksOf(String userId) {
    return filtered(userId, "Eskalerede opgaver");
  }

  /** The tasks a shared Tasklist filter lists for the user. */
  private List<String> filtered(String userId, String filterName) {
    String filterId =
        filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    identityService.setAuthentication(userId, groupsOf(userId));
    try {
      return filterService.<Task>listPage(filterId, 0, 100).stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  private static Date date(LocalDate day, int hour) {
    return Date.from(ZonedDateTime.of(day.atTime(hour, 0), FormValues.DENMARK).toInstant());
  }

  private static int testYearOf(dk.aarshjul.period.Period cycleYear) {
    return cycleYear.getYear();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
