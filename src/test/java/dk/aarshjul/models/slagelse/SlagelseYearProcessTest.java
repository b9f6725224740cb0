package dk.aarshjul.models.slagelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dk.aarshjul.conduct.CodesOfConduct;
import dk.aarshjul.conduct.ConductFields;
import dk.aarshjul.contract.AgreementGoalFields;
import dk.aarshjul.contract.CommonGoals;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.dialogue.InstitutionMeetingFields;
import dk.aarshjul.dialogue.InstitutionMeetingVariables;
import dk.aarshjul.dialogue.InstitutionMeetings;
import dk.aarshjul.followup.FollowUpVariables;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.EngineForms;
import dk.aarshjul.process.EngineJobs;
import dk.aarshjul.process.InvalidSubmissionException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through slagelse-year.bpmn on the Slagelse demo municipality (three standing
 * committees over nine units): a year from the council's code of conduct through the directorate's
 * common goals, every committee's dialogue meetings at its institutions and every unit's
 * udviklingsaftale to their red/yellow/green follow-up; a year with a code already in force; a year
 * started twice. Every task is completed by the user the domain names, logged in with her groups.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:slagelse-year;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=slagelse-year",
      "aarshjul.governance-model=slagelse"
    })
@Tag("own-database")
class SlagelseYearProcessTest {

  /** Each committee: its secretary and its units with their leaders (the units' group chiefs). */
  static final Map<String, String> SECRETARIES =
      Map.of(
          "boerne-og-ungeudvalget", "susie",
          "aeldreudvalget", "malene",
          "beskaeftigelsesudvalget", "dorthe");

  static final Map<String, String> LEADERS = new LinkedHashMap<>();

  static {
    LEADERS.put("soendermarksskolen", "henning");
    LEADERS.put("storebaeltsskolen", "bjarne");
    LEADERS.put("boernegaarden", "annelise");
    LEADERS.put("skovboernehuset", "jakob");
    LEADERS.put("slotsbjergby-daginstitution", "sanne");
    LEADERS.put("skaelskoer-plejecenter", "bodil");
    LEADERS.put("sygeplejen", "karina");
    LEADERS.put("slagelse-sprogcenter", "signe");
    LEADERS.put("jobcenter-slagelse", "kenneth");
  }

  static final Map<String, String> COMMITTEE_OF =
      Map.of(
          "soendermarksskolen", "boerne-og-ungeudvalget",
          "storebaeltsskolen", "boerne-og-ungeudvalget",
          "boernegaarden", "boerne-og-ungeudvalget",
          "skovboernehuset", "boerne-og-ungeudvalget",
          "slotsbjergby-daginstitution", "boerne-og-ungeudvalget",
          "skaelskoer-plejecenter", "aeldreudvalget",
          "sygeplejen", "aeldreudvalget",
          "slagelse-sprogcenter", "beskaeftigelsesudvalget",
          "jobcenter-slagelse", "beskaeftigelsesudvalget");

  /** The group chief who approves each unit's follow-up. */
  static final Map<String, String> CHIEFS =
      Map.of(
          "soendermarksskolen", "steen",
          "storebaeltsskolen", "steen",
          "boernegaarden", "anja",
          "skovboernehuset", "anja",
          "slotsbjergby-daginstitution", "anja",
          "skaelskoer-plejecenter", "gitte",
          "sygeplejen", "gitte",
          "slagelse-sprogcenter", "kurt",
          "jobcenter-slagelse", "kurt");

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired Periods periods;
  @Autowired CodesOfConduct conduct;
  @Autowired CommonGoals commonGoals;
  @Autowired InstitutionMeetings meetings;

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    // each test starts before the council has adopted any code of conduct
    jdbc.update("delete from conduct_acknowledgement");
    jdbc.update("delete from code_of_conduct_value");
    jdbc.update("delete from code_of_conduct");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRunAYearFromTheCodeOfConductToTheFollowedUpAgreements() {
    // Given no code of conduct has been adopted, and the council secretariat starts 2040
    today("2040-01-04");
    assertThat(conduct.inForceToday()).isEmpty();
    ProcessInstance year = start(2040);
    assertThat(year.getBusinessKey()).isEqualTo("2040/Slagelse");

    // Then the council's adoption of the code comes first
    assertThat(year).isWaitingAt("CallActivity_AdoptCodeOfConduct");
    Task adoption = task(2040, "Task_RegisterCodeOfConduct");
    assertThat(adoption).isNotNull();
    completeAs(
        adoption,
        "birthe",
        Variables.createVariables()
            .putValue(ConductFields.ADOPTED_ON.key(), "2040-01-03")
            .putValue(ConductFields.TITLE.key(), "Kodeks for samarbejde")
            .putValue(ConductFields.TEXT.key(), "Vi mødes med tillid og respekt for roller.")
            .putValue(
                ConductFields.VALUES,
                SpinValues.jsonValue(
                        "[{\"name\":\"Sandhed\"},{\"name\":\"Faglighed\"},{\"name\":\"Åbenhed om"
                            + " fejl\"},{\"name\":\"Udvikling og samarbejde\"}]")
                    .create()));
    runJobs();

    // When the directorate registers the year's common goals
    assertThat(year).isWaitingAt("Task_RegisterCommonGoals");
    completeAs(
        task(2040, "Task_RegisterCommonGoals"),
        "lars",
        Variables.createVariables()
            .putValueTyped(
                AgreementGoalFields.COMMON_GOALS,
                SpinValues.jsonValue(
                        "[{\"scope\":\"organisation\",\"title\":\"Én indgang for borgerne\"},"
                            + "{\"scope\":\"skoler\",\"title\":\"Flere elever i trivsel\"}]")
                    .create()));
    runJobs();

    // Then every committee holds its meetings and every unit writes its agreement, in parallel
    assertThat(businessKeys(InstitutionMeetingVariables.PROCESS_KEY))
        .containsExactlyInAnyOrder(
            "2040/Børne- og Ungeudvalget",
            "2040/Ældreudvalget",
            "2040/Beskæftigelses-, Integrations- og Erhvervsudvalget");
    List<Task> drafts = tasks(2040, "Task_DraftAgreement");
    assertThat(drafts).hasSize(9);
    // due after the meetings (aarshjul.slagelse.agreements-due, 1 October), at 16 Danish time
    assertThat(drafts)
        .extracting(Task::getDueDate)
        .containsOnly(
            java.util.Date.from(
                java.time.ZonedDateTime.of(
                        2040, 10, 1, 16, 0, 0, 0, java.time.ZoneId.of("Europe/Copenhagen"))
                    .toInstant()));

    // When each committee plans three meetings, each held at an institution with its agenda set
    plan(
        "boerne-og-ungeudvalget",
        2040,
        "soendermarksskolen",
        "storebaeltsskolen",
        "boernegaarden",
        "skovboernehuset",
        "slotsbjergby-daginstitution");
    plan("aeldreudvalget", 2040, "skaelskoer-plejecenter", "sygeplejen");
    plan("beskaeftigelsesudvalget", 2040, "slagelse-sprogcenter", "jobcenter-slagelse");
    holdEveryMeeting(2040);

    // Then each unit's open udviklingsaftale shows the minutes of its meetings with the committee,
    // though its task was created before they were held
    for (String unit : LEADERS.keySet()) {
      assertThat(
              (String)
                  engine
                      .getFormService()
                      .getTaskFormVariables(taskOfUnit(2040, "Task_DraftAgreement", unit).getId())
                      .get(ContractVariables.DIALOGUE_INFO))
          .as(unit)
          .contains("#### Dialogmøder med ", " i 2040", "**Møde på ", "Referat fra besøget hos ");
    }

    // And each unit's leader drafts its agreement, which its committee's secretariat approves
    long organisationGoal =
        commonGoals.commonGoals(periods.findBudgetYear(2040).orElseThrow().getId()).stream()
            .filter(goal -> goal.getTitle().equals("Én indgang for borgerne"))
            .findFirst()
            .orElseThrow()
            .getId();
    for (String unit : LEADERS.keySet()) {
      Task draft = taskOfUnit(2040, "Task_DraftAgreement", unit);
      assertThat(draft).isNotNull();
      completeAs(draft, LEADERS.get(unit), agreement(organisationGoal));
      Task approve = taskOfUnit(2040, "Task_ApproveContract", unit);
      assertThat(candidateGroups(approve))
          .containsExactly("udvalgssekretariat-" + COMMITTEE_OF.get(unit));
      completeAs(
          approve,
          SECRETARIES.get(COMMITTEE_OF.get(unit)),
          Variables.createVariables()
              .putValue(ContractVariables.DECISION, ContractVariables.DECISION_APPROVE));
    }
    runJobs();

    // Then the year waits for the follow-up date; there each agreement is followed up
    assertThat(year).isWaitingAt("Timer_FollowUpDue");
    EngineJobs.fireTimers(engine, "Timer_FollowUpDue");
    for (String unit : LEADERS.keySet()) {
      Task report =
          engine
              .getTaskService()
              .createTaskQuery()
              .taskDefinitionKey("Task_ReportGoalStatus")
              .taskCandidateGroup("kontraktholder-" + unit)
              .singleResult();
      assertThat(report).as(unit).isNotNull();
      completeAs(report, LEADERS.get(unit), followUp(report));
      completeAs(
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(report.getProcessInstanceId())
              .taskDefinitionKey("Task_ReviewGoalStatus")
              .singleResult(),
          CHIEFS.get(unit),
          Variables.createVariables()
              .putValue(FollowUpVariables.DECISION, FollowUpVariables.DECISION_APPROVE));
    }
    runJobs();

    // And the year is done
    assertThat(year).isEnded().hasPassed("CallActivity_AdoptCodeOfConduct", "EndEvent_YearDone");
  }

  @Test
  void shouldGoStraightToTheCommonGoalsWhenACodeIsInForce() {
    // Given a code of conduct in force
    today("2041-01-05");
    conduct.adopt("2041-01-02", "Kodeks", "Tekst", "[{\"name\":\"Sandhed\"}]", "birthe");

    // When the year 2041 starts
    ProcessInstance year = start(2041);

    // Then the directorate registers the common goals at once
    assertThat(year)
        .hasPassed("Gateway_CodeInForce")
        .hasNotPassed("CallActivity_AdoptCodeOfConduct")
        .isWaitingAt("Task_RegisterCommonGoals");
    assertThat(candidateGroups(task(2041, "Task_RegisterCommonGoals")))
        .containsExactly("direktion");
  }

  @Test
  void shouldRefuseAYearThatRunsAlready() {
    // Given 2042 has started
    today("2042-01-05");
    start(2042);

    // When it is started again, then it is refused in Danish
    assertThatThrownBy(() -> start(2042))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Årshjulet for 2042 er allerede startet.");
  }

  // ---- driving the year

  private ProcessInstance start(int year) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(SlagelseVariables.PROCESS_KEY, Map.of("year", year));
    runJobs();
    return instance;
  }

  private void plan(String committee, int year, String... units) {
    Task plan = taskOfBusinessKey(year, InstitutionMeetingVariables.TASK_PLAN, committee);
    String[] hosts = {units[0], units[units.length > 1 ? 1 : 0], units[units.length - 1]};
    StringBuilder rows = new StringBuilder("[");
    String[] dates = {year + "-03-10", year + "-06-09", year + "-10-06"};
    for (int i = 0; i < 3; i++) {
      rows.append(i == 0 ? "" : ",")
          .append("{\"date\":\"")
          .append(dates[i])
          .append("\",\"host\":\"")
          .append(hosts[i])
          .append("\",\"invited\":[");
      // the first meeting invites every unit: each has access to the dialogue
      for (int u = 0; u < units.length && i == 0; u++) {
        rows.append(u == 0 ? "" : ",").append('"').append(units[u]).append('"');
      }
      rows.append("],\"guests\":null}");
    }
    rows.append(']');
    completeAs(
        plan,
        SECRETARIES.get(committee),
        Variables.createVariables()
            .putValue(
                InstitutionMeetingFields.MEETINGS, SpinValues.jsonValue(rows.toString()).create()));
    runJobs();
  }

  private void holdEveryMeeting(int year) {
    for (Task agenda : tasks(year, InstitutionMeetingVariables.TASK_AGENDA)) {
      long meetingId = meetingId(agenda);
      String committee = meetings.meeting(meetingId).getCommittee().getCode();
      completeAs(
          agenda,
          SECRETARIES.get(committee),
          Variables.createVariables()
              .putValue(
                  InstitutionMeetingFields.AGENDA,
                  SpinValues.jsonValue("[{\"title\":\"Dialog om kerneopgaven\"}]").create())
              .putValue(InstitutionMeetingFields.NOTHING_AT_STAKE.key(), true));
      Task present = taskOfMeeting(year, InstitutionMeetingVariables.TASK_PRESENT, meetingId);
      String host = meetings.visit(meetingId).getHostUnit().getCode();
      completeAs(
          present,
          LEADERS.get(host),
          Variables.createVariables()
              .putValue(InstitutionMeetingFields.PRESENTER.key(), "Lederen")
              .putValue(InstitutionMeetingFields.PRESENTATION.key(), "Rundvisning")
              .putValue(InstitutionMeetingFields.ACKNOWLEDGE.key(), true));
    }
    today(year + "-12-01");
    EngineJobs.fireTimers(engine, InstitutionMeetingVariables.TIMER_MEETING_DAY);
    for (Task register : tasks(year, InstitutionMeetingVariables.TASK_REGISTER)) {
      long meetingId = meetingId(register);
      String committee = meetings.meeting(meetingId).getCommittee().getCode();
      String host = meetings.visit(meetingId).getHostUnit().getCode();
      completeAs(
          register,
          SECRETARIES.get(committee),
          Variables.createVariables()
              .putValue(
                  InstitutionMeetingFields.HELD_ON.key(),
                  meetings.meeting(meetingId).getPlannedDate().toString())
              .putValue(
                  InstitutionMeetingFields.ATTENDEES.key(),
                  SpinValues.jsonValue("[\"" + LEADERS.get(host) + "\"]").create())
              .putValue(InstitutionMeetingFields.MINUTES.key(), "Referat fra besøget hos " + host));
    }
    runJobs();
  }

  private static VariableMap agreement(long commonGoalId) {
    return Variables.createVariables()
        .putValueTyped(
            ContractVariables.GOALS,
            SpinValues.jsonValue(
                    ("[{\"kind\":\"ledelse\",\"title\":\"Færre sygedage\",\"purpose\":\"Et godt"
                            + " arbejdsmiljø\",\"effectFollowUp\":\"Sygefravær i procent\"},"
                            + "{\"kind\":\"faelles\",\"commonGoal\":\"%d\",\"title\":\"Én indgang\","
                            + "\"purpose\":\"Borgeren oplever én kommune\",\"effectFollowUp\":"
                            + "\"Borgernes vurdering\"}]")
                        .formatted(commonGoalId))
                .create());
  }

  private VariableMap followUp(Task report) {
    com.fasterxml.jackson.databind.node.ArrayNode statuses;
    try {
      statuses =
          (com.fasterxml.jackson.databind.node.ArrayNode)
              new com.fasterxml.jackson.databind.ObjectMapper()
                  .readTree(
                      engine
                          .getFormService()
                          .getTaskFormVariables(report.getId())
                          .get(FollowUpVariables.GOAL_STATUSES)
                          .toString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    String[] colours = {"groen", "gul"};
    for (int i = 0; i < statuses.size(); i++) {
      com.fasterxml.jackson.databind.node.ObjectNode row =
          (com.fasterxml.jackson.databind.node.ObjectNode) statuses.get(i);
      row.put(FollowUpVariables.ENTRY_COLOUR, colours[i % 2]);
      row.put(FollowUpVariables.ENTRY_EFFECT, "Virkning for borgerne");
    }
    return Variables.createVariables()
        .putValueTyped(
            FollowUpVariables.GOAL_STATUSES, SpinValues.jsonValue(statuses.toString()).create());
  }

  private void completeAs(Task task, String userId, Map<String, Object> values) {
    identity.setAuthentication(
        userId,
        identity.createGroupQuery().groupMember(userId).list().stream()
            .map(group -> group.getId())
            .toList());
    try {
      engine.getTaskService().claim(task.getId(), userId);
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
    runJobs();
  }

  private void runJobs() {
    EngineJobs.runJobs(engine);
  }

  private List<String> businessKeys(String processKey) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .list()
        .stream()
        .map(ProcessInstance::getBusinessKey)
        .toList();
  }

  private List<Task> tasks(int year, String definitionKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKey(definitionKey)
        .processInstanceBusinessKeyLike(year + "/%")
        .list();
  }

  private Task task(int year, String definitionKey) {
    List<Task> tasks = tasks(year, definitionKey);
    assertThat(tasks).as(definitionKey).hasSize(1);
    return tasks.get(0);
  }

  private Task taskOfBusinessKey(int year, String definitionKey, String committeeCode) {
    String name =
        switch (committeeCode) {
          case "boerne-og-ungeudvalget" -> "Børne- og Ungeudvalget";
          case "aeldreudvalget" -> "Ældreudvalget";
          default -> "Beskæftigelses-, Integrations- og Erhvervsudvalget";
        };
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKey(definitionKey)
        .processInstanceBusinessKey(year + "/" + name)
        .singleResult();
  }

  private Task taskOfUnit(int year, String definitionKey, String unitCode) {
    return tasks(year, definitionKey).stream()
        .filter(
            task -> unitCode.equals(engine.getTaskService().getVariable(task.getId(), "unitCode")))
        .findFirst()
        .orElse(null);
  }

  private Task taskOfMeeting(int year, String definitionKey, long meetingId) {
    return tasks(year, definitionKey).stream()
        .filter(task -> meetingId(task) == meetingId)
        .findFirst()
        .orElseThrow();
  }

  private long meetingId(Task task) {
    return EngineForms.idVariable(engine, task.getId(), InstitutionMeetingVariables.MEETING_ID);
  }

  private List<String> candidateGroups(Task task) {
    return EngineForms.candidateGroups(engine, task.getId());
  }

  private static void today(String day) {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
  }
}
