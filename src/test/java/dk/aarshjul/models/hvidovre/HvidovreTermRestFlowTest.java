package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.process.EngineRest.jsonValue;
import static dk.aarshjul.process.EngineRest.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.contract.ContractRepository;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractStatus;
import dk.aarshjul.contract.ContractVersion;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.EngineJobs;
import dk.aarshjul.process.EngineRest;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
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
 * The first year of a Hvidovre term and the budget review that begins its second, for two
 * committees and five institutions, through engine-rest exactly as Tasklist does it (find the task,
 * fetch its form variables, submit the form) and as the demo user who decides each task – never as
 * the administrator. Jobs and timers are driven explicitly; the engine's clock is set to the term's
 * dates.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hvidovre-rest;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=hvidovre-rest",
      "aarshjul.governance-model=hvidovre"
    })
@Tag("own-database")
class HvidovreTermRestFlowTest {

  static final String BUU = "boerne-og-undervisningsudvalget";
  static final String SSU = "social-og-sundhedsudvalget";
  static final List<String> BUU_UNITS =
      List.of("avedoere-skole", "dagtilbud-avedoere", "engstrandskolen");
  static final List<String> SSU_UNITS =
      List.of("plejecenter-henrikshave", "plejecenter-krogaarden");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired Periods periods;
  @Autowired ContractRepository contracts;
  @Autowired ContractService contractService;

  @BeforeEach
  void twoCommitteesFiveInstitutions() {
    AbstractAssertions.init(engine);
    jdbc.update(
        "update unit set active = false where code in"
            + " ('risbjergskolen', 'dagtilbud-hvidovre-nord', 'borgerservice', 'oekonomi-og-styring')");
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldRunTheFirstYearAndTheBudgetReviewOfYearTwoThroughEngineRest() throws Exception {
    // Given it is January 2030 and the directorate (niels) starts the term from Tasklist
    at("2030-01-10 09:00:00");
    EngineRest niels = new EngineRest(rest, json, "niels");
    JsonNode started =
        niels.post(
            "/engine-rest/process-definition/key/hvidovre-term/submit-form",
            vars("firstYear", 2030));
    runJobs();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(started.get("id").asText())
                .singleResult()
                .getBusinessKey())
        .isEqualTo("2030–2033/Hvidovre");
    // a contract holder may not start a term
    ResponseEntity<String> refused =
        new EngineRest(rest, json, "christian")
            .template()
            .postForEntity(
                "/engine-rest/process-definition/key/hvidovre-term/submit-form",
                vars("firstYear", 2034),
                String.class);
    // (the model is not one a contract holder can see: 404, never a 5xx), and nothing starts
    assertThat(refused.getStatusCode().value()).isIn(403, 404);
    assertThat(periods.findElectionTerm(2034)).isEmpty();
    assertThat(committeeTermKeys())
        .containsExactlyInAnyOrder(
            "2030–2033/Børne- og Undervisningsudvalget", "2030–2033/Social- og Sundhedsudvalget");

    // Step 1 in both committees (schools and daycare meet per district, jointly with SSU)
    for (String committee : List.of(BUU, SSU)) {
      String secretariat = "udvalgssekretariat-" + committee;
      String material = onlyTask(secretariat, "Forbered udvalgets materiale");
      assertThat(formVariables(material).get("statusInfo").get("value").asText())
          .contains("Status på målene fra sidste periode");
      submit(
          material,
          vars(
              "trends", "Flere ældre og flere børn.",
              "satisfaction", "Brugertilfredshed 85 %.",
              "documentation", "Kvalitetsrapport.",
              "keyFigures", "Nøgletal for området."));
      String meeting = onlyTask(secretariat, "Registrér udvalgsmødet");
      ArrayNode models =
          (ArrayNode)
              json.readTree(formVariables(meeting).get("meetingModels").get("value").asText());
      models.forEach(
          row ->
              ((ObjectNode) row)
                  .put("meetingModel", committee.equals(BUU) ? "SAME_DISTRICT" : "SINGLE_UNIT"));
      ArrayNode joint = json.createArrayNode();
      if (committee.equals(BUU)) {
        joint.add(SSU);
      }
      submit(
          meeting,
          vars(
              "meetingDate",
              "2030-02-12",
              "decisions",
              "Udvalget besluttede dialogmødernes form.",
              "meetingModels",
              jsonValue(models),
              "facilitated",
              true,
              "jointCommittees",
              jsonValue(joint)));
    }

    // Step 2: BUU meets per district (Avedøre: a school and a daycare; Hvidovre Syd: a school),
    // SSU per care home; planned in the dialogue window, input first, then the minutes
    List<String> planning = tasks("udvalgssekretariat-" + BUU, "Planlæg dialogmøde");
    assertThat(planning).hasSize(2);
    planning.addAll(tasks("udvalgssekretariat-" + SSU, "Planlæg dialogmøde"));
    assertThat(planning).hasSize(4);
    String outside = planning.get(0);
    ResponseEntity<String> tooEarly =
        asDecider(outside)
            .template()
            .postForEntity(
                "/engine-rest/task/" + outside + "/submit-form",
                vars("plannedDate", "2030-01-20", "place", "Rådhuset"),
                String.class);
    assertThat(tooEarly.getStatusCode().value()).isEqualTo(400);
    assertThat(tooEarly.getBody())
        .contains("ligger uden for dialogperioden i valgperioden 2030–2033 for 2030");
    for (String task : planning) {
      submit(task, vars("plannedDate", "2030-04-20", "place", "Rådhuset"));
    }
    for (String unit : concat(BUU_UNITS, SSU_UNITS)) {
      String input =
          onlyTask("kontraktholder-" + unit, "Indhent input fra medarbejdere og bestyrelse");
      boolean board = formVariables(input).get("hasBoard").get("value").asBoolean();
      submit(
          input,
          board
              ? vars("staffInput", "Medarbejdernes input.", "boardInput", "Bestyrelsens input.")
              : vars("staffInput", "Medarbejdernes input."));
    }
    for (String committee : List.of(BUU, SSU)) {
      for (String hold :
          tasks(
              "udvalgssekretariat-" + committee,
              "Hold dialogmøde med institutionerne og skriv referat")) {
        ArrayNode rows =
            (ArrayNode) json.readTree(formVariables(hold).get("outcomes").get("value").asText());
        rows.forEach(row -> ((ObjectNode) row).put("committeeWishes", "Fokus på trivsel."));
        submit(hold, vars("minutes", "Referat af dialogmødet.", "outcomes", jsonValue(rows)));
      }
    }

    // Beacons, drafted by the administration and decided by the committee
    for (String committee : List.of(BUU, SSU)) {
      String secretariat = "udvalgssekretariat-" + committee;
      String draft = onlyTask(secretariat, "Udarbejd politiske pejlemærker");
      assertThat(formVariables(draft).get("outcomesInfo").get("value").asText())
          .contains("Fokus på trivsel");
      ArrayNode beacons = json.createArrayNode();
      beacons.addObject().put("title", "Trivsel for alle").put("description", "Alle trives.");
      submit(draft, vars("beacons", jsonValue(beacons)));
      submit(
          onlyTask(secretariat, "Registrér udvalgets beslutning om pejlemærker"),
          vars("decision", "besluttet"));
    }

    // Step 3: goals for the whole term by the pen holder, approved by the committee
    long periodId = periods.findElectionTerm(2030).orElseThrow().getId();
    for (String unit : BUU_UNITS) {
      writeGoals(onlyTask("kontraktholder-" + unit, "Skriv mål for valgperioden"), false);
    }
    // Social- og Sundhedsudvalget chose the administration as pen holder
    List<String> ssuDrafts = tasks("udvalgssekretariat-" + SSU, "Skriv mål for valgperioden");
    assertThat(ssuDrafts).hasSize(2);
    for (String draft : ssuDrafts) {
      writeGoals(draft, true);
    }
    for (String committee : List.of(BUU, SSU)) {
      for (String approval :
          tasks("udvalgssekretariat-" + committee, "Godkend udviklingskontrakt")) {
        submit(
            approval,
            vars(
                "decision", "godkend", "confirmedRequirements", jsonValue(json.createArrayNode())));
      }
    }
    List<DevelopmentContract> approved =
        contracts.findAll().stream().filter(c -> c.getYear().getId() == periodId).toList();
    assertThat(approved).hasSize(5).allMatch(c -> c.getStatus() == ContractStatus.APPROVED);

    // In October the council adopts the budget 2031; the council secretariat (louise) registers it
    // (no committee waits yet: the date goes into the term's calendar)
    at("2030-10-07 09:00:00");
    new EngineRest(rest, json, "louise")
        .post(
            "/engine-rest/process-definition/key/register-budget-adoption/submit-form",
            vars("year", 2031, "adoptedOn", "2030-10-06"));
    runJobs();
    assertThat(
            periods
                .get(periodId)
                .date(dk.aarshjul.period.PeriodDateKind.BUDGET_ADOPTION, 1)
                .orElseThrow()
                .getOnDate())
        .isEqualTo(java.time.LocalDate.of(2030, 10, 6));

    // Step 4: the yearly follow-up (at its date), reviewed by the group chiefs, discussed
    at("2030-11-16 09:00:00");
    fireTimers("Event_FollowUpDate");
    for (String unit : concat(BUU_UNITS, SSU_UNITS)) {
      String report = onlyTask("kontraktholder-" + unit, "Rapportér status på mål");
      ArrayNode rows =
          (ArrayNode)
              json.readTree(formVariables(report).get("goalStatuses").get("value").asText());
      rows.forEach(
          row -> {
            ObjectNode entry = (ObjectNode) row;
            entry.put("colour", "gul").put("effect", "Delvist opfyldt.");
            if (entry.path("usesSatisfaction").asBoolean()) {
              entry.put("satisfactionResult", "80 % tilfredse.");
            }
          });
      submit(report, vars("goalStatuses", jsonValue(rows)));
    }
    for (String chief :
        List.of("koncernchef-boern-og-uddannelse", "koncernchef-sundhed-og-omsorg")) {
      for (String review : tasks(chief, "Gennemgå målstatus")) {
        submit(review, vars("decision", "godkend"));
      }
    }
    for (String committee : List.of(BUU, SSU)) {
      String consider =
          onlyTask(
              "udvalgssekretariat-" + committee, "Registrér udvalgets drøftelse af opfølgningen");
      assertThat(formVariables(consider).get("rollUpInfo").get("value").asText()).contains("gul");
      submit(consider, vars("followUpRemarks", "Udvalget drøftede opfølgningen."));
    }

    // When the committees have discussed the follow-up, year 2 begins with the adopted budget:
    // every institution reviews its goals – four keep them, Avedøre Skole adjusts one
    for (String unit : concat(BUU_UNITS, List.of())) {
      String review = onlyTask("kontraktholder-" + unit, "Gennemgå mål efter budgettet");
      if (!unit.equals("avedoere-skole")) {
        submit(review, vars("decision", "behold"));
        continue;
      }
      ArrayNode goals =
          (ArrayNode) json.readTree(formVariables(review).get("goals").get("value").asText());
      ((ObjectNode) goals.get(0)).put("title", "Flere elever i trivsel efter budget 2031");
      submit(
          review,
          vars(
              "decision",
              "tilpas",
              "reason",
              "Budget 2031 giver midler til trivselsvejledere.",
              "goals",
              jsonValue(goals)));
    }
    for (String review : tasks("udvalgssekretariat-" + SSU, "Gennemgå mål efter budgettet")) {
      submit(review, vars("decision", "behold"));
    }
    submit(
        onlyTask("udvalgssekretariat-" + BUU, "Godkend tilpasning af mål"),
        vars("decision", "godkend"));

    // Then Avedøre Skole's agreement is a new version, its follow-up still linked to the goal
    DevelopmentContract avedoere =
        approved.stream()
            .filter(c -> c.getUnit().getCode().equals("avedoere-skole"))
            .findFirst()
            .map(c -> contractService.get(c.getId()))
            .orElseThrow();
    assertThat(avedoere.getGoals().get(0).getTitle())
        .isEqualTo("Flere elever i trivsel efter budget 2031");
    List<ContractVersion> versions = contractService.versions(avedoere.getId());
    assertThat(versions)
        .extracting(ContractVersion::getReason)
        .containsExactly(ContractVersion.Reason.APPROVED, ContractVersion.Reason.BUDGET_ADJUSTMENT);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from goal_status where goal_id = ?",
                Integer.class,
                avedoere.getGoals().get(0).getId()))
        .isEqualTo(1);
    // and both committees begin 2031 with step 1
    for (String committee : List.of(BUU, SSU)) {
      assertThat(tasks("udvalgssekretariat-" + committee, "Forbered udvalgets materiale"))
          .hasSize(1);
    }
  }

  // ---- helpers

  private void writeGoals(String task, boolean satisfaction) throws Exception {
    JsonNode options =
        json.readTree(formVariables(task).get("beaconOptions").get("value").asText());
    ArrayNode goals = json.createArrayNode();
    for (int i = 1; i <= 2; i++) {
      ObjectNode goal =
          goals
              .addObject()
              .put("title", "Mål " + i)
              .put("expectedEffect", "Bedre trivsel.")
              .put("effectFollowUp", "Måles hvert år.")
              .put("indicator", "Andel der trives");
      if (satisfaction) {
        goal.put("satisfactionMeasure", "Pårørendetilfredshed");
      }
      goal.putArray("beacons").add(options.get(0).get("value").asText());
    }
    submit(task, vars("goals", jsonValue(goals)));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private void at(String time) {
    ClockUtil.setCurrentTime(Timestamp.valueOf(time));
  }

  private List<String> committeeTermKeys() throws Exception {
    return niels().businessKeys("hvidovre-committee-term");
  }

  private List<String> tasks(String candidateGroup, String name) throws Exception {
    return niels().taskIdsNamed(candidateGroup, name);
  }

  private String onlyTask(String candidateGroup, String name) throws Exception {
    return EngineRest.only(tasks(candidateGroup, name), name + " for " + candidateGroup);
  }

  private JsonNode formVariables(String taskId) throws Exception {
    return asDecider(taskId).formVariables(taskId);
  }

  private EngineRest asDecider(String taskId) throws Exception {
    return new EngineRest(rest, json, "admin").asDeciderOf(taskId);
  }

  private void submit(String taskId, Map<String, Object> body) throws Exception {
    asDecider(taskId).submitForm(taskId, body);
    runJobs();
  }

  /** Executes due jobs, timers whose date has come included, as the job executor would. */
  private void runJobs() {
    EngineJobs.runDueJobs(engine);
  }

  private void fireTimers(String activityId) {
    engine
        .getManagementService()
        .createJobQuery()
        .activityId(activityId)
        .timers()
        .list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    runJobs();
  }

  /** Niels of the directorate reads the task list; the deciders act. */
  private EngineRest niels() {
    return new EngineRest(rest, json, "niels");
  }
}
