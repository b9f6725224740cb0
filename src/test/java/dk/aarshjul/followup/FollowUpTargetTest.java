package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpTestData.COLLABORATION;
import static dk.aarshjul.followup.FollowUpTestData.SICKNESS;
import static dk.aarshjul.followup.FollowUpTestData.WELLBEING;
import static dk.aarshjul.followup.FollowUpVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.process.EngineRest;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.reporting.MarkdownReports;
import dk.aarshjul.reporting.YearEndReportService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * What a follow-up reports never changes the approved contract: the target a follow-up shows is the
 * contract's, a submitted target is refused unless it is the contract's own, and round 2 and the
 * year-end report show each goal's own contract target. Acted through engine-rest as Plejecenter
 * Sølund's contract holder (hanne) and group chief (susanne). The contract's goals: sickness "Under
 * 5 %", wellbeing "Mindst 90 %", collaboration without a target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpTargetTest {

  private static final String HOLDER = "hanne";
  private static final String GROUP_CHIEF = "susanne";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired FollowUpTestData testData;
  @Autowired FollowUpService followUps;
  @Autowired YearEndReportService yearEndReports;
  @Autowired ContractService contracts;

  int year;
  long contractId;

  @BeforeEach
  void setUp() {
    year = testData.newYear();
    contractId = testData.approvedContract(year, "soelund");
  }

  @Test
  void shouldShowAndKeepTheContractsTargetsThroughBothRoundsAndTheYearEndReport() throws Exception {
    // Given follow-up round 1 of Plejecenter Sølund's approved contract
    List<String> targetsBefore = contractTargets();
    ProcessInstance first = start(1);
    String reportTask = task(first, HOLDER);

    // Then the form shows the contract's targets: 5, 90 and none
    ArrayNode prefilled = goalStatuses(reportTask);
    assertThat(targets(prefilled)).containsExactly("5", "90", null);

    // When the holder sends target 42 on all three goals (as the attacker did)
    ResponseEntity<String> forged = submit(HOLDER, reportTask, answers(prefilled, 42));

    // Then it is refused with a Danish message, and nothing is stored: the task is open, the report
    // empty
    assertThat(forged.getStatusCode().value()).as(forged.getBody()).isEqualTo(400);
    assertThat(forged.getBody()).contains("Målværdi", "kan ikke ændres", "Intet er gemt");
    assertThat(forged.getBody()).doesNotContain("dk.aarshjul.", "insert ");
    assertThat(task(first, HOLDER)).isEqualTo(reportTask);
    assertThat(report(first).getGoalStatuses()).isEmpty();
    assertThat(report(first).getStatus()).isEqualTo(FollowUpStatus.AWAITING_REPORT);
    assertThat(contractTargets()).isEqualTo(targetsBefore);

    // When the holder reports with the targets left as the form shows them, and the group chief
    // approves
    ResponseEntity<String> reported = submit(HOLDER, reportTask, answers(prefilled, null));
    assertThat(reported.getStatusCode().value()).as(reported.getBody()).isEqualTo(204);
    approve(first);

    // Then the stored statuses carry the contract's targets
    assertThat(report(first).getGoalStatuses())
        .extracting(GoalStatus::getTargetValue)
        .usingElementComparator(
            (a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
        .containsExactly(new java.math.BigDecimal("5"), new java.math.BigDecimal("90"), null);

    // When round 2 starts
    ProcessInstance second = start(2);

    // Then it is prefilled with the contract's targets again: 5, 90 and none
    ArrayNode secondPrefill = goalStatuses(task(second, HOLDER));
    assertThat(targets(secondPrefill)).containsExactly("5", "90", null);

    // And when round 2 is reported and approved, the year-end report shows each goal's own contract
    // target
    submit(HOLDER, task(second, HOLDER), answers(secondPrefill, null));
    approve(second);
    String yearEnd = MarkdownReports.yearEnd(yearEndReports.compile(year));
    assertThat(line(yearEnd, SICKNESS))
        .contains("mål i kontrakten: Under 5 %")
        .doesNotContain("42");
    assertThat(line(yearEnd, WELLBEING))
        .contains("mål i kontrakten: Mindst 90 %")
        .doesNotContain("42");
    assertThat(line(yearEnd, COLLABORATION))
        .contains("intet mål i kontrakten")
        .doesNotContain("mål i kontrakten:");

    // And the contract's goal rows are unchanged
    assertThat(contractTargets()).isEqualTo(targetsBefore);
  }

  @Test
  void shouldRefuseATargetOnAGoalWithoutOneAndAForgedStoredFormValue() throws Exception {
    // Given follow-up round 1, waiting for the holder
    List<String> targetsBefore = contractTargets();
    ProcessInstance first = start(1);
    String reportTask = task(first, HOLDER);
    ArrayNode prefilled = goalStatuses(reportTask);

    // When the holder gives the goal without a target in the contract a target of 42
    ArrayNode onlyThird = answers(prefilled, null);
    ((ObjectNode) onlyThird.get(2)).put(ENTRY_TARGET_VALUE, 42);
    ResponseEntity<String> refused = submit(HOLDER, reportTask, onlyThird);

    // Then it is refused in Danish and nothing is stored
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("kan ikke ændres");
    assertThat(report(first).getGoalStatuses()).isEmpty();

    // When a REST client first overwrites the form's stored list with target 42 and then submits it
    // unchanged
    ArrayNode forged = answers(prefilled, 42);
    ResponseEntity<String> put =
        new EngineRest(rest, json, HOLDER)
            .template()
            .exchange(
                "/engine-rest/task/" + reportTask + "/localVariables/" + GOAL_STATUSES,
                HttpMethod.PUT,
                new HttpEntity<>(Map.of("type", "Json", "value", forged.toString())),
                String.class);
    ResponseEntity<String> submitted =
        new EngineRest(rest, json, HOLDER)
            .template()
            .postForEntity(
                "/engine-rest/task/" + reportTask + "/submit-form",
                Map.of("variables", Map.of()),
                String.class);

    // Then the overwrite is refused (a holder may only complete the task, not set its variables),
    // and the empty
    // submission is refused too (the report is incomplete); the service compares any target with
    // the contract itself,
    // whatever the form's stored list says
    // (shouldRefuseAForgedTargetInTheServiceWhateverPathItCameBy)
    assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(403);
    assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(400);

    // And nothing is stored, the task stays open and the contract is unchanged
    assertThat(task(first, HOLDER)).isEqualTo(reportTask);
    assertThat(report(first).getGoalStatuses()).isEmpty();
    assertThat(contractTargets()).isEqualTo(targetsBefore);
  }

  @Test
  void shouldRefuseAForgedTargetInTheServiceWhateverPathItCameBy() throws Exception {
    // Given follow-up round 1 and its prefilled list
    ProcessInstance first = start(1);
    long reportId = report(first).getId();
    ArrayNode answers = answers(goalStatuses(task(first, HOLDER)), null);
    ((ObjectNode) answers.get(1)).put(ENTRY_TARGET_VALUE, 42);

    // When the list reaches the service with another target than the contract's (e.g. from a future
    // client)
    // Then it is refused, naming the goal and the contract's target
    assertThatThrownBy(() -> followUps.saveReport(reportId, answers.toString(), HOLDER))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Mål 2 '" + WELLBEING + "': målværdien er kontraktens (90)");
    assertThat(report(first).getGoalStatuses()).isEmpty();
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------

  /** Starts follow-up.bpmn as the main process's call activity does. */
  private ProcessInstance start(int round) {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY,
        year + "/test/opfølgning " + round,
        Variables.createVariables()
            .putValue(YEAR, year)
            .putValue(FOLLOW_UP_ROUND, round)
            .putValue(CONTRACT_ID, contractId));
  }

  /** The single open task of the instance, as the user sees it through engine-rest. */
  private String task(ProcessInstance instance, String user) throws Exception {
    JsonNode tasks =
        new EngineRest(rest, json, user)
            .get("/engine-rest/task?maxResults=10&processInstanceId=" + instance.getId());
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private ArrayNode goalStatuses(String taskId) throws Exception {
    JsonNode variables =
        new EngineRest(rest, json, HOLDER)
            .get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
    return (ArrayNode) json.readTree(variables.get(GOAL_STATUSES).get("value").asText());
  }

  private static List<String> targets(ArrayNode entries) {
    List<String> targets = new ArrayList<>();
    for (JsonNode entry : entries) {
      JsonNode target = entry.get(ENTRY_TARGET_VALUE);
      targets.add(
          target == null || target.isNull()
              ? null
              : target.decimalValue().stripTrailingZeros().toPlainString());
    }
    return targets;
  }

  /**
   * The holder's answers on the prefilled list; target null keeps the prefilled one (as the
   * read-only field does).
   */
  private static ArrayNode answers(ArrayNode prefilled, Integer target) {
    ArrayNode answers = prefilled.deepCopy();
    for (JsonNode node : answers) {
      ObjectNode entry = (ObjectNode) node;
      if (target != null) {
        entry.put(ENTRY_TARGET_VALUE, target);
      }
      boolean measurable =
          !entry.path(ENTRY_TARGET_VALUE).isNull()
              && !entry.path(ENTRY_TARGET_VALUE).isMissingNode();
      if (measurable) {
        entry.put(ENTRY_ACTUAL_VALUE, 40);
      } else {
        entry.put(ENTRY_COLOUR, "gul");
      }
      entry.put(ENTRY_EFFECT, "Beboerne mærker færre skift i personalet");
    }
    return answers;
  }

  private ResponseEntity<String> submit(String user, String taskId, ArrayNode goalStatuses) {
    return new EngineRest(rest, json, user)
        .template()
        .postForEntity(
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of(
                "variables",
                Map.of(GOAL_STATUSES, Map.of("type", "Json", "value", goalStatuses.toString()))),
            String.class);
  }

  private void approve(ProcessInstance instance) throws Exception {
    new EngineRest(rest, json, GROUP_CHIEF)
        .post(
            "/engine-rest/task/" + task(instance, GROUP_CHIEF) + "/submit-form",
            Map.of("variables", Map.of(DECISION, Map.of("value", DECISION_APPROVE))));
  }

  private FollowUpReport report(ProcessInstance instance) {
    Long id =
        (Long)
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(FOLLOW_UP_REPORT_ID)
                .singleResult()
                .getValue();
    return followUps.get(id);
  }

  private List<String> contractTargets() {
    return contracts.get(contractId).getGoals().stream().map(Goal::getTarget).toList();
  }

  private static String line(String text, String goalTitle) {
    return text.lines()
        .filter(line -> line.contains("**" + goalTitle + "**"))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("Årsrapporten nævner ikke '" + goalTitle + "':\n" + text));
  }
}
