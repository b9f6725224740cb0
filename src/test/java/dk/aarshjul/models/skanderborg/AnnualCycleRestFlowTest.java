package dk.aarshjul.models.skanderborg;

import static dk.aarshjul.process.EngineRest.jsonValue;
import static dk.aarshjul.process.EngineRest.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.contract.ContractRepository;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractStatus;
import dk.aarshjul.contract.ContractVersion;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.dialogue.DialogueMeeting;
import dk.aarshjul.dialogue.DialogueMeetings;
import dk.aarshjul.dialogue.DialogueService;
import dk.aarshjul.dialogue.MeetingStatus;
import dk.aarshjul.process.EngineRest;
import dk.aarshjul.reporting.RollUpService;
import dk.aarshjul.reporting.StatusRollup;
import dk.aarshjul.reporting.YearEndReportService;
import dk.aarshjul.theme.ThemeMeetingService;
import dk.aarshjul.tracks.DusTestData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole Skanderborg year for three units, driven through engine-rest exactly as Tasklist does
 * (find the task, fetch its form variables, submit the form) and with jobs and timers driven
 * explicitly. Runs on its own database where only three units are active.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:annual-cycle-year;DB_CLOSE_DELAY=-1")
@org.junit.jupiter.api.Tag("own-database")
class AnnualCycleRestFlowTest {

  /**
   * Within the contract start form's range (2020–2100), which a start by hand is checked against.
   */
  static final int YEAR = 2100;

  static final List<String> UNITS = List.of("aeldrecenter-ry", "dagtilbud-ry", "gl-rye");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired ContractRepository contracts;
  @Autowired ContractService contractService;
  @Autowired GoalOverviewService overviews;
  @Autowired ThemeMeetingService themeMeetings;
  @Autowired RollUpService rollUps;
  @Autowired YearEndReportService yearEndReports;
  @Autowired DialogueMeetings dialogueMeetings;
  @Autowired DialogueService dialogues;
  @Autowired dk.aarshjul.organisation.UnitRepository units;

  @BeforeEach
  void onlyThreeActiveUnits() {
    AbstractAssertions.init(engine);
    jdbc.update(
        "update unit set active = false where code not in ('gl-rye', 'dagtilbud-ry', 'aeldrecenter-ry')");
  }

  /**
   * engine-rest needs a user: these flow tests act as the administrator, the authorization tests as
   * each role.
   */
  @BeforeEach
  void authenticate() {
    rest = rest.withBasicAuth("admin", EngineRest.DEMO_PASSWORD);
  }

  @Test
  void shouldRunWholeYearForThreeUnitsThroughEngineRest() throws Exception {
    // Given the directorate starts the year from Tasklist
    String definitionId =
        get("/engine-rest/process-definition/key/skanderborg-annual-cycle").get("id").asText();
    assertThat(
            get("/engine-rest/process-definition/" + definitionId + "/deployed-start-form")
                .toString())
        .contains("\"year\"");
    JsonNode started =
        post(
            "/engine-rest/process-definition/" + definitionId + "/submit-form", vars("year", YEAR));
    ProcessInstance cycle =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(started.get("id").asText())
            .singleResult();
    assertThat(cycle.getBusinessKey()).isEqualTo(YEAR + "/Skanderborg-modellen");
    ResponseEntity<String> twice =
        rest.postForEntity(
            "/engine-rest/process-definition/" + definitionId + "/submit-form",
            vars("year", YEAR),
            String.class);
    assertThat(twice.getStatusCode().value()).isEqualTo(400);
    assertThat(twice.getBody()).contains("Årshjulet for " + YEAR + " er allerede startet");

    // 1. The council secretariat registers the theme meeting
    assertThat(cycle).isWaitingAt("CallActivity_ThemeMeeting");
    String themeTask = onlyTask("byraadssekretariat", "Registrér temamøde");
    ArrayNode themes = json.createArrayNode();
    themes
        .addObject()
        .put("kind", "dilemma")
        .put("title", "Velfærd med færre hænder")
        .put("description", "Rekruttering");
    themes
        .addObject()
        .put("kind", "tema")
        .put("title", "Bæredygtig omstilling")
        .put("description", "Klima");
    submit(
        themeTask,
        vars(
            "meetingDate",
            (YEAR - 1) + "-11-14",
            "politicalDirection",
            "Borgernær velfærd og grøn omstilling",
            "themes",
            jsonValue(themes)));

    // 2. The directorate drafts the DUS (seeing the council's direction) and publishes it
    assertThat(cycle).isWaitingAt("CallActivity_DirectorateTracks");
    String dusTask = onlyTask("direktion", "Udarbejd udviklingsspor og krav");
    assertThat(formVariables(dusTask).get("backgroundInfo").get("value").asText())
        .contains("Borgernær velfærd og grøn omstilling");
    submit(dusTask, dus());
    submit(onlyTask("direktion", "Godkend og udgiv DUS"), vars("decision", "udgiv"));

    // A contract holder cannot start a contract by hand for a year the annual cycle runs
    String contractDefinitionId =
        get("/engine-rest/process-definition/key/development-contract").get("id").asText();
    ResponseEntity<String> byHand =
        rest.postForEntity(
            "/engine-rest/process-definition/" + contractDefinitionId + "/submit-form",
            vars("year", YEAR, "unitCode", "gl-rye"),
            String.class);
    assertThat(byHand.getStatusCode().value()).isEqualTo(400);
    assertThat(byHand.getBody()).contains("startes af årshjulet");

    // 3. One development-contract instance per active unit, each started by its own job
    assertThat(cycle).isWaitingAt("CallActivity_DevelopmentContracts#multiInstanceBody");
    runAsyncJobs();
    assertThat(cycle).isWaitingAt("CallActivity_DevelopmentContracts");
    List<String> contractKeys =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("development-contract")
            .superProcessInstanceId(cycle.getId())
            .list()
            .stream()
            .map(ProcessInstance::getBusinessKey)
            .sorted()
            .toList();
    assertThat(contractKeys)
        .containsExactly(
            YEAR + "/Dagtilbud Ry", YEAR + "/Gl. Rye skole og dagtilbud", YEAR + "/Ældrecenter Ry");

    // Ældrecenter Ry is in the early-dialogue trial
    submit(
        onlyTask("direktion", "Hold tidlig dialog om kontrakten"),
        vars("earlyDialogueNotes", "Fokus på rehabilitering og færre genindlæggelser"));
    for (String unit : UNITS) {
      String draft = onlyTask("kontraktholder-" + unit, "Udarbejd udviklingskontrakt");
      submit(
          draft,
          vars(
              "goals",
              jsonValue(json.readTree(DusTestData.goalsMeetingDus())),
              "leadershipSpanAssessment",
              "Ledelsesspændet er vurderet efter principperne"));
    }
    // Gl. Rye hears board and works council, Dagtilbud Ry its works council, Ældrecenter Ry nobody
    for (String group : List.of("bestyrelse-gl-rye", "med-gl-rye", "med-dagtilbud-ry")) {
      submit(
          onlyTask(group, "Giv høringssvar på udviklingskontrakt"),
          vars("comment", "Vi bakker op om målene"));
    }
    runAsyncJobs();
    for (String approverGroup :
        List.of(
            "fagsekretariat-boern-unge", "koncernchef-boern-unge", "koncernchef-aeldre-handicap")) {
      String approval = onlyTask(approverGroup, "Godkend udviklingskontrakt");
      submit(
          approval,
          vars(
              "decision",
              "godkend",
              "confirmedRequirements",
              jsonValue(json.readTree("[\"K4\"]"))));
    }
    runAsyncJobs();

    // 4. The council is presented with all approved goals by track and area
    assertThat(cycle)
        .hasPassed("Task_CompileGoalOverview")
        .isWaitingAt("Task_PresentGoalsToCouncil");
    String presentation = onlyTask("byraadssekretariat", "Præsentér udviklingsmål for byrådet");
    assertThat(formVariables(presentation).get("goalOverview").get("value").asText())
        .contains(
            "3 godkendte kontrakter med 6 mål",
            "Spor 1: Bedre eksekvering",
            "**Børn og Unge** (2 mål)",
            "Ældrecenter Ry: Lavere sygefravær (fælles med andre enheder)");
    submit(
        presentation,
        vars("presentedOn", YEAR + "-01-20", "councilRemarks", "Byrådet ønsker fokus på spor 3"));

    // 5. When the dialogue window opens, dialogues are held per the areas' meeting models
    assertThat(cycle).isWaitingAt("Event_DialogueWindowOpens");
    fireTimer("Event_DialogueWindowOpens");
    runAsyncJobs();
    holdDialogues();
    runAsyncJobs();

    // 6. Two follow-up rounds at the DUS's follow-up dates; every goal reported red/yellow/green
    // and reviewed
    for (int round = 1; round <= 2; round++) {
      assertThat(cycle).isWaitingAt("Event_FollowUpDateReached");
      fireTimer("Event_FollowUpDateReached");
      runAsyncJobs();
      for (String unit : UNITS) {
        reportGoalStatus(onlyTask("kontraktholder-" + unit, "Rapportér status på mål"), round);
      }
      for (String chief :
          List.of(
              "koncernchef-aeldre-handicap", "koncernchef-boern-unge", "koncernchef-boern-unge")) {
        submit(firstTask(chief, "Gennemgå målstatus"), vars("decision", "godkend"));
      }
      runAsyncJobs();
    }

    // 7. The directorate considers the year-end report
    assertThat(cycle)
        .hasPassed("Task_CompileYearEndReport")
        .isWaitingAt("Task_ConsiderYearEndReport");
    String yearEnd = onlyTask("direktion", "Behandl årsrapport");
    assertThat(formVariables(yearEnd).get("yearEndReport1").get("value").asText())
        .contains("Ældrecenter Ry");
    submit(
        yearEnd,
        vars(
            "directorateConclusion",
            "Spor 2 fortsætter næste år; sygefraværet skal ned i Dagtilbud Ry"));

    // Then the year is completed, with everything stored
    assertThat(get("/engine-rest/history/process-instance/" + cycle.getId()).get("state").asText())
        .isEqualTo("COMPLETED");
    assertThat(themeMeetings.find(YEAR))
        .hasValueSatisfying(meeting -> assertThat(meeting.getThemes()).hasSize(2));
    List<DevelopmentContract> approved =
        contracts.findByYearYearAndStatusOrderByUnitName(YEAR, ContractStatus.APPROVED);
    assertThat(approved).hasSize(3);
    assertThat(approved).allSatisfy(contract -> assertThat(contract.getGoals()).isNotEmpty());
    assertThat(overviews.overview(YEAR).getPresentedOn()).hasToString(YEAR + "-01-20");
    assertDialogueOutcome(approved);
    for (int round = 1; round <= 2; round++) {
      List<StatusRollup> rollUp = rollUps.storedRollUp(YEAR, round);
      StatusRollup municipality =
          rollUp.stream()
              .filter(r -> r.getScope() == StatusRollup.Scope.KOMMUNE)
              .findFirst()
              .orElseThrow();
      assertThat(municipality.getReportsApproved()).isEqualTo(3);
      assertThat(municipality.getReportsMissing()).isZero();
      assertThat(municipality.getGreen() + municipality.getYellow() + municipality.getRed())
          .isEqualTo(6);
      assertThat(rollUp)
          .filteredOn(r -> r.getScope() == StatusRollup.Scope.OMRAADE)
          .extracting(r -> r.getArea().getCode())
          .containsExactlyInAnyOrder("aeldre-handicap", "boern-unge");
    }
    assertThat(yearEndReports.reportFor(YEAR))
        .hasValueSatisfying(
            report ->
                assertThat(report)
                    .contains(
                        "Gl. Rye skole og dagtilbud", "sygefraværet skal ned i Dagtilbud Ry"));

    // And next year's theme meeting starts from this year's report
    post(
        "/engine-rest/process-definition/" + definitionId + "/submit-form", vars("year", YEAR + 1));
    String nextThemeTask = onlyTask("byraadssekretariat", "Registrér temamøde");
    assertThat(formVariables(nextThemeTask).get("previousYearReport").get("value").asText())
        .contains("Sidste års årsrapport (" + YEAR + ")");
  }

  // ---- the steps that depend on each unit
  // --------------------------------------------------------

  private Map<String, Object> dus() throws Exception {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(
        "tracks",
        jsonValue(
            json.readTree(
                """
        [{"title":"Bedre eksekvering af Byrådets beslutninger"},{"title":"God ledelse og bæredygtig organisation"},
         {"title":"Opfølgning og virkning for borgerne"}]""")));
    form.put(
        "requirements",
        jsonValue(
            json.readTree(
                """
        [{"title":"Mindst ét mål om eksekvering af Byrådets beslutninger","rule":"GOAL_ON_TRACK","trackNumber":1},
         {"title":"Lokalt mål for sygefravær","rule":"GOAL_WITH_TARGET"},
         {"title":"Vurdering af eget ledelsesspænd","rule":"LEADERSHIP_SPAN_ASSESSED"},
         {"title":"Beskriv hvordan det tværgående samarbejde styrkes","rule":"APPROVER_CONFIRMS"}]""")));
    form.put("contractDeadline", Map.of("value", (YEAR - 1) + "-12-15"));
    form.put("dialogueFrom", Map.of("value", YEAR + "-03-01"));
    form.put("dialogueTo", Map.of("value", YEAR + "-05-31"));
    form.put(
        "followUpDates",
        jsonValue(
            json.readTree(
                "[{\"date\":\"" + YEAR + "-06-15\"},{\"date\":\"" + YEAR + "-11-15\"}]")));
    form.put(
        "meetingModels",
        jsonValue(
            json.readTree(
                """
        [{"area":"boern-unge","model":"SAME_UNIT_TYPE"},{"area":"aeldre-handicap","model":"WHOLE_AREA"},
         {"area":"stab-oekonomi","model":"SINGLE_UNIT"}]""")));
    form.put("earlyDialogueUnits", jsonValue(json.readTree("[\"aeldrecenter-ry\"]")));
    return Map.of("variables", form);
  }

  /**
   * Børn og Unge meets per unit type (schools, daycare), Ældre og Handicap as a whole area: three
   * meetings.
   */
  private void holdDialogues() throws Exception {
    List<String> dialogueKeys =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("contract-dialogue")
            .list()
            .stream()
            .map(ProcessInstance::getBusinessKey)
            .sorted()
            .toList();
    assertThat(dialogueKeys)
        .containsExactly(
            YEAR + "/Dialogmøde Børn og Unge – dagtilbud",
            YEAR + "/Dialogmøde Børn og Unge – skoler",
            YEAR + "/Dialogmøde Ældre og Handicap");
    for (String chief :
        List.of(
            "koncernchef-boern-unge", "koncernchef-boern-unge", "koncernchef-aeldre-handicap")) {
      submit(
          firstTask(chief, "Planlæg dialogmøde"),
          vars("plannedDate", YEAR + "-03-10", "place", "Rådhuset, Skanderborg"));
    }
    for (int meeting = 0; meeting < 3; meeting++) {
      String hold = firstTask("direktion", "Hold dialogmøde og skriv referat");
      ArrayNode agreements =
          (ArrayNode) json.readTree(formVariables(hold).get("agreements").get("value").asText());
      for (JsonNode row : agreements) {
        boolean glRye = row.get("unitName").asText().equals("Gl. Rye skole og dagtilbud");
        ((ObjectNode) row).put("agreed", glRye);
        if (glRye) {
          ((ObjectNode) row).put("agreedText", "Målet for sygefravær skærpes til under 4,5 %");
        }
      }
      submit(
          hold,
          vars(
              "minutes",
              "Drøftet årets mål og samarbejdet på tværs",
              "agreements",
              jsonValue(agreements)));
    }
    String adjust = onlyTask("kontraktholder-gl-rye", "Indarbejd aftalte justeringer");
    assertThat(formVariables(adjust).get("agreementInfo").get("value").asText())
        .contains("under 4,5 %");
    submit(
        adjust,
        vars(
            "goals",
            jsonValue(
                json.readTree(DusTestData.goalsMeetingDus().replace("Under 5 %", "Under 4,5 %"))),
            "leadershipSpanAssessment",
            "Ledelsesspændet er vurderet efter principperne"));
    runAsyncJobs();
  }

  private void assertDialogueOutcome(List<DevelopmentContract> approved) {
    Long glRyeId = units.findByCode("gl-rye").orElseThrow().getId();
    DevelopmentContract glRye =
        approved.stream()
            .filter(c -> c.getUnit().getId().equals(glRyeId))
            .findFirst()
            .orElseThrow();
    assertThat(contractService.versions(glRye.getId()))
        .extracting(ContractVersion::getReason)
        .containsExactly(
            ContractVersion.Reason.APPROVED, ContractVersion.Reason.DIALOGUE_ADJUSTMENT);
    assertThat(contractService.get(glRye.getId()).getGoals())
        .extracting(dk.aarshjul.contract.Goal::getTarget)
        .contains("Under 4,5 %");
    List<DialogueMeeting> meetings =
        dialogueMeetings.ids(YEAR).stream().map(dialogues::get).toList();
    assertThat(meetings)
        .hasSize(3)
        .allSatisfy(
            meeting -> {
              assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.COMPLETED);
              assertThat(meeting.getMinutes())
                  .isEqualTo("Drøftet årets mål og samarbejdet på tværs");
              assertThat(meeting.getPlace()).isEqualTo("Rådhuset, Skanderborg");
            });
  }

  /**
   * Reports each goal as Tasklist submits the prefilled dynamic list with the holder's additions.
   */
  private void reportGoalStatus(String taskId, int round) throws Exception {
    JsonNode prefilled =
        json.readTree(formVariables(taskId).get("goalStatuses").get("value").asText());
    submit(
        taskId,
        vars(
            "goalStatuses",
            jsonValue(dk.aarshjul.it.CycleDriver.goalStatusAnswers(prefilled, round))));
  }

  // ---- engine-rest as Tasklist uses it
  // ------------------------------------------------------------

  private String onlyTask(String candidateGroup, String name) throws Exception {
    return EngineRest.only(
        admin().taskIdsNamed(candidateGroup, name), name + " for " + candidateGroup);
  }

  private String firstTask(String candidateGroup, String name) throws Exception {
    return admin().taskIdsNamed(candidateGroup, name).stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("Ingen opgave '" + name + "' for " + candidateGroup));
  }

  private JsonNode formVariables(String taskId) throws Exception {
    return admin().formVariables(taskId);
  }

  private void submit(String taskId, Map<String, Object> body) throws Exception {
    admin().asDeciderOf(taskId).submitForm(taskId, body);
  }

  /** Executes due jobs (async continuations) until none are left, as the job executor would. */
  private void runAsyncJobs() throws Exception {
    for (int rounds = 0; rounds < 50; rounds++) {
      JsonNode jobs = get("/engine-rest/job?maxResults=1000&executable=true&noRetriesLeft=false");
      if (jobs.isEmpty()) {
        return;
      }
      for (JsonNode job : jobs) {
        post("/engine-rest/job/" + job.get("id").asText() + "/execute", Map.of());
      }
    }
    throw new AssertionError("Jobs keep coming");
  }

  /** Time passes: the timer fires now instead of at its date. */
  private void fireTimer(String activityId) throws Exception {
    JsonNode jobs =
        get("/engine-rest/job?maxResults=1000&activityId=" + activityId + "&timers=true");
    assertThat(jobs).hasSize(1);
    post("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", Map.of());
  }

  private JsonNode get(String path) throws Exception {
    return admin().get(path);
  }

  private JsonNode post(String path, Object body) throws Exception {
    return admin().post(path, body);
  }

  private EngineRest admin() {
    return new EngineRest(rest, json, "admin");
  }
}
