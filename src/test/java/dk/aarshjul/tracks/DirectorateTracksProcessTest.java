package dk.aarshjul.tracks;

import static dk.aarshjul.tracks.TracksVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.aarshjul.contract.EarlyDialogueTrial;
import dk.aarshjul.dialogue.AreaMeetingModel;
import dk.aarshjul.dialogue.MeetingModel;
import dk.aarshjul.dialogue.MeetingModels;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodDate;
import dk.aarshjul.period.Requirement;
import dk.aarshjul.process.InvalidSubmissionException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** One test per path through directorate-tracks.bpmn, submitted as Tasklist does. */
@SpringBootTest
class DirectorateTracksProcessTest {

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2100);

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired DusService dus;
  @Autowired MeetingModels meetingModels;
  @Autowired EarlyDialogueTrial earlyDialogue;

  int year;
  ProcessInstance instance;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    year = NEXT_YEAR.incrementAndGet();
    dus.open(year);
    instance =
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, year + "/DUS", Map.of(YEAR, year));
  }

  @Test
  void shouldPublishDusWhenDirectorateApprovesDraft() {
    // Given the draft task, prefilled with the latest published DUS as a starting point
    assertThat(instance).isWaitingAt("Task_DraftTracks");
    assertThat(task(instance)).hasCandidateGroup("direktion");
    Map<String, Object> prefill = formService.getTaskFormVariables(task(instance).getId());
    assertThat(prefill.get(TRACKS).toString())
        .contains("Bedre eksekvering af Byrådets beslutninger");
    assertThat(prefill.get(MEETING_MODELS).toString()).contains("boern-unge", "SINGLE_UNIT");
    assertThat(dus.dus(year).isPublished()).isFalse();

    // When the directorate submits a complete DUS and publishes it
    formService.submitTaskForm(task(instance).getId(), DusTestData.completeDus(year));
    assertThat(instance).isWaitingAt("Task_PublishTracks");
    assertThat((String) formService.getTaskFormVariables(task(instance).getId()).get(DUS_SUMMARY))
        .contains(
            "1. Bedre eksekvering",
            "Lokalt mål for sygefravær",
            "15. juni " + year,
            "Ældre og Handicap: Hele området sammen",
            "Sølund");
    formService.submitTaskForm(task(instance).getId(), Map.of(DECISION, DECISION_PUBLISH));

    // Then the year is published with its tracks, requirements, calendar and meeting models
    assertThat(instance).isEnded().hasPassed("EndEvent_TracksPublished");
    Period published = dus.year(year);
    assertThat(dus.dus(year).isPublished()).isTrue();
    assertThat(published.isOpen()).isTrue();
    assertThat(published.getTracks()).extracting(Aim::getNumber).containsExactly(1, 2, 3);
    assertThat(published.getRequirements())
        .extracting(Requirement::getCode)
        .containsExactly("K1", "K2", "K3", "K4");
    assertThat(published.getRequirements().get(0).getTrackNumber()).isEqualTo(1);
    assertThat(published.getDialogueFrom()).isEqualTo(LocalDate.of(year, 3, 1));
    assertThat(published.getFollowUpDates())
        .extracting(PeriodDate::getOnDate)
        .containsExactly(LocalDate.of(year, 6, 15), LocalDate.of(year, 11, 15));
    assertThat(meetingModels.of(published.getId()))
        .extracting(AreaMeetingModel::getMeetingModel)
        .containsExactlyInAnyOrder(
            MeetingModel.SAME_UNIT_TYPE, MeetingModel.WHOLE_AREA, MeetingModel.SINGLE_UNIT);
    assertThat(earlyDialogue.units(published.getId()))
        .extracting(Unit::getCode)
        .containsExactly("soelund");
  }

  @Test
  void shouldReturnDraftWithCommentWhenSentBackForRevision() {
    // Given a submitted draft
    formService.submitTaskForm(task(instance).getId(), DusTestData.completeDus(year));

    // When the directorate asks for a revision
    formService.submitTaskForm(
        task(instance).getId(),
        Map.of(DECISION, DECISION_REVISE, COMMENT, "Tilføj et spor om klima"));

    // Then the draft comes back with the comment and this year's draft, and the year is not
    // published
    assertThat(instance).hasPassed("Gateway_TracksPublished").isWaitingAt("Task_DraftTracks");
    Map<String, Object> form = formService.getTaskFormVariables(task(instance).getId());
    assertThat((String) form.get(BACKGROUND_INFO)).contains("Tilføj et spor om klima");
    assertThat(form.get(FOLLOW_UP_DATES).toString()).contains(year + "-11-15");
    assertThat(dus.dus(year).isPublished()).isFalse();

    // And a revised draft replaces the first one
    Map<String, Object> revised = DusTestData.completeDus(year);
    revised.put(
        TRACKS,
        SpinValues.jsonValue(
                "[{\"title\":\"Eksekvering\"},{\"title\":\"Ledelse\"},{\"title\":\"Virkning\"},{\"title\":\"Klima\"}]")
            .create());
    formService.submitTaskForm(task(instance).getId(), revised);
    formService.submitTaskForm(task(instance).getId(), Map.of(DECISION, DECISION_PUBLISH));
    assertThat(instance).isEnded();
    assertThat(dus.year(year).getTracks())
        .extracting(Aim::getTitle)
        .containsExactly("Eksekvering", "Ledelse", "Virkning", "Klima");
    assertThat(dus.dus(year).getReviewComment()).isNull();
  }

  @Test
  void shouldRejectInvalidDusAndStoreNothing() {
    String taskId = task(instance).getId();
    assertRejected(
        taskId, with(DIALOGUE_TO, year + "-02-01"), "Dialogvinduet slutter før det begynder");
    assertRejected(taskId, with(CONTRACT_DEADLINE, null), "Frist for kontrakter skal udfyldes");
    assertRejected(
        taskId,
        with(CONTRACT_DEADLINE, "15-12-2027"),
        "'Frist for udviklingskontrakter' er ikke en dato");
    assertRejected(
        taskId,
        with(
            REQUIREMENTS,
            SpinValues.jsonValue(
                    "[{\"title\":\"Mål på spor\",\"rule\":\"GOAL_ON_TRACK\",\"trackNumber\":7}]")
                .create()),
        "Krav 1: angiv hvilket spor (1–3)");
    assertRejected(
        taskId,
        with(REQUIREMENTS, SpinValues.jsonValue("[{\"title\":\"x\",\"rule\":\"MAGIC\"}]").create()),
        "række 1: feltet 'Hvordan kontrolleres kravet?' har værdien 'MAGIC', som ikke er et af valgene");
    assertRejected(
        taskId,
        with(TRACKS, SpinValues.jsonValue("[]").create()),
        "Udviklingsspor: angiv mindst 1");
    assertRejected(
        taskId,
        with(
            FOLLOW_UP_DATES,
            SpinValues.jsonValue(
                    "[{\"date\":\"" + year + "-11-15\"},{\"date\":\"" + year + "-06-15\"}]")
                .create()),
        "rækkefølge");
    assertRejected(
        taskId,
        with(EARLY_DIALOGUE_UNITS, SpinValues.jsonValue("[\"naboenhed\"]").create()),
        "har værdien 'naboenhed', som ikke er et af valgene");
    assertRejected(
        taskId,
        with(
            MEETING_MODELS,
            SpinValues.jsonValue(
                    "[{\"area\":\"boern-unge\",\"model\":\"SINGLE_UNIT\"},{\"area\":\"boern-unge\",\"model\":\"WHOLE_AREA\"},"
                        + "{\"area\":\"stab-oekonomi\",\"model\":\"WHOLE_AREA\"}]")
                .create()),
        "to mødemodeller");
    assertRejected(taskId, with(PUBLISHED, true), "published");

    // Then nothing was stored and the task is still open
    assertThat(instance).isWaitingAt("Task_DraftTracks");
    assertThat(dus.year(year).getTracks()).isEmpty();
    assertThat(dus.year(year).getRequirements()).isEmpty();
    assertThat(runtimeService.getVariable(instance.getId(), PUBLISHED)).isNull();
  }

  @Test
  void shouldNotOpenTheSameYearTwice() {
    assertThatThrownBy(() -> dus.open(year))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Årshjulet for " + year + " er allerede startet");
    assertThatThrownBy(() -> dus.open("2028"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Angiv året som et helt tal");
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> form = new HashMap<>(DusTestData.completeDus(year));
    form.put(field, value);
    return form;
  }

  private void assertRejected(String taskId, Map<String, Object> form, String message) {
    assertThatThrownBy(() -> formService.submitTaskForm(taskId, form))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(message);
  }
}
