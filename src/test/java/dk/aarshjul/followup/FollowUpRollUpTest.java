package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpTestData.COLLABORATION;
import static dk.aarshjul.followup.FollowUpTestData.SICKNESS;
import static dk.aarshjul.followup.FollowUpTestData.WELLBEING;
import static dk.aarshjul.followup.FollowUpVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.reporting.MarkdownReports;
import dk.aarshjul.reporting.RollUpService;
import dk.aarshjul.reporting.StatusCounts;
import dk.aarshjul.reporting.StatusRollup;
import dk.aarshjul.reporting.YearEndReport;
import dk.aarshjul.reporting.YearEndReportService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main process's follow-up steps – roll-up per round, year-end report and its consideration by
 * the directorate – through the test-only process test-processes/follow-up-year-end-test.bpmn.
 */
@SpringBootTest
class FollowUpRollUpTest {

  private static final String TEST_PROCESS = "follow-up-year-end-test";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired FollowUpTestData testData;
  @Autowired FollowUpScope followUpScope;
  @Autowired RollUpService rollUps;
  @Autowired YearEndReportService yearEndReports;
  @Autowired Periods years;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  int year;
  long glRye;
  long soelund;
  long aeldrecenterRy;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(TEST_PROCESS).count()
        == 0) {
      repositoryService
          .createDeployment()
          .name(TEST_PROCESS)
          .addClasspathResource("test-processes/follow-up-year-end-test.bpmn")
          .addClasspathResource("processes/models/skanderborg/consider-year-end-report.form")
          .deploy();
    }
    // Given three approved contracts in two areas, and one contract that was never approved
    year = testData.newYear();
    glRye = testData.approvedContract(year, "gl-rye");
    soelund = testData.approvedContract(year, "soelund");
    aeldrecenterRy = testData.approvedContract(year, "aeldrecenter-ry");
    testData.draftContract(year, "botilbud");
  }

  @Test
  void shouldListApprovedContractsOrderedByUnitName() {
    assertThat(followUpScope.contractIds(year)).containsExactly(glRye, soelund, aeldrecenterRy);
  }

  @Test
  void shouldCountColoursPerAreaAndMunicipality() {
    // Given round 1: Gl. Rye (Børn og Unge) and Sølund (Ældre og Handicap) approved, Ældrecenter Ry
    // not yet approved
    followUp(glRye, 1, true, "groen", "gul", "roed");
    followUp(soelund, 1, true, "groen", "groen", "gul");
    ProcessInstance pending = followUp(aeldrecenterRy, 1, false, "roed", "roed", "roed");

    // When the main process rolls up round 1
    ProcessInstance instance = startTestProcess(1);

    // Then the counts per area and for the municipality are stored; the unapproved report counts as
    // missing
    assertThat(instance)
        .hasPassed("Task_RollUpStatus", "Task_CompileYearEndReport")
        .isWaitingAt("Task_ConsiderYearEndReport");
    assertThat(rollUps.storedRollUp(year, 1))
        .extracting(
            r -> r.getArea() == null ? "KOMMUNE" : r.getArea().getCode(),
            StatusRollup::getScope,
            StatusRollup::getRed,
            StatusRollup::getYellow,
            StatusRollup::getGreen,
            StatusRollup::getReportsApproved,
            StatusRollup::getReportsMissing)
        .containsExactlyInAnyOrder(
            tuple("boern-unge", StatusRollup.Scope.OMRAADE, 1, 1, 1, 1, 0),
            tuple("aeldre-handicap", StatusRollup.Scope.OMRAADE, 0, 1, 2, 1, 1),
            tuple("KOMMUNE", StatusRollup.Scope.KOMMUNE, 1, 2, 3, 2, 1));

    // And rolling up again (e.g. after a late approval) updates the rows instead of adding new ones
    approve(pending);
    rollUps.rollUp(year, 1);
    List<StatusRollup> again = rollUps.storedRollUp(year, 1);
    assertThat(again).hasSize(3);
    StatusRollup municipality =
        again.stream()
            .filter(r -> r.getScope() == StatusRollup.Scope.KOMMUNE)
            .findFirst()
            .orElseThrow();
    assertThat(municipality.getRed()).isEqualTo(4);
    assertThat(municipality.getReportsMissing()).isZero();
  }

  @Test
  void shouldRollUpARoundPerUnitCommitteeAreaAndMunicipality() {
    // Given round 1: Gl. Rye (Børne- og Undervisningsudvalget) and Sølund (Social- og
    // Sundhedsudvalget) approved,
    // Ældrecenter Ry (Social- og Sundhedsudvalget) not yet approved
    followUp(glRye, 1, true, "groen", "gul", "roed");
    followUp(soelund, 1, true, "groen", "groen", "gul");
    followUp(aeldrecenterRy, 1, false, "roed", "roed", "roed");

    // When the round's roll-up is queried
    RollUpService.RollUp rollUp = rollUps.rollUpOf(year, 1);

    // Then every scope has its counts: a unit its own goals, a committee its units', the
    // municipality all of them
    assertThat(rollUp.perUnit())
        .containsOnlyKeys("Gl. Rye skole og dagtilbud", "Plejecenter Sølund", "Ældrecenter Ry");
    assertThat(rollUp.perUnit().get("Gl. Rye skole og dagtilbud"))
        .isEqualTo(new StatusCounts(1, 1, 1, 1, 0));
    assertThat(rollUp.perUnit().get("Ældrecenter Ry")).isEqualTo(new StatusCounts(0, 0, 0, 0, 1));
    assertThat(rollUp.perCommittee())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                "Børne- og Undervisningsudvalget", new StatusCounts(1, 1, 1, 1, 0)),
            org.assertj.core.api.Assertions.entry(
                "Social- og Sundhedsudvalget", new StatusCounts(0, 1, 2, 1, 1)));
    assertThat(rollUp.perArea())
        .containsEntry("Ældre og Handicap", new StatusCounts(0, 1, 2, 1, 1));
    assertThat(rollUp.municipality()).isEqualTo(new StatusCounts(1, 2, 3, 2, 1));
  }

  @Test
  void shouldNotStoreTheMunicipalityTotalTwice() {
    // Given a stored roll-up of round 1
    startTestProcess(1);
    long yearId = years.findBudgetYear(year).orElseThrow().getId();

    // Then a second municipality row for the same round is refused by the database (area_id NULL
    // does not collide)
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into status_rollup (period_id, round_number, scope, area_id, scope_key,"
                        + " red, yellow, green, reports_approved, reports_missing, computed_at)"
                        + " values (?, 1, 'KOMMUNE', null, 0, 0, 0, 0, 0, 0, ?)",
                    yearId,
                    Timestamp.from(Instant.now())))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void shouldCompileYearEndReportAndStoreDirectorateConclusion() {
    // Given two rounds: round 1 as above, round 2 only Gl. Rye approved (all green)
    followUp(glRye, 1, true, "groen", "gul", "roed");
    followUp(soelund, 1, true, "groen", "groen", "gul");
    followUp(aeldrecenterRy, 1, false, "roed", "roed", "roed");
    followUp(glRye, 2, true, "groen", "groen", "groen");

    // When the main process compiles the year-end report after round 2
    ProcessInstance instance = startTestProcess(2);

    // Then the directorate sees the report with last round, development per round and each unit's
    // goals
    assertThat(instance).isWaitingAt("Task_ConsiderYearEndReport");
    assertThat(task(instance)).hasCandidateGroup("direktion");
    Map<String, Object> form = formService.getTaskFormVariables(task(instance).getId());
    String shown = (String) form.get(yearEndReportPart(1));
    assertThat(shown.length()).isLessThanOrEqualTo(4000);
    assertThat(shown)
        .contains(
            "# Årsrapport " + year,
            "## Hele kommunen",
            "**Seneste opfølgning (runde 2):** 🟢 3 grønne · 🟡 0 gule · 🔴 0 røde · 2 rapporter mangler",
            "- Runde 1: 🟢 3 grønne · 🟡 2 gule · 🔴 1 rød · 1 rapport mangler",
            "## Børn og Unge",
            "### Gl. Rye skole og dagtilbud",
            "Seneste godkendte opfølgning: runde 2",
            "## Ældre og Handicap",
            "### Ældrecenter Ry",
            "Ingen godkendt opfølgning i år.",
            "🟡 Gul – **" + COLLABORATION + "**",
            "Virkning for borgerne: Virkning af " + SICKNESS + " i runde 2");
    assertThat((String) form.get(YEAR_END_REPORT_TITLE)).contains("Årsrapport " + year);

    // When the directorate completes without a conclusion, it is refused
    String taskId = task(instance).getId();
    assertThatThrownBy(
            () -> formService.submitTaskForm(taskId, Map.of(DIRECTORATE_CONCLUSION, "  ")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv direktionens konklusion");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, Map.of(DIRECTORATE_CONCLUSION, "Ok", YEAR, 1999)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(YEAR);

    // When it concludes
    formService.submitTaskForm(
        taskId,
        Map.of(DIRECTORATE_CONCLUSION, "Sygefraværet skal fortsat være et fokus i næste års DUS."));

    // Then the conclusion is stored with the full report, which the next year's theme meeting reads
    assertThat(instance).isEnded();
    YearEndReport stored = yearEndReports.stored(year).orElseThrow();
    assertThat(stored.getConclusion()).startsWith("Sygefraværet skal fortsat");
    assertThat(MarkdownReports.yearEnd(yearEndReports.data(year)))
        .contains("### Plejecenter Sølund", "Virkning af " + WELLBEING + " i runde 1");
    assertThat(yearEndReports.reportFor(year))
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains(
                        "# Årsrapport " + year,
                        "## Direktionens konklusion",
                        "Sygefraværet skal fortsat"));
    assertThat(yearEndReports.reportFor(year + 1000)).isEmpty();
  }

  @Test
  void shouldSplitALongReportIntoFormPartsButKeepItWhole() {
    // Given effects so long that the report exceeds one String variable
    String longEffect = "Borgerne oplever bedre sammenhæng i hverdagen. ".repeat(80);
    followUp(glRye, 1, true, List.of("groen", "gul", "roed"), longEffect);
    followUp(soelund, 1, true, List.of("groen", "groen", "gul"), longEffect);

    // When the report is compiled and shown
    ProcessInstance instance = startTestProcess(1);
    Map<String, Object> form = formService.getTaskFormVariables(task(instance).getId());

    // Then every part fits a String variable, and the whole report holds everything
    String full = MarkdownReports.yearEnd(yearEndReports.data(year));
    assertThat(full.length()).isGreaterThan(4000 * 5);
    StringBuilder shown = new StringBuilder();
    for (int part = 1; part <= YEAR_END_REPORT_PARTS; part++) {
      String text = (String) form.get(yearEndReportPart(part));
      assertThat(text.length()).isLessThanOrEqualTo(4000);
      shown.append(text);
    }
    assertThat(shown.toString()).contains("### Plejecenter Sølund", "### Ældrecenter Ry");
    assertThat(shown.toString().replaceAll("\\s", "")).isEqualTo(full.replaceAll("\\s", ""));
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------

  private ProcessInstance startTestProcess(int round) {
    return runtimeService.startProcessInstanceByKey(
        TEST_PROCESS,
        Variables.createVariables().putValue(YEAR, year).putValue(FOLLOW_UP_ROUND, round));
  }

  private ProcessInstance followUp(long contractId, int round, boolean approve, String... colours) {
    return followUp(contractId, round, approve, List.of(colours), null);
  }

  /**
   * Runs follow-up.bpmn for a contract and round with the given colours, approved by the group
   * chief or left waiting.
   */
  private ProcessInstance followUp(
      long contractId, int round, boolean approve, List<String> colours, String effect) {
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY,
            Variables.createVariables()
                .putValue(YEAR, year)
                .putValue(FOLLOW_UP_ROUND, round)
                .putValue(CONTRACT_ID, contractId));
    List<String> titles = List.of(SICKNESS, WELLBEING, COLLABORATION);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(ENTRY_TITLE, titles.get(i));
      entry.put(ENTRY_DIRECTION, DIRECTION_HIGHER);
      entry.put(ENTRY_COLOUR, colours.get(i));
      entry.put(
          ENTRY_EFFECT,
          effect != null ? effect : "Virkning af " + titles.get(i) + " i runde " + round);
      entries.add(entry);
    }
    try {
      formService.submitTaskForm(
          task(instance).getId(),
          Variables.createVariables()
              .putValueTyped(
                  GOAL_STATUSES, SpinValues.jsonValue(json.writeValueAsString(entries)).create()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    if (approve) {
      approve(instance);
    }
    return instance;
  }

  private void approve(ProcessInstance followUp) {
    formService.submitTaskForm(task(followUp).getId(), Map.of(DECISION, DECISION_APPROVE));
  }
}
