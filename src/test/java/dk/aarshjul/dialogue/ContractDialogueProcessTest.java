package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractVersion;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.InvalidSubmissionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through contract-dialogue.bpmn, driven through the FormService as Tasklist
 * does.
 */
@SpringBootTest
class ContractDialogueProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired DialogueTestData testData;
  @Autowired DialoguePlanner planner;
  @Autowired DialogueService dialogues;
  @Autowired DialogueMeetingRepository meetings;
  @Autowired DialogueAgreementRepository agreements;
  @Autowired Periods years;
  @Autowired ContractService contracts;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
  }

  @Test
  void shouldCompleteDialogueWithoutAdjustments() {
    // Given an approved contract for Gl. Rye and a dialogue window in the DUS
    int year = yearWithWindow(MeetingModel.SINGLE_UNIT);
    long contractId = testData.approvedContract(year, "gl-rye");
    DialogueMeeting meeting = meeting(year, "Gl. Rye skole og dagtilbud");

    // When its dialogue starts, the group chief of Børn og Unge plans it
    ProcessInstance instance = start(year, meeting);
    assertThat(instance).isWaitingAt("Task_PlanDialogueMeeting");
    assertThat(task(instance)).hasCandidateGroup("koncernchef-boern-unge");
    assertThat(instance.getBusinessKey())
        .isEqualTo(year + "/Dialogmøde Gl. Rye skole og dagtilbud");
    Map<String, Object> planForm = formService.getTaskFormVariables(task(instance).getId());
    assertThat((String) planForm.get(PARTICIPANTS_INFO)).contains("Gl. Rye skole og dagtilbud");
    assertThat((String) planForm.get(DIALOGUE_WINDOW_INFO))
        .contains("1. marts " + year, "30. april " + year);
    plan(instance, year + "-03-14", "Gl. Rye skole, personalerummet");

    // And the directorate holds it, seeing the contract, and agrees no adjustments
    assertThat(instance).isWaitingAt("Task_HoldDialogueMeeting");
    assertThat(task(instance)).hasCandidateGroup("direktion");
    Map<String, Object> holdForm = formService.getTaskFormVariables(task(instance).getId());
    assertThat((String) holdForm.get(CONTRACT_SUMMARIES))
        .contains("Gl. Rye skole og dagtilbud", "Lavere sygefravær");
    assertThat((String) holdForm.get(MEETING_INFO))
        .contains("14. marts " + year, "personalerummet");
    assertThat(holdForm.get(AGREEMENTS).toString()).contains("Gl. Rye skole og dagtilbud");
    hold(
        instance,
        "Godt møde. Kontrakten fastholdes.",
        """
        [{"unitName":"Gl. Rye skole og dagtilbud","agreed":false}]""");

    // Then the dialogue ends without adjustment tasks, the meeting is completed and the contract
    // unchanged
    assertThat(instance)
        .hasPassed("Gateway_AdjustmentsAgreed")
        .hasNotPassed("Task_AdjustContract")
        .isEnded()
        .hasPassed("EndEvent_DialogueCompleted");
    DialogueMeeting stored = dialogues.get(meeting.getId());
    assertThat(stored.getStatus()).isEqualTo(MeetingStatus.COMPLETED);
    assertThat(stored.getPlannedDate()).isEqualTo(LocalDate.of(year, 3, 14));
    assertThat(stored.getPlace()).isEqualTo("Gl. Rye skole, personalerummet");
    assertThat(stored.getMinutes()).isEqualTo("Godt møde. Kontrakten fastholdes.");
    assertThat(agreements.findByMeetingIdOrderByContractUnitName(meeting.getId())).isEmpty();
    assertThat(contracts.versions(contractId)).hasSize(1);
  }

  @Test
  void shouldApplyAgreedAdjustmentAsNewContractVersion() {
    // Given the two schools of Børn og Unge in one dialogue meeting
    int year = yearWithWindow(MeetingModel.SAME_UNIT_TYPE);
    long glRye = testData.approvedContract(year, "gl-rye");
    long nielsEbbesen = testData.approvedContract(year, "niels-ebbesen");
    DialogueMeeting meeting = meeting(year, "Børn og Unge – skoler");
    ProcessInstance instance = start(year, meeting);
    plan(instance, year + "-04-02", "Rådhuset, mødelokale 1");

    // When adjustments are agreed for Gl. Rye only
    hold(
        instance,
        "Drøftelse af sygefravær og eksekvering.",
        """
        [{"unitName":"Gl. Rye skole og dagtilbud","agreed":true,"agreedText":"Målet for sygefravær skærpes til under 4 %."},
         {"unitName":"Niels Ebbesen Skolen","agreed":false,"agreedText":null}]""");

    // Then only Gl. Rye's contract holder gets the adjustment task, showing the agreement and the
    // contract
    assertThat(instance).isWaitingAt("Task_AdjustContract");
    List<Task> tasks = tasks(instance);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0)).hasCandidateGroup("kontraktholder-gl-rye");
    assertThat(dialogues.get(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.HELD);
    Map<String, Object> form = formService.getTaskFormVariables(tasks.get(0).getId());
    assertThat((String) form.get(AGREEMENT_INFO))
        .contains("Målet for sygefravær skærpes til under 4 %.");
    assertThat(form.get(GOALS).toString()).contains("Lavere sygefravær");
    assertThat(form.get(UNIT_NAME)).isEqualTo("Gl. Rye skole og dagtilbud");

    // When the contract holder changes the goal
    formService.submitTaskForm(
        tasks.get(0).getId(),
        Variables.createVariables()
            .putValueTyped(
                GOALS,
                SpinValues.jsonValue(DialogueTestData.goals("Sygefravær under 4 %", "Under 4 %"))
                    .create())
            .putValue(LEADERSHIP_SPAN, "Ledelsesspændet er 1:25 og passer til principperne."));

    // Then (once the job executor has handed the completion back) Gl. Rye's contract is version 2
    // with the
    // changed goal, the agreement applied and the dialogue completed
    engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    assertThat(instance)
        .hasPassed("Task_AdjustContract")
        .isEnded()
        .hasPassed("EndEvent_DialogueCompleted");
    List<ContractVersion> versions = contracts.versions(glRye);
    assertThat(versions).extracting(ContractVersion::getVersionNumber).containsExactly(1, 2);
    ContractVersion adjusted = versions.get(1);
    assertThat(adjusted.getReason()).isEqualTo(ContractVersion.Reason.DIALOGUE_ADJUSTMENT);
    assertThat(adjusted.getNote()).isEqualTo("Målet for sygefravær skærpes til under 4 %.");
    assertThat(adjusted.getContent()).contains("Sygefravær under 4 %");
    assertThat(contracts.get(glRye).getGoals())
        .extracting(Goal::getTitle)
        .contains("Sygefravær under 4 %");
    assertThat(contracts.get(glRye).getStatus()).hasToString("APPROVED");
    assertThat(contracts.versions(nielsEbbesen)).hasSize(1);
    List<DialogueAgreement> stored =
        agreements.findByMeetingIdOrderByContractUnitName(meeting.getId());
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).getContract().getId()).isEqualTo(glRye);
    assertThat(stored.get(0).getStatus()).isEqualTo(AgreementStatus.APPLIED);
    assertThat(stored.get(0).getAppliedVersion()).isEqualTo(2);
    assertThat(dialogues.get(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.COMPLETED);
  }

  @Test
  void shouldRejectDateOutsideDialogueWindowAndMissingPlace() {
    // Given a dialogue waiting to be planned, with the window 1 March – 30 April
    int year = yearWithWindow(MeetingModel.SINGLE_UNIT);
    testData.approvedContract(year, "aeldrecenter-ry");
    DialogueMeeting meeting = meeting(year, "Ældrecenter Ry");
    ProcessInstance instance = start(year, meeting);
    assertThat(task(instance)).hasCandidateGroup("koncernchef-aeldre-handicap");
    String taskId = task(instance).getId();

    // When the group chief picks a date after the window, or leaves out the place
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, Map.of(PLANNED_DATE, year + "-05-15", PLACE, "Ry")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("15. maj " + year + " ligger uden for dialogperioden")
        .hasMessageContaining("1. marts " + year + " – 30. april " + year);
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, Map.of(PLANNED_DATE, year + "-02-28", PLACE, "Ry")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("uden for dialogperioden");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, Map.of(PLANNED_DATE, year + "-03-10", PLACE, " ")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Angiv hvor dialogmødet holdes");

    // Then nothing is stored and the task stays open; a date inside the window is accepted
    assertThat(instance).isWaitingAt("Task_PlanDialogueMeeting");
    assertThat(dialogues.get(meeting.getId()).getPlannedDate()).isNull();
    plan(instance, year + "-04-30", "Ældrecenter Ry, cafeen");
    assertThat(instance).isWaitingAt("Task_HoldDialogueMeeting");
    assertThat(dialogues.get(meeting.getId()).getPlannedDate())
        .isEqualTo(LocalDate.of(year, 4, 30));
  }

  @Test
  void shouldRejectMeetingWithoutMinutes() {
    // Given a planned dialogue
    ProcessInstance instance = plannedDialogue("soelund", "Plejecenter Sølund");
    String taskId = task(instance).getId();

    // When the directorate completes the meeting without minutes
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    holdVariables(
                        "  ",
                        """
        [{"unitName":"Plejecenter Sølund","agreed":false}]""")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv referatet fra dialogmødet");

    // Then the meeting is not held and nothing is stored
    assertThat(instance).isWaitingAt("Task_HoldDialogueMeeting");
    DialogueMeeting meeting = dialogues.get(meetingId(instance));
    assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(meeting.getMinutes()).isNull();
  }

  @Test
  void shouldRejectAgreedAdjustmentWithoutText() {
    // Given a planned dialogue
    ProcessInstance instance = plannedDialogue("botilbud", "Bo- og aktivitetstilbud Skanderborg");
    String taskId = task(instance).getId();

    // When adjustments are marked as agreed without saying what, or the unit list is tampered with
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    holdVariables(
                        "Referat",
                        """
        [{"unitName":"Bo- og aktivitetstilbud Skanderborg","agreed":true,"agreedText":"  "}]""")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Bo- og aktivitetstilbud Skanderborg: skriv hvad der blev aftalt");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    holdVariables(
                        "Referat",
                        """
        [{"unitName":"Bo- og aktivitetstilbud Skanderborg","agreed":false},
         {"unitName":"Digitalisering og IT","agreed":true,"agreedText":"x"}]""")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("skal have 1 række (har 2); rækker kan ikke tilføjes eller fjernes");

    // Then nothing is stored and the task stays open
    assertThat(instance).isWaitingAt("Task_HoldDialogueMeeting");
    long meetingId = meetingId(instance);
    assertThat(dialogues.get(meetingId).getMinutes()).isNull();
    assertThat(agreements.findByMeetingIdOrderByContractUnitName(meetingId)).isEmpty();
  }

  @Test
  void shouldRefuseASecondDialogueForTheSameMeeting() {
    // Given a dialogue running for Ældrecenter Ry's meeting
    int year = yearWithWindow(MeetingModel.SINGLE_UNIT);
    testData.approvedContract(year, "aeldrecenter-ry");
    DialogueMeeting meeting = meeting(year, "Ældrecenter Ry");
    ProcessInstance first = start(year, meeting);

    // When another instance is started for the same meeting (e.g. through engine-rest)
    assertThatThrownBy(() -> start(year, meeting))
        .hasMessageContaining("holdes allerede i procesinstans " + first.getId());

    // Then only the first dialogue exists and owns the meeting
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(DIALOGUE_MEETING_ID, meeting.getId())
                .count())
        .isEqualTo(1);
    assertThat(dialogues.get(meeting.getId()).getProcessInstanceId()).isEqualTo(first.getId());
  }

  @Test
  void shouldRejectForgedProcessVariables() {
    // Given a dialogue for Dagtilbud Skanderborg By and another meeting of the same year
    int year = yearWithWindow(MeetingModel.SINGLE_UNIT);
    long contractId = testData.approvedContract(year, "dagtilbud-skanderborg");
    testData.approvedContract(year, "digitalisering");
    DialogueMeeting meeting = meeting(year, "Dagtilbud Skanderborg By");
    DialogueMeeting other = meeting(year, "Digitalisering og IT");
    ProcessInstance instance = start(year, meeting);
    String planTask = task(instance).getId();

    // When a client sends the other meeting's id or an unknown variable with the planning form
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    planTask,
                    Map.of(
                        PLANNED_DATE,
                        year + "-03-10",
                        PLACE,
                        "Ry",
                        DIALOGUE_MEETING_ID,
                        other.getId())))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(DIALOGUE_MEETING_ID);
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    planTask, Map.of(PLANNED_DATE, year + "-03-10", PLACE, "Ry", "hacked", "x")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("hacked");

    // Then nothing is stored for either meeting
    assertThat(dialogues.get(meeting.getId()).getPlannedDate()).isNull();
    assertThat(dialogues.get(other.getId()).getPlannedDate()).isNull();
    assertThat(runtimeService.getVariable(instance.getId(), DIALOGUE_MEETING_ID))
        .isEqualTo(meeting.getId());
    assertThat(runtimeService.getVariable(instance.getId(), "hacked")).isNull();

    // When the adjustment task is submitted with a forged agreement id or a forged decision
    plan(instance, year + "-03-10", "Skanderborg");
    hold(
        instance,
        "Referat",
        """
        [{"unitName":"Dagtilbud Skanderborg By","agreed":true,"agreedText":"Tilføj mål om sprogindsats."}]""");
    String adjustTask = task(instance).getId();
    long agreementId =
        agreements.findByMeetingIdOrderByContractUnitName(meeting.getId()).get(0).getId();
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    adjustTask, adjustVariables().putValue(AGREEMENT_ID, agreementId + 1000)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(AGREEMENT_ID);
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    adjustTask, adjustVariables().putValue(ADJUSTMENTS_AGREED, false)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(ADJUSTMENTS_AGREED);

    // Then the contract is unchanged and the agreement still pending
    assertThat(instance).isWaitingAt("Task_AdjustContract");
    assertThat(contracts.versions(contractId)).hasSize(1);
    assertThat(agreements.findById(agreementId).orElseThrow().getStatus())
        .isEqualTo(AgreementStatus.PENDING);
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  private int yearWithWindow(MeetingModel boernUngeModel) {
    return testData.newYear(Map.of("boern-unge", boernUngeModel));
  }

  private ProcessInstance plannedDialogue(String unitCode, String title) {
    int year = yearWithWindow(MeetingModel.SINGLE_UNIT);
    testData.approvedContract(year, unitCode);
    ProcessInstance instance = start(year, meeting(year, title));
    plan(instance, year + "-03-20", "Rådhuset");
    assertThat(instance).isWaitingAt("Task_HoldDialogueMeeting");
    return instance;
  }

  private DialogueMeeting meeting(int year, String title) {
    planner.planMeetings(year);
    DialogueMeeting meeting =
        meetings
            .findByYearIdAndTitle(years.findBudgetYear(year).orElseThrow().getId(), title)
            .orElseThrow(() -> new AssertionError("Intet dialogmøde '" + title + "'"));
    return dialogues.get(meeting.getId());
  }

  private ProcessInstance start(int year, DialogueMeeting meeting) {
    return runtimeService.startProcessInstanceByKey(
        PROCESS_KEY, Map.of(YEAR, year, DIALOGUE_MEETING_ID, meeting.getId()));
  }

  private void plan(ProcessInstance instance, String date, String place) {
    formService.submitTaskForm(task(instance).getId(), Map.of(PLANNED_DATE, date, PLACE, place));
  }

  private void hold(ProcessInstance instance, String minutes, String agreementsJson) {
    formService.submitTaskForm(task(instance).getId(), holdVariables(minutes, agreementsJson));
  }

  private static VariableMap holdVariables(String minutes, String agreementsJson) {
    return Variables.createVariables()
        .putValue(MINUTES, minutes)
        .putValueTyped(AGREEMENTS, SpinValues.jsonValue(agreementsJson).create());
  }

  private static VariableMap adjustVariables() {
    return Variables.createVariables()
        .putValueTyped(GOALS, SpinValues.jsonValue(DialogueTestData.completeGoals()).create())
        .putValue(LEADERSHIP_SPAN, "Vurderet");
  }

  private long meetingId(ProcessInstance instance) {
    return (Long) runtimeService.getVariable(instance.getId(), DIALOGUE_MEETING_ID);
  }

  private List<Task> tasks(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).list();
  }
}
