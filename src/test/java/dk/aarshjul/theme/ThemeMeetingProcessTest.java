package dk.aarshjul.theme;

import static dk.aarshjul.theme.ThemeMeetingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodRepository;
import dk.aarshjul.process.InvalidSubmissionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** theme-meeting.bpmn driven through the FormService exactly as Tasklist submits the form. */
@SpringBootTest
class ThemeMeetingProcessTest {

  /** Own range of years, so these tests never collide with other tests' cycle years. */
  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(5500);

  /**
   * The seven dilemmas the council prioritised at its theme meeting on 14 November 2019 (seed 000).
   */
  static final List<List<String>> DILEMMAS_2019 =
      List.of(
          List.of(
              "Politikker der kan virkeliggøres",
              "Hvordan skaber Byrådet bedst politikker, som kan virkeliggøres og gøre en reel forskel?"),
          List.of(
              "Politisk indflydelse og lokal frihed",
              "Hvilke typer af beslutninger har Byrådet behov for at træffe for at sikre den politiske indflydelse – og hvordan afvejes dette med ønsket om frihed hos aftale- og kontraktholdere?"),
          List.of(
              "Hvem indgår kontrakterne?",
              "Hvis kontraktstyringen skal fortsætte, er det så Byrådet, direktionen eller koncerncheferne, der skal indgå kontrakterne med bevillingshaverne?"),
          List.of(
              "Fælles fodslag og lokal frihed",
              "Hvordan kan vi sikre fælles fodslag om politisk prioriteret faglig udvikling og samtidig tale om lokal frihed?"),
          List.of(
              "Stordrift og frihedsgrader",
              "Hvordan får vi stordriftsfordele og frihedsgrader balanceret rigtigt i forhold til hinanden?"),
          List.of(
              "Værdien af udviklingskontrakterne",
              "Giver processen omkring udviklingskontrakterne værdi? Bør den forbedres, erstattes af noget andet, eller kan den helt undværes?"),
          List.of(
              "Samme model på alle fagområder?",
              "Skal modellen være den samme på alle fagområder? – i dag har Sundhed og Beskæftigelse forvaltningsstyre."));

  static final String DIRECTION =
      "Byrådet vil have færre og tydeligere mål, mere lokal frihed og synlig virkning for borgerne.";

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired PeriodRepository cycleYears;
  @Autowired ThemeMeetingService themeMeetings;
  @Autowired ObjectMapper objectMapper;

  int year;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    year = NEXT_YEAR.incrementAndGet();
    // the main annual-cycle process creates the year before it calls the block
    cycleYears.save(Period.budgetYear(year, "Årshjul " + year));
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldStoreThemeMeetingWithSevenDilemmasInPriorityOrder() {
    // Given the block started by the main process for the year
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt("Task_RegisterThemeMeeting");
    assertThat(task(instance)).hasCandidateGroup(Groups.COUNCIL_SECRETARIAT);
    assertThat((String) formService.getTaskFormVariables(task(instance).getId()).get(MEETING_INFO))
        .contains("Registrér Byrådets temamøde – årshjul " + year);
    // and the theme list is prefilled as a Json null: Tasklist submits the edited list with this
    // type
    TypedValue themesField =
        formService
            .getTaskFormVariables(task(instance).getId(), List.of(THEMES), true)
            .getValueTyped(THEMES);
    assertThat(themesField.getType().getName()).isEqualTo(SpinValueType.JSON.getName());
    assertThat(themesField.getValue()).isNull();

    // When the council secretariat (demo user bente) registers the meeting as Tasklist submits it
    String taskId = task(instance).getId();
    loginAs("bente");
    formService.submitTaskForm(
        taskId, form((year - 1) + "-11-14", "Skanderborg Rådhus", DIRECTION, dilemmas2019()));
    identityService.clearAuthentication();

    // Then the meeting and its seven dilemmas are stored in the order the council prioritised them
    assertThat(instance)
        .hasPassed("Task_RegisterThemeMeeting")
        .isEnded()
        .hasPassed("EndEvent_ThemeMeetingRegistered");
    ThemeMeeting meeting = themeMeetings.find(year).orElseThrow();
    assertThat(meeting.getMeetingDate()).isEqualTo(LocalDate.of(year - 1, 11, 14));
    assertThat(meeting.getPlace()).isEqualTo("Skanderborg Rådhus");
    assertThat(meeting.getPoliticalDirection()).isEqualTo(DIRECTION);
    assertThat(meeting.getRegisteredBy()).isEqualTo("bente");
    assertThat(meeting.getThemes())
        .extracting(Theme::getPriority)
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(meeting.getThemes())
        .extracting(Theme::getTitle)
        .containsExactlyElementsOf(DILEMMAS_2019.stream().map(dilemma -> dilemma.get(0)).toList());
    assertThat(meeting.getThemes()).extracting(Theme::getKind).containsOnly(ThemeKind.DILEMMA);
    assertThat(meeting.getThemes().get(2).getDescription())
        .contains("Byrådet, direktionen eller koncerncheferne");

    // And the process kept only ids: the year in, the meeting's id out
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(THEME_MEETING_ID)
                .singleResult()
                .getValue())
        .isEqualTo(meeting.getId());

    // And later forms can show it
    String summary = themeMeetings.summary(year).orElseThrow();
    assertThat(summary)
        .contains(
            "14. november " + (year - 1),
            "Skanderborg Rådhus",
            DIRECTION,
            "1. **Politikker der kan virkeliggøres** (dilemma)",
            "7. **Samme model på alle fagområder?** (dilemma)");
    assertThat(summary.indexOf("1. **")).isLessThan(summary.indexOf("2. **"));
  }

  @Test
  void shouldRejectSubmissionWithoutPoliticalDirectionAndStoreNothing() {
    // Given the registration task
    ProcessInstance instance = start();
    String taskId = task(instance).getId();

    // When the political direction is missing or blank
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, form((year - 1) + "-11-14", null, null, dilemmas2019())))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Beskriv byrådets politiske retning");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, form((year - 1) + "-11-14", null, "  ", dilemmas2019())))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Beskriv byrådets politiske retning");

    // Then nothing is stored and the task is still open
    assertThat(instance).isWaitingAt("Task_RegisterThemeMeeting");
    assertThat(themeMeetings.find(year)).isEmpty();
  }

  @Test
  void shouldRejectSubmissionWithoutThemesAndStoreNothing() {
    // Given the registration task
    ProcessInstance instance = start();
    String taskId = task(instance).getId();

    // When the list is empty, or not sent at all
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, form((year - 1) + "-11-14", null, DIRECTION, "[]")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("mindst ét prioriteret tema eller dilemma");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, form((year - 1) + "-11-14", null, DIRECTION, null)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("mindst ét prioriteret tema eller dilemma");

    // Then nothing is stored and the task is still open
    assertThat(instance).isWaitingAt("Task_RegisterThemeMeeting");
    assertThat(themeMeetings.find(year)).isEmpty();
  }

  @Test
  void shouldRejectForgedProcessVariableAndStoreNothing() {
    // Given the registration task
    ProcessInstance instance = start();
    String taskId = task(instance).getId();

    // When a client sends a valid meeting plus another year, or a variable the form does not have
    VariableMap otherYear =
        form((year - 1) + "-11-14", null, DIRECTION, dilemmas2019()).putValue(YEAR, 2019);
    assertThatThrownBy(() -> formService.submitTaskForm(taskId, otherYear))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Formularen har ikke feltet/felterne year. Intet er gemt.");
    VariableMap extra =
        form((year - 1) + "-11-14", null, DIRECTION, dilemmas2019()).putValue("hacked", "x");
    assertThatThrownBy(() -> formService.submitTaskForm(taskId, extra))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("hacked");

    // Then nothing is stored and the process variables are untouched
    assertThat(instance).isWaitingAt("Task_RegisterThemeMeeting");
    assertThat(themeMeetings.find(year)).isEmpty();
    assertThat(themeMeetings.find(2019)).isEmpty();
    assertThat(runtimeService.getVariable(instance.getId(), YEAR)).isEqualTo(year);
    assertThat(runtimeService.getVariable(instance.getId(), "hacked")).isNull();
  }

  @Test
  void shouldRejectInvalidDateOrThemesWithDanishMessage() {
    // Given the registration task
    ProcessInstance instance = start();
    String taskId = task(instance).getId();

    // When the date is missing, malformed or far from the year, or a theme is incomplete, unknown
    // or one too many
    assertThatThrownBy(
            () -> formService.submitTaskForm(taskId, form(null, null, DIRECTION, dilemmas2019())))
        .hasMessageContaining("Angiv mødedatoen");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, form("14.11.2026", null, DIRECTION, dilemmas2019())))
        .hasMessageContaining("er ikke en dato");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, form((year - 3) + "-11-14", null, DIRECTION, dilemmas2019())))
        .hasMessageContaining("Mødedatoen skal ligge i " + (year - 1) + " eller " + year);
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    form(
                        year + "-01-20",
                        null,
                        DIRECTION,
                        "[{\"kind\":\"dilemma\",\"title\":\"A\"},{\"kind\":\"dilemma\",\"description\":\"Uden titel\"}]")))
        .hasMessageContaining("Prioritet 2: 'Titel' skal udfyldes");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    form(
                        year + "-01-20",
                        null,
                        DIRECTION,
                        "[{\"kind\":\"vision\",\"title\":\"A\"}]")))
        .hasMessageContaining(
            "række 1: feltet 'Type' har værdien 'vision', som ikke er et af valgene");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, form(year + "-01-20", null, DIRECTION, "[{\"title\":\"A\"}]")))
        .hasMessageContaining("Prioritet 1: vælg om det er et tema eller et dilemma");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, form(year + "-01-20", null, DIRECTION, themes(16, 10))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("højst registreres 15");

    // Then nothing is stored
    assertThat(instance).isWaitingAt("Task_RegisterThemeMeeting");
    assertThat(themeMeetings.find(year)).isEmpty();
  }

  @Test
  void shouldRejectSecondThemeMeetingForSameYear() {
    // Given a year whose theme meeting is registered, and a second instance for the same year
    // (should not happen)
    ProcessInstance first = start();
    formService.submitTaskForm(
        task(first).getId(), form(year + "-01-20", null, DIRECTION, dilemmas2019()));
    ProcessInstance second = start();
    assertThat((String) formService.getTaskFormVariables(task(second).getId()).get(MEETING_INFO))
        .contains("allerede registreret");

    // When the second task is submitted
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    task(second).getId(),
                    form(year + "-02-01", "Andet sted", "Anden retning", themes(1, 10))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Byrådets temamøde for " + year + " er allerede registreret");

    // Then the first meeting is unchanged
    assertThat(second).isWaitingAt("Task_RegisterThemeMeeting");
    ThemeMeeting meeting = themeMeetings.find(year).orElseThrow();
    assertThat(meeting.getPoliticalDirection()).isEqualTo(DIRECTION);
    assertThat(meeting.getThemes()).hasSize(7);
  }

  @Test
  void shouldTruncateSummaryAt4000CharactersAndBeEmptyWithoutMeeting() {
    // Given no meeting yet
    assertThat(themeMeetings.summary(year)).isEmpty();

    // When a meeting with fifteen long themes is registered
    ProcessInstance instance = start();
    formService.submitTaskForm(
        task(instance).getId(), form(year + "-01-20", null, DIRECTION, themes(15, 3000)));

    // Then the summary fits a String variable and shows it was cut
    String summary = themeMeetings.summary(year).orElseThrow();
    assertThat(summary).hasSize(4000).endsWith("…").contains("1. **Tema 1** (tema)");
  }

  @Test
  void shouldRunAsCallActivityWithYearAndBusinessKeyFromMainProcess() {
    // Given a main process calling the block as the lead's annual cycle does: year in, business key
    // in
    BpmnModelInstance caller =
        Bpmn.createExecutableProcess("test-theme-meeting-caller")
            .camundaHistoryTimeToLive(3650)
            .startEvent()
            .callActivity("CallActivity_ThemeMeeting")
            .calledElement(PROCESS_KEY)
            .camundaIn(YEAR, YEAR)
            .endEvent()
            .done();
    CallActivity callActivity = caller.getModelElementById("CallActivity_ThemeMeeting");
    CamundaIn businessKey = caller.newInstance(CamundaIn.class);
    businessKey.setCamundaBusinessKey("#{execution.processBusinessKey}");
    callActivity.getExtensionElements().addChildElement(businessKey);
    repositoryService
        .createDeployment()
        .addModelInstance("test-theme-meeting-caller.bpmn", caller)
        .deploy();

    // When the main process reaches the block
    ProcessInstance main =
        runtimeService.startProcessInstanceByKey(
            "test-theme-meeting-caller",
            "Årshjul " + year,
            Map.of(YEAR, year, "somethingElse", "stays in the main process"));
    ProcessInstance block =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(main.getId())
            .singleResult();

    // Then the block waits for the council secretariat with only its own variables
    assertThat(block.getBusinessKey()).isEqualTo("Årshjul " + year);
    assertThat(block).isWaitingAt("Task_RegisterThemeMeeting");
    assertThat(runtimeService.getVariables(block.getId()).keySet()).containsExactlyInAnyOrder(YEAR);

    // And registering the meeting ends the block and continues the main process
    formService.submitTaskForm(
        task(block).getId(), form(year + "-01-20", null, DIRECTION, dilemmas2019()));
    assertThat(block).isEnded();
    assertThat(main).isEnded();
    assertThat(themeMeetings.find(year)).isPresent();
  }

  @Test
  void shouldRefuseToStartForYearTheMainProcessHasNotCreated() {
    // When the block is started for a year without a period row, or without a year
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(YEAR, 1)))
        .hasMessageContaining("Årshjulet for 1 findes ikke");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY))
        .hasMessageContaining("Temamødet skal startes med variablen 'year'");

    // Then no instance was left behind
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(YEAR, 1)
                .count())
        .isZero();
  }

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, "Temamøde " + year, Map.of(YEAR, year));
  }

  private void loginAs(String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(g -> g.getId())
            .toList();
    assertThat(groups).as("demo user " + userId).isNotEmpty();
    identityService.setAuthentication(userId, groups);
  }

  /** What Tasklist submits: the date as an ISO string, the dynamic list as Json. */
  private static VariableMap form(
      String meetingDate, String place, String direction, String themesJson) {
    VariableMap variables =
        Variables.createVariables()
            .putValue(MEETING_DATE, meetingDate)
            .putValue(PLACE, place)
            .putValue(POLITICAL_DIRECTION, direction);
    if (themesJson != null) {
      variables.putValueTyped(THEMES, SpinValues.jsonValue(themesJson).create());
    }
    return variables;
  }

  private String dilemmas2019() {
    ArrayNode themes = objectMapper.createArrayNode();
    for (List<String> dilemma : DILEMMAS_2019) {
      themes
          .addObject()
          .put("kind", "dilemma")
          .put("title", dilemma.get(0))
          .put("description", dilemma.get(1));
    }
    return themes.toString();
  }

  private String themes(int count, int descriptionLength) {
    ArrayNode themes = objectMapper.createArrayNode();
    for (int i = 1; i <= count; i++) {
      themes
          .addObject()
          .put("kind", "tema")
          .put("title", "Tema " + i)
          .put("description", "x".repeat(descriptionLength));
    }
    return themes.toString();
  }
}
