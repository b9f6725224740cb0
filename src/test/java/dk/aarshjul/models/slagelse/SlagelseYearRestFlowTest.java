package dk.aarshjul.models.slagelse;

import static dk.aarshjul.process.EngineRest.jsonValue;
import static dk.aarshjul.process.EngineRest.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.EngineJobs;
import dk.aarshjul.process.EngineRest;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year of Slagelse's model for two committees and six units, through engine-rest exactly as
 * Tasklist does it (find the task, fetch its form variables, submit the form) and as the demo user
 * who decides each task – never as the administrator: the council's code of conduct, the
 * directorate's common goals, each committee's meetings at its institutions, each unit's
 * udviklingsaftale approved by its committee and followed up red/yellow/green. Jobs and timers are
 * driven explicitly; the engine's clock is set to the year's dates.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:slagelse-rest;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=slagelse-rest",
      "aarshjul.governance-model=slagelse"
    })
@Tag("own-database")
class SlagelseYearRestFlowTest {

  static final String BUU = "boerne-og-ungeudvalget";
  static final String AEU = "aeldreudvalget";
  static final Map<String, List<String>> UNITS =
      Map.of(
          BUU,
          List.of("boernegaarden", "skovboernehuset", "soendermarksskolen", "storebaeltsskolen"),
          AEU,
          List.of("skaelskoer-plejecenter", "sygeplejen"));

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired Periods periods;

  @BeforeEach
  void twoCommitteesSixUnits() {
    jdbc.update(
        "update unit set active = false where code in ('slotsbjergby-daginstitution',"
            + " 'slagelse-sprogcenter', 'jobcenter-slagelse')");
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldRunAYearForTwoCommitteesAndSixUnitsThroughEngineRest() throws Exception {
    // Given it is January 2040 and the council secretariat (birthe) starts the year from Tasklist
    at("2040-01-06 09:00:00");
    JsonNode started =
        new EngineRest(rest, json, "birthe")
            .post(
                "/engine-rest/process-definition/key/slagelse-year/submit-form",
                vars("year", 2040));
    runJobs();
    String yearId = started.get("id").asText();
    assertThat(started.get("businessKey").asText()).isEqualTo("2040/Slagelse");
    // a unit leader may not start the year (the model is not one she can see: 4xx, never 5xx)
    ResponseEntity<String> refused =
        new EngineRest(rest, json, "henning")
            .template()
            .postForEntity(
                "/engine-rest/process-definition/key/slagelse-year/submit-form",
                vars("year", 2041),
                String.class);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isIn(403, 404);
    assertThat(periods.findBudgetYear(2041)).as(refused.getBody()).isEmpty();

    // The council's code of conduct, starting from the working group's sketch
    String code = onlyTask("byraadssekretariat", "Task_RegisterCodeOfConduct");
    assertThat(formVariables(code).get("conductValues").get("value").asText())
        .contains("Åbenhed om fejl");
    submit(
        code,
        vars(
            "conductAdoptedOn", "2040-01-05",
            "conductTitle", "Kodeks for samarbejde",
            "conductText", "Politikere og ansatte mødes med tillid og respekt for roller.",
            "conductValues",
                jsonValue(
                    json.readTree(
                        "[{\"name\":\"Sandhed\"},{\"name\":\"Faglighed\"},{\"name\":\"Åbenhed"
                            + " om fejl\"},{\"name\":\"Udvikling og samarbejde\"}]"))));

    // The directorate's common goal for the whole organisation
    String common = onlyTask("direktion", "Task_RegisterCommonGoals");
    submit(
        common,
        vars(
            "commonGoals",
            jsonValue(
                json.readTree(
                    "[{\"scope\":\"organisation\",\"title\":\"Én indgang for borgerne\"}]"))));
    assertThat(meetingKeys())
        .containsExactlyInAnyOrder("2040/Børne- og Ungeudvalget", "2040/Ældreudvalget");

    // Each committee plans three meetings; a plan that leaves a unit out is refused in Danish
    for (String committee : List.of(BUU, AEU)) {
      String plan = onlyTask("udvalgssekretariat-" + committee, "Task_PlanInstitutionMeetings");
      List<String> units = UNITS.get(committee);
      if (committee.equals(BUU)) {
        ResponseEntity<String> unfair =
            asDecider(plan)
                .template()
                .postForEntity(
                    "/engine-rest/task/" + plan + "/submit-form",
                    vars("meetings", jsonValue(meetings(units.get(0), List.of()))),
                    String.class);
        assertThat(unfair.getStatusCode().value()).isEqualTo(400);
        assertThat(unfair.getBody()).contains("Hver enhed skal have adgang til dialogen");
      }
      submit(plan, vars("meetings", jsonValue(meetings(units.get(0), units))));
    }

    // Each meeting's agenda (budget refused), the host's presentation
    List<String> agendas = new ArrayList<>();
    for (String committee : List.of(BUU, AEU)) {
      agendas.addAll(tasks("udvalgssekretariat-" + committee, "Task_PrepareMeetingAgenda"));
    }
    assertThat(agendas).hasSize(6);
    ResponseEntity<String> budget =
        asDecider(agendas.get(0))
            .template()
            .postForEntity(
                "/engine-rest/task/" + agendas.get(0) + "/submit-form",
                vars("agenda", jsonValue(agenda("Budget 2041")), "nothingAtStake", true),
                String.class);
    assertThat(budget.getStatusCode().value()).isEqualTo(400);
    assertThat(budget.getBody()).contains("'Budget' hører ikke til på mødet");
    for (String agenda : agendas) {
      submit(
          agenda,
          vars("agenda", jsonValue(agenda("Dialog om kerneopgaven")), "nothingAtStake", true));
    }
    for (String committee : List.of(BUU, AEU)) {
      for (String unit : UNITS.get(committee)) {
        for (String present : tasks("kontraktholder-" + unit, "Task_PresentInstitution")) {
          submit(
              present,
              vars(
                  "presenter", "Lederen",
                  "presentation", "Rundvisning og hverdagen",
                  "acknowledgeConduct", true));
        }
      }
    }

    // Each unit's leader writes the udviklingsaftale; its committee's secretariat approves it
    for (String committee : List.of(BUU, AEU)) {
      for (String unit : UNITS.get(committee)) {
        String draft = onlyTask("kontraktholder-" + unit, "Task_DraftAgreement");
        JsonNode options =
            json.readTree(formVariables(draft).get("commonGoalOptions").get("value").asText());
        submit(draft, vars("goals", jsonValue(agreement(options.get(0).get("value").asText()))));
      }
      for (String approve : tasks("udvalgssekretariat-" + committee, "Task_ApproveContract")) {
        submit(approve, vars("decision", "godkend"));
      }
    }

    // The meeting days come; the secretariats keep the record
    at("2040-12-01 09:00:00");
    fireTimers("Timer_MeetingDay");
    for (String committee : List.of(BUU, AEU)) {
      List<String> records =
          tasks("udvalgssekretariat-" + committee, "Task_RegisterInstitutionMeeting");
      assertThat(records).hasSize(3);
      for (String record : records) {
        JsonNode form = formVariables(record);
        JsonNode participants = json.readTree(form.get("participantOptions").get("value").asText());
        String attendee = participants.get(0).get("value").asText();
        ArrayNode attendees = json.createArrayNode().add(attendee);
        // the code is acknowledged once per term: only who has not yet is offered
        ArrayNode acknowledging = json.createArrayNode();
        json.readTree(form.get("notAcknowledgedOptions").get("value").asText())
            .forEach(
                option -> {
                  if (option.get("value").asText().equals(attendee)) {
                    acknowledging.add(attendee);
                  }
                });
        submit(
            record,
            vars(
                "heldOn", form.get("heldOn").get("value").asText(),
                "attendees", jsonValue(attendees),
                "acknowledgedAtMeeting", jsonValue(acknowledging),
                "visitMinutes", "Udvalget så stedet og drøftede kerneopgaven."));
      }
    }

    // On the follow-up date each leader reports red/yellow/green and her group chief approves
    fireTimers("Timer_FollowUpDue");
    for (String committee : List.of(BUU, AEU)) {
      for (String unit : UNITS.get(committee)) {
        String report = onlyTask("kontraktholder-" + unit, "Task_ReportGoalStatus");
        ArrayNode statuses =
            (ArrayNode)
                json.readTree(formVariables(report).get("goalStatuses").get("value").asText());
        statuses.forEach(
            row -> ((ObjectNode) row).put("colour", "groen").put("effect", "Borgerne mærker det."));
        submit(report, vars("goalStatuses", jsonValue(statuses)));
      }
    }
    for (String review : allTasks("Task_ReviewGoalStatus")) {
      submit(review, vars("decision", "godkend"));
    }

    // Then the year is done, every meeting held and every agreement followed up
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(yearId)
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_YearDone");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dialogue_meeting where kind = 'INSTITUTION' and status ="
                    + " 'HELD' and meeting_year = 2040",
                Integer.class))
        .isEqualTo(6);
  }

  // ---- helpers

  /** Three meetings at the committee's first unit; the first invites {@code units}. */
  private JsonNode meetings(String host, List<String> units) {
    ArrayNode rows = json.createArrayNode();
    String[] dates = {"2040-03-10", "2040-06-09", "2040-10-06"};
    for (int i = 0; i < 3; i++) {
      ObjectNode row = rows.addObject().put("date", dates[i]).put("host", host);
      ArrayNode invited = row.putArray("invited");
      if (i == 0) {
        units.forEach(invited::add);
      }
    }
    return rows;
  }

  private JsonNode agenda(String item) {
    ArrayNode rows = json.createArrayNode();
    rows.addObject().put("title", item);
    return rows;
  }

  private JsonNode agreement(String commonGoal) {
    ArrayNode goals = json.createArrayNode();
    goals
        .addObject()
        .put("kind", "ledelse")
        .put("title", "Færre sygedage")
        .put("purpose", "Et godt arbejdsmiljø")
        .put("effectFollowUp", "Sygefravær i procent");
    goals
        .addObject()
        .put("kind", "faelles")
        .put("commonGoal", commonGoal)
        .put("title", "Én indgang")
        .put("purpose", "Borgeren oplever én kommune")
        .put("effectFollowUp", "Borgernes vurdering");
    return goals;
  }

  private void at(String time) {
    ClockUtil.setCurrentTime(Timestamp.valueOf(time));
  }

  private List<String> meetingKeys() throws Exception {
    return admin().businessKeys("institution-meetings");
  }

  private List<String> tasks(String candidateGroup, String definitionKey) throws Exception {
    return admin()
        .taskIds("candidateGroup=" + candidateGroup + "&taskDefinitionKey=" + definitionKey);
  }

  private List<String> allTasks(String definitionKey) throws Exception {
    return admin().taskIds("taskDefinitionKey=" + definitionKey);
  }

  private String onlyTask(String candidateGroup, String definitionKey) throws Exception {
    return EngineRest.only(
        tasks(candidateGroup, definitionKey), definitionKey + " for " + candidateGroup);
  }

  private JsonNode formVariables(String taskId) throws Exception {
    return asDecider(taskId).formVariables(taskId);
  }

  private EngineRest asDecider(String taskId) throws Exception {
    return admin().asDeciderOf(taskId);
  }

  private void submit(String taskId, Map<String, Object> body) throws Exception {
    asDecider(taskId).submitForm(taskId, body);
    runJobs();
  }

  /**
   * Executes due asynchronous hand-offs until none are left, as the job executor would; timers only
   * when the test fires them (the yearly start timer would otherwise start next year's model).
   */
  private void runJobs() {
    EngineJobs.runJobs(engine);
  }

  private void fireTimers(String activityId) {
    EngineJobs.fireTimers(engine, activityId);
  }

  /** Reading the task list is not deciding: the administrator looks, the deciders act. */
  private EngineRest admin() {
    return new EngineRest(rest, json, "admin");
  }
}
