package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpTestData.COLLABORATION;
import static dk.aarshjul.followup.FollowUpTestData.SICKNESS;
import static dk.aarshjul.followup.FollowUpTestData.WELLBEING;
import static dk.aarshjul.followup.FollowUpVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.process.EngineHistory;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through follow-up.bpmn, started as the main process's call activity does and
 * driven through the FormService as Tasklist does.
 */
@SpringBootTest
class FollowUpProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired FollowUpService followUps;
  @Autowired FollowUpReportRepository reports;
  @Autowired FollowUpTestData testData;
  @Autowired ObjectMapper json;

  int year;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    year = testData.newYear();
  }

  @Test
  void shouldApproveReportedGoalStatus() throws Exception {
    // Given an approved contract of Plejecenter Sølund and follow-up round 1
    ProcessInstance instance = start(testData.approvedContract(year, "soelund"), 1);
    assertThat(instance).isWaitingAt("Task_ReportGoalStatus");
    assertThat(task(instance)).hasCandidateGroup("kontraktholder-soelund");

    // Then the form lists the contract's goals with numbers and direction read from the target
    // texts
    Map<String, Object> form = formService.getTaskFormVariables(task(instance).getId());
    assertThat((String) form.get(REPORT_INFO))
        .contains("Opfølgning 1 i " + year + " – Plejecenter Sølund");
    JsonNode entries = json.readTree(form.get(GOAL_STATUSES).toString());
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).get(ENTRY_TITLE).asText()).isEqualTo(SICKNESS);
    assertThat(entries.get(0).get(ENTRY_GOAL_INFO).asText())
        .contains("Sygefravær i procent", "Under 5 %");
    assertThat(entries.get(0).get(ENTRY_TARGET_VALUE).decimalValue()).isEqualByComparingTo("5");
    assertThat(entries.get(0).get(ENTRY_DIRECTION).asText()).isEqualTo(DIRECTION_LOWER);
    assertThat(entries.get(1).get(ENTRY_TARGET_VALUE).decimalValue()).isEqualByComparingTo("90");
    assertThat(entries.get(1).get(ENTRY_DIRECTION).asText()).isEqualTo(DIRECTION_HIGHER);
    assertThat(entries.get(2).get(ENTRY_TARGET_VALUE).isNull()).isTrue();

    // When the contract holder reports all three goals
    report(
        instance,
        List.of(
            entry(
                SICKNESS,
                5,
                4.2,
                DIRECTION_LOWER,
                null,
                "Færre vikarer, mere genkendelighed for beboerne"),
            entry(
                WELLBEING, 90, 91, DIRECTION_HIGHER, null, "Flere beboere deltager i aktiviteter"),
            entry(
                COLLABORATION,
                null,
                null,
                DIRECTION_HIGHER,
                "gul",
                "To foreninger kommer nu fast på centret")));

    // Then the group chief of Ældre og Handicap reviews a summary of the report
    assertThat(instance).isWaitingAt("Task_ReviewGoalStatus");
    assertThat(task(instance)).hasCandidateGroup("koncernchef-aeldre-handicap");
    String summary =
        (String) formService.getTaskFormVariables(task(instance).getId()).get(STATUS_SUMMARY);
    assertThat(summary)
        .contains(
            "Plejecenter Sølund – opfølgning 1",
            "🟢 Grøn",
            "🟡 Gul",
            "Faktisk værdi 4,2 – målværdi 5 (lavere er bedre)",
            "Færre vikarer, mere genkendelighed for beboerne",
            "Farven er valgt af kontraktholderen");

    // When the group chief approves
    formService.submitTaskForm(task(instance).getId(), Map.of(DECISION, DECISION_APPROVE));

    // Then the instance ends approved and the statuses are stored
    assertThat(instance).isEnded().hasPassed("EndEvent_StatusApproved");
    FollowUpReport report = report(instance);
    assertThat(report.getStatus()).isEqualTo(FollowUpStatus.APPROVED);
    assertThat(report.getRoundNumber()).isEqualTo(1);
    assertThat(report.getGoalStatuses())
        .extracting(GoalStatus::getColour)
        .containsExactly(TrafficLight.GROEN, TrafficLight.GROEN, TrafficLight.GUL);
    assertThat(report.getGoalStatuses().get(0).getActualValue()).isEqualByComparingTo("4.2");
    assertThat(report.getGoalStatuses().get(0).isHigherIsBetter()).isFalse();
    assertThat(report.getGoalStatuses().get(2).getSuggestedColour()).isNull();
  }

  @Test
  void shouldPrefillTheDirectionTheContractSaysAndLetTheHolderChooseWhereItSaysNothing()
      throws Exception {
    // Given an approved contract whose targets name no direction: sickness absence (4,5 %, its
    // indicator says lower is better), a grade average (7, nothing says which way) and a goal
    // without a target
    String goals =
        """
        [{"track":"2","title":"Sundt arbejdsmiljø","purpose":"Færre vikarer","activities":"Samtaler",
          "effectFollowUp":"Månedlig opgørelse","indicator":"Sygefravær i procent","target":"4,5 %%"},
         {"track":"3","title":"Kvalitet i undervisningen","purpose":"Læring","activities":"Feedback",
          "effectFollowUp":"Afgangsprøverne","indicator":"Karaktergennemsnit","target":"7"},
         {"track":"1","title":"%s","purpose":"Flere børn i fritidsliv","activities":"Klubberne",
          "effectFollowUp":"Dialog med foreningerne"}]
        """
            .formatted(COLLABORATION);
    ProcessInstance instance = start(testData.approvedContract(year, "soelund", goals), 1);

    // Then the form prefills "lower is better" for the absence only, and nothing for the others
    JsonNode entries =
        json.readTree(
            formService.getTaskFormVariables(task(instance).getId()).get(GOAL_STATUSES).toString());
    assertThat(entries.get(0).get(ENTRY_DIRECTION).asText()).isEqualTo(DIRECTION_LOWER);
    assertThat(entries.get(1).get(ENTRY_DIRECTION).isNull()).isTrue();
    assertThat(entries.get(2).get(ENTRY_DIRECTION).isNull()).isTrue();

    // When the holder leaves the grade average's direction empty
    List<Map<String, Object>> answers =
        new ArrayList<>(
            List.of(
                entry("Sundt arbejdsmiljø", 4.5, 4.1, DIRECTION_LOWER, null, "Færre vikarer"),
                entry("Kvalitet i undervisningen", 7, 7.4, null, null, "Bedre prøver"),
                entry(COLLABORATION, null, null, null, "gul", "To foreninger er med")));

    // Then the report is refused with a Danish message, and nothing is stored
    assertThatThrownBy(() -> report(instance, answers))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Mål 2")
        .hasMessageContaining("vælg om højere eller lavere værdi er bedst");
    assertThat(instance).isWaitingAt("Task_ReportGoalStatus");
    assertThat(report(instance).getGoalStatuses()).isEmpty();

    // When the holder chooses "higher is better" for it (the goal without a target needs none)
    answers.set(
        1, entry("Kvalitet i undervisningen", 7, 7.4, DIRECTION_HIGHER, null, "Bedre prøver"));
    report(instance, answers);

    // Then the report goes on to the review with the chosen directions
    assertThat(instance).isWaitingAt("Task_ReviewGoalStatus");
    assertThat(report(instance).getGoalStatuses())
        .extracting(GoalStatus::isHigherIsBetter)
        .containsExactly(false, true, true);
  }

  @Test
  void shouldReturnToHolderWhenSentBackAndStoreTheCorrection() {
    // Given a reported status awaiting the group chief of Børn og Unge
    ProcessInstance instance = start(testData.approvedContract(year, "gl-rye"), 2);
    report(
        instance,
        List.of(
            entry(SICKNESS, 5, 6, DIRECTION_LOWER, null, "Ingen målbar virkning endnu"),
            entry(
                WELLBEING,
                90,
                85,
                DIRECTION_HIGHER,
                null,
                "Trivselsmålingen er ikke offentliggjort"),
            entry(COLLABORATION, null, null, DIRECTION_HIGHER, "groen", "Samarbejdet kører")));
    assertThat(task(instance)).hasCandidateGroup("koncernchef-boern-unge");
    String reviewTask = task(instance).getId();

    // When the group chief sends it back without a comment, it is refused
    assertThatThrownBy(
            () -> formService.submitTaskForm(reviewTask, Map.of(DECISION, DECISION_SEND_BACK)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv hvad kontraktholderen skal rette");

    // When sent back with a comment
    formService.submitTaskForm(
        reviewTask,
        Map.of(DECISION, DECISION_SEND_BACK, COMMENT, "Beskriv virkningen for eleverne konkret"));

    // Then the holder sees the comment and the earlier answers
    assertThat(instance).hasPassed("Gateway_StatusApproved").isWaitingAt("Task_ReportGoalStatus");
    assertThat(report(instance).getStatus()).isEqualTo(FollowUpStatus.SENT_BACK);
    Map<String, Object> form = formService.getTaskFormVariables(task(instance).getId());
    assertThat((String) form.get(FEEDBACK_INFO))
        .contains("Beskriv virkningen for eleverne konkret");
    assertThat(form.get(GOAL_STATUSES).toString())
        .contains("Samarbejdet kører", "Ingen målbar virkning endnu");

    // When the holder corrects the report and the group chief approves
    report(
        instance,
        List.of(
            entry(SICKNESS, 5, 6, DIRECTION_LOWER, null, "Sygefraværet er faldet fra 7 % til 6 %"),
            entry(
                WELLBEING,
                90,
                92,
                DIRECTION_HIGHER,
                null,
                "92 % af eleverne trives; færre bekymringssamtaler"),
            entry(
                COLLABORATION,
                null,
                null,
                DIRECTION_HIGHER,
                "groen",
                "Tre klubber tilbyder nu aktiviteter i SFO-tiden")));
    assertThat(instance).isWaitingAt("Task_ReviewGoalStatus");
    formService.submitTaskForm(
        task(instance).getId(), Map.of(DECISION, DECISION_APPROVE, COMMENT, "Tak"));

    // Then the corrected statuses replace the first ones
    assertThat(instance).isEnded().hasPassed("EndEvent_StatusApproved");
    FollowUpReport report = report(instance);
    assertThat(report.getStatus()).isEqualTo(FollowUpStatus.APPROVED);
    assertThat(report.getRoundNumber()).isEqualTo(2);
    assertThat(report.getGoalStatuses()).hasSize(3);
    assertThat(report.getGoalStatuses())
        .extracting(GoalStatus::getColour)
        .containsExactly(TrafficLight.ROED, TrafficLight.GROEN, TrafficLight.GROEN);
    assertThat(report.getGoalStatuses().get(1).getEffect()).contains("92 % af eleverne trives");
  }

  @Test
  void shouldSuggestColourFromDecisionTableWhenLeftEmpty() {
    // Given a started follow-up
    ProcessInstance instance = start(testData.approvedContract(year, "aeldrecenter-ry"), 1);

    // When the holder leaves the colours empty but gives target and actual values
    report(
        instance,
        List.of(
            entry(SICKNESS, 5, 5.3, DIRECTION_LOWER, null, "Lidt højere fravær i vinterperioden"),
            entry(WELLBEING, 90, 70, DIRECTION_HIGHER, "", "Færre deltager end ventet"),
            entry(
                COLLABORATION, null, null, DIRECTION_HIGHER, "groen", "Ti fælles arrangementer")));

    // Then the decision table's colour is stored as both colour and suggestion (the goal without a
    // target in the
    // contract has the holder's colour and no suggestion)
    List<GoalStatus> statuses = report(instance).getGoalStatuses();
    assertThat(statuses)
        .extracting(GoalStatus::getColour)
        .containsExactly(TrafficLight.GUL, TrafficLight.ROED, TrafficLight.GROEN);
    assertThat(statuses)
        .extracting(GoalStatus::getSuggestedColour)
        .containsExactly(TrafficLight.GUL, TrafficLight.ROED, null);
    assertThat(statuses).noneMatch(GoalStatus::deviatesFromSuggestion);
  }

  @Test
  void shouldKeepHoldersColourAndStoreSuggestion() {
    // Given a started follow-up
    ProcessInstance instance = start(testData.approvedContract(year, "botilbud"), 1);

    // When the holder reports green although the actual value is far below the target
    report(
        instance,
        List.of(
            entry(SICKNESS, 5, 4, DIRECTION_LOWER, "groen", "Stabil bemanding"),
            entry(
                WELLBEING,
                90,
                70,
                DIRECTION_HIGHER,
                "groen",
                "Målingen var før indsatsen; borgerne melder om mere trivsel"),
            entry(COLLABORATION, null, null, DIRECTION_HIGHER, "roed", "Ingen foreninger endnu")));

    // Then the holder's colour is kept, the suggestion stored, and the group chief sees the
    // deviation
    GoalStatus wellbeing = report(instance).getGoalStatuses().get(1);
    assertThat(wellbeing.getColour()).isEqualTo(TrafficLight.GROEN);
    assertThat(wellbeing.getSuggestedColour()).isEqualTo(TrafficLight.ROED);
    assertThat(wellbeing.deviatesFromSuggestion()).isTrue();
    String summary =
        (String) formService.getTaskFormVariables(task(instance).getId()).get(STATUS_SUMMARY);
    assertThat(summary)
        .contains(
            "**Afviger fra forslaget:** beslutningstabellen foreslog 🔴 Rød, "
                + "kontraktholderen har valgt 🟢 Grøn");
  }

  @Test
  void shouldRejectGoalWithoutColourAndWithoutTargetAndActualAndStoreNothing() {
    // Given a started follow-up
    ProcessInstance instance = start(testData.approvedContract(year, "dagtilbud-ry"), 1);
    String taskId = task(instance).getId();

    // When the third goal has neither a colour nor target and actual value
    List<Map<String, Object>> entries =
        List.of(
            entry(SICKNESS, 5, 4, DIRECTION_LOWER, null, "Færre sygedage"),
            entry(WELLBEING, 90, 95, DIRECTION_HIGHER, null, "Børnene trives"),
            entry(COLLABORATION, null, 3, DIRECTION_HIGHER, null, "Tre besøg"));

    // Then the submission is refused with a Danish message naming the goal
    assertThatThrownBy(() -> submitReport(taskId, entries))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Mål 3 '" + COLLABORATION + "': vælg en farve");

    // And nothing is stored: the task is still open, the report awaits the holder and has no
    // statuses
    assertThat(instance).isWaitingAt("Task_ReportGoalStatus");
    FollowUpReport report = report(instance);
    assertThat(report.getStatus()).isEqualTo(FollowUpStatus.AWAITING_REPORT);
    assertThat(report.getGoalStatuses()).isEmpty();
  }

  @Test
  void shouldRejectMissingEffectAndEntriesNotMatchingTheGoals() {
    // Given a started follow-up
    ProcessInstance instance = start(testData.approvedContract(year, "dagtilbud-skanderborg"), 1);
    String taskId = task(instance).getId();
    Map<String, Object> sickness = entry(SICKNESS, 5, 4, DIRECTION_LOWER, null, "Færre sygedage");
    Map<String, Object> wellbeing =
        entry(WELLBEING, 90, 95, DIRECTION_HIGHER, null, "Børnene trives");
    Map<String, Object> collaboration =
        entry(COLLABORATION, null, null, DIRECTION_HIGHER, "gul", "Et møde holdt");

    // Then a missing goal, an extra entry, a changed order and a missing effect are refused
    assertThatThrownBy(() -> submitReport(taskId, List.of(sickness, wellbeing)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("skal have 3 rækker (har 2)");
    assertThatThrownBy(
            () -> submitReport(taskId, List.of(sickness, wellbeing, collaboration, collaboration)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("skal have 3 rækker (har 4)");
    assertThatThrownBy(() -> submitReport(taskId, List.of(wellbeing, sickness, collaboration)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("række 1: feltet 'Udviklingsmål' kan ikke ændres");
    Map<String, Object> noEffect = entry(WELLBEING, 90, 95, DIRECTION_HIGHER, null, " ");
    assertThatThrownBy(() -> submitReport(taskId, List.of(sickness, noEffect, collaboration)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(
            "Mål 2 '" + WELLBEING + "': beskriv den dokumenterede virkning for borgerne");

    // And nothing is stored
    assertThat(instance).isWaitingAt("Task_ReportGoalStatus");
    assertThat(report(instance).getGoalStatuses()).isEmpty();
  }

  @Test
  void shouldRejectForgedProcessVariable() {
    // Given a started follow-up of Niels Ebbesen Skolen
    ProcessInstance instance = start(testData.approvedContract(year, "niels-ebbesen"), 1);
    String taskId = task(instance).getId();
    List<Map<String, Object>> entries =
        List.of(
            entry(SICKNESS, 5, 4, DIRECTION_LOWER, null, "Færre sygedage"),
            entry(WELLBEING, 90, 95, DIRECTION_HIGHER, null, "Eleverne trives"),
            entry(COLLABORATION, null, null, DIRECTION_HIGHER, "groen", "Fast samarbejde"));

    // When a client sends another report's id (which decides the reviewer) or an unknown variable
    // along with the form
    long reportId = (Long) runtimeService.getVariable(instance.getId(), FOLLOW_UP_REPORT_ID);
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    Variables.createVariables()
                        .putValueTyped(
                            GOAL_STATUSES, SpinValues.jsonValue(toJson(entries)).create())
                        .putValue(FOLLOW_UP_REPORT_ID, reportId + 1)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(FOLLOW_UP_REPORT_ID);
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    Variables.createVariables()
                        .putValueTyped(
                            GOAL_STATUSES, SpinValues.jsonValue(toJson(entries)).create())
                        .putValue("hacked", "x")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("hacked");

    // Then nothing changed
    assertThat(instance).isWaitingAt("Task_ReportGoalStatus");
    assertThat(runtimeService.getVariable(instance.getId(), FOLLOW_UP_REPORT_ID))
        .isEqualTo(reportId);
    assertThat(runtimeService.getVariable(instance.getId(), "hacked")).isNull();
    assertThat(report(instance).getGoalStatuses()).isEmpty();
  }

  @Test
  void shouldRefuseUnapprovedContractAndSecondStartOfSameRound() {
    // Given an approved contract with a running round 1, and a contract still in draft
    long approved = testData.approvedContract(year, "digitalisering");
    start(approved, 1);
    long draft = testData.draftContract(year, "gl-rye");

    // Then the same round cannot start twice, and a draft cannot be followed up
    assertThatThrownBy(() -> start(approved, 1))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Opfølgning 1 for Digitalisering og IT");
    assertThatThrownBy(() -> start(draft, 1))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("er ikke godkendt");
    assertThat(reports.findByContractIdAndRoundNumber(draft, 1)).isEmpty();
  }

  @Test
  void shouldPrefillContractTargetAndPreviousDirectionInALaterRound() throws Exception {
    // Given round 1 approved, the holder having turned the wellbeing goal's direction to "lower is
    // better"
    long contractId = testData.approvedContract(year, "soelund");
    ProcessInstance first = start(contractId, 1);
    report(
        first,
        List.of(
            entry(SICKNESS, 5, 4, DIRECTION_LOWER, null, "Færre sygedage"),
            entry(WELLBEING, 90, 86, DIRECTION_LOWER, null, "Flere aktive beboere"),
            entry(COLLABORATION, null, null, DIRECTION_HIGHER, "gul", "Tre arrangementer")));
    formService.submitTaskForm(task(first).getId(), Map.of(DECISION, DECISION_APPROVE));

    // When round 2 starts
    ProcessInstance second = start(contractId, 2);

    // Then the targets are the contract's, the direction is round 1's; actual value, colour and
    // effect are empty
    JsonNode entries =
        json.readTree(
            formService.getTaskFormVariables(task(second).getId()).get(GOAL_STATUSES).toString());
    assertThat(entries.get(0).get(ENTRY_TARGET_VALUE).decimalValue()).isEqualByComparingTo("5");
    assertThat(entries.get(1).get(ENTRY_TARGET_VALUE).decimalValue()).isEqualByComparingTo("90");
    assertThat(entries.get(2).get(ENTRY_TARGET_VALUE).isNull()).isTrue();
    assertThat(entries.get(0).get(ENTRY_DIRECTION).asText()).isEqualTo(DIRECTION_LOWER);
    assertThat(entries.get(1).get(ENTRY_DIRECTION).asText()).isEqualTo(DIRECTION_LOWER);
    assertThat(entries.get(1).get(ENTRY_ACTUAL_VALUE).isNull()).isTrue();
    assertThat(entries.get(1).get(ENTRY_EFFECT).isNull()).isTrue();
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------

  /**
   * Starts follow-up.bpmn with exactly the variables the main process's call activity passes in.
   */
  private ProcessInstance start(long contractId, int round) {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY,
        year + "/test/opfølgning " + round,
        Variables.createVariables()
            .putValue(YEAR, year)
            .putValue(FOLLOW_UP_ROUND, round)
            .putValue(CONTRACT_ID, contractId));
  }

  private void report(ProcessInstance instance, List<Map<String, Object>> entries) {
    submitReport(task(instance).getId(), entries);
  }

  private void submitReport(String taskId, List<Map<String, Object>> entries) {
    formService.submitTaskForm(
        taskId,
        Variables.createVariables()
            .putValueTyped(GOAL_STATUSES, SpinValues.jsonValue(toJson(entries)).create()));
  }

  /** One entry as Tasklist submits it: the keyed fields of the dynamic list (numbers untyped). */
  private static Map<String, Object> entry(
      String title, Number target, Number actual, String direction, String colour, String effect) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(ENTRY_TITLE, title);
    entry.put(ENTRY_TARGET_VALUE, target);
    entry.put(ENTRY_ACTUAL_VALUE, actual);
    entry.put(ENTRY_DIRECTION, direction);
    entry.put(ENTRY_COLOUR, colour);
    entry.put(ENTRY_EFFECT, effect);
    return entry;
  }

  private String toJson(List<Map<String, Object>> entries) {
    try {
      return json.writeValueAsString(new ArrayList<>(entries));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private FollowUpReport report(ProcessInstance instance) {
    return followUps.get(EngineHistory.storedId(engine, instance.getId(), FOLLOW_UP_REPORT_ID));
  }
}
