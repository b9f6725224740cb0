package dk.aarshjul.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.organisation.District;
import dk.aarshjul.organisation.DistrictRepository;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Periods;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grouping of approved contracts into dialogue meetings by the DUS meeting models, as the main
 * process runs it.
 */
@SpringBootTest
class DialoguePlanningTest {

  @Autowired org.springframework.context.ApplicationEventPublisher eventPublisher;
  @Autowired DialogueTestData testData;
  @Autowired DialoguePlanner planner;
  @Autowired DialogueService dialogues;
  @Autowired DialogueMeetings dialogueMeetings;
  @Autowired DialogueMeetingRepository meetings;
  @Autowired Periods years;
  @Autowired MeetingModels meetingModels;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlatformTransactionManager transactions;
  @Autowired UnitRepository units;
  @Autowired DistrictRepository districts;

  @Test
  void shouldGroupApprovedContractsByEachAreasMeetingModelAndStartOneDialoguePerMeeting() {
    // Given schools and daycare by unit type in Børn og Unge, Ældre og Handicap as one meeting,
    // staff units alone
    int year =
        testData.newYear(
            Map.of(
                "boern-unge",
                MeetingModel.SAME_UNIT_TYPE,
                "aeldre-handicap",
                MeetingModel.WHOLE_AREA,
                "stab-oekonomi",
                MeetingModel.SINGLE_UNIT));
    for (String unit :
        List.of(
            "gl-rye",
            "niels-ebbesen",
            "dagtilbud-skanderborg",
            "soelund",
            "aeldrecenter-ry",
            "botilbud",
            "digitalisering")) {
      testData.approvedContract(year, unit);
    }
    // and Dagtilbud Ry whose contract is not yet approved
    ProcessInstance dagtilbudRy = testData.draftContract(year, "dagtilbud-ry");

    // When the main process plans the meetings and calls contract-dialogue once per meeting
    Deployment deployment =
        repositoryService
            .createDeployment()
            .name("test-main-process")
            .addModelInstance("test-dialogue-cycle.bpmn", mainProcess())
            .deploy();
    try {
      ProcessInstance main =
          runtimeService.startProcessInstanceByKey("test-dialogue-cycle", Map.of("year", year));

      // Then there is one meeting per (area, unit type), per area, and per unit, ordered by title
      List<DialogueMeeting> planned = meetings(year);
      assertThat(planned)
          .extracting(DialogueMeeting::getTitle, DialogueMeeting::getMeetingModel)
          .containsExactly(
              tuple("Børn og Unge – dagtilbud", MeetingModel.SAME_UNIT_TYPE),
              tuple("Børn og Unge – skoler", MeetingModel.SAME_UNIT_TYPE),
              tuple("Digitalisering og IT", MeetingModel.SINGLE_UNIT),
              tuple("Ældre og Handicap", MeetingModel.WHOLE_AREA));
      assertThat(unitNames(planned.get(0))).containsExactly("Dagtilbud Skanderborg By");
      assertThat(unitNames(planned.get(1)))
          .containsExactly("Gl. Rye skole og dagtilbud", "Niels Ebbesen Skolen");
      assertThat(unitNames(planned.get(2))).containsExactly("Digitalisering og IT");
      assertThat(unitNames(planned.get(3)))
          .containsExactly(
              "Bo- og aktivitetstilbud Skanderborg", "Plejecenter Sølund", "Ældrecenter Ry");
      assertThat(planned)
          .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MeetingStatus.PLANNED));
      assertThat(dialogueMeetings.ids(year))
          .containsExactlyElementsOf(planned.stream().map(DialogueMeeting::getId).toList());
      assertThat(dialogueMeetings.title(planned.get(1).getId())).isEqualTo("Børn og Unge – skoler");

      // And each meeting's dialogue waits for its area's group chief, with a readable business key
      List<ProcessInstance> dialogueInstances =
          runtimeService.createProcessInstanceQuery().superProcessInstanceId(main.getId()).list();
      assertThat(dialogueInstances)
          .extracting(ProcessInstance::getBusinessKey)
          .containsExactlyInAnyOrder(
              year + "/Dialogmøde Børn og Unge – dagtilbud",
                  year + "/Dialogmøde Børn og Unge – skoler",
              year + "/Dialogmøde Digitalisering og IT", year + "/Dialogmøde Ældre og Handicap");
      assertThat(
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(year + "/Dialogmøde Ældre og Handicap")
                  .taskDefinitionKey("Task_PlanDialogueMeeting")
                  .taskCandidateGroup("koncernchef-aeldre-handicap")
                  .count())
          .isEqualTo(1);

      // When planning runs again (a retried job) after Dagtilbud Ry's contract was approved
      testData.approve(dagtilbudRy);
      planner.planMeetings(year);
      planner.planMeetings(year);

      // Then no meeting or participant is duplicated and Dagtilbud Ry joins the daycare meeting
      List<DialogueMeeting> replanned = meetings(year);
      assertThat(replanned)
          .extracting(DialogueMeeting::getId)
          .containsExactlyElementsOf(planned.stream().map(DialogueMeeting::getId).toList());
      assertThat(unitNames(replanned.get(0)))
          .containsExactly("Dagtilbud Ry", "Dagtilbud Skanderborg By");
      assertThat(replanned).extracting(m -> m.getParticipants().size()).containsExactly(2, 2, 1, 3);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void shouldSplitAGroupLargerThanOneMeetingIntoNumberedMeetings() {
    // Given Ældre og Handicap as one meeting with its three units approved, and meetings of at most
    // two units
    int year = testData.newYear(Map.of("aeldre-handicap", MeetingModel.WHOLE_AREA));
    for (String unit : List.of("soelund", "aeldrecenter-ry", "botilbud")) {
      testData.approvedContract(year, unit);
    }
    DialoguePlanner twoPerMeeting = new DialoguePlanner(years, meetingModels, meetings, 2);
    TransactionTemplate transaction = new TransactionTemplate(transactions);

    // When the meetings are planned, twice (a retried job)
    transaction.executeWithoutResult(status -> twoPerMeeting.planMeetings(year));
    transaction.executeWithoutResult(status -> twoPerMeeting.planMeetings(year));

    // Then the area has two meetings, the second numbered, and every unit is in exactly one of them
    List<DialogueMeeting> planned = meetings(year);
    assertThat(planned)
        .extracting(DialogueMeeting::getTitle)
        .containsExactly("Ældre og Handicap", "Ældre og Handicap (2)");
    assertThat(unitNames(planned.get(0)))
        .containsExactly("Bo- og aktivitetstilbud Skanderborg", "Plejecenter Sølund");
    assertThat(unitNames(planned.get(1))).containsExactly("Ældrecenter Ry");
  }

  @Autowired CommitteeDialoguePlanRepository committeePlans;
  @Autowired DialogueParticipantRepository participants;
  @Autowired dk.aarshjul.organisation.CommitteeRepository committees;
  @Autowired dk.aarshjul.reporting.GoalResults goalResults;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper objectMapper;

  @Test
  void shouldPlanACommitteesMeetingsAroundOneTableAndOnlyOnce() {
    // Given a term 2094–2097 and Social- og Sundhedsudvalget's care homes (two) and housing (one),
    // with meetings of at most one institution
    long periodId =
        transactionResult(
            () ->
                years
                    .openElectionTerm(2094, null, dk.aarshjul.period.GoalTemplate.EFFECT)
                    .openWithoutModel()
                    .getId());
    CommitteeDialogues onePerMeeting =
        new CommitteeDialogues(
            committeePlans,
            meetings,
            participants,
            committees,
            units,
            years,
            goalResults,
            objectMapper,
            eventPublisher,
            1);
    TransactionTemplate transaction = new TransactionTemplate(transactions);

    // When its meetings are planned (it decided nothing: each type together), twice
    transaction.executeWithoutResult(
        status -> onePerMeeting.plan(periodId, 2094, "social-og-sundhedsudvalget"));
    transaction.executeWithoutResult(
        status -> onePerMeeting.plan(periodId, 2094, "social-og-sundhedsudvalget"));

    // Then the care homes meet in two numbered meetings and housing alone, each unit once
    assertThat(
            transactionResult(
                () ->
                    meetings.findOfCommittee(periodId, 2094, "social-og-sundhedsudvalget").stream()
                        .map(
                            m ->
                                m.getTitle() + ":" + m.getParticipants().size() + ":" + m.getKind())
                        .toList()))
        .containsExactly(
            "Social- og Sundhedsudvalget – Botilbud:1:COMMITTEE",
            "Social- og Sundhedsudvalget – Plejecentre:1:COMMITTEE",
            "Social- og Sundhedsudvalget – Plejecentre (2):1:COMMITTEE");
  }

  private <T> T transactionResult(java.util.function.Supplier<T> work) {
    return new TransactionTemplate(transactions).execute(status -> work.get());
  }

  @Test
  void shouldBringAnAreasUnitsOfOneDistrictTogetherWhateverTheirType() {
    // Given Børn og Unge meeting by district: a school and a daycare in Ry, a school in Skanderborg
    // By, and a daycare in no district
    int year = testData.newYear(Map.of("boern-unge", MeetingModel.SAME_DISTRICT));
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(
        status -> {
          District ry = districts.save(new District("ry-" + year, "Ry"));
          District town = districts.save(new District("skanderborg-by-" + year, "Skanderborg By"));
          units.findByCode("gl-rye").orElseThrow().placeIn(ry);
          units.findByCode("dagtilbud-ry").orElseThrow().placeIn(ry);
          units.findByCode("niels-ebbesen").orElseThrow().placeIn(town);
        });
    try {
      for (String unit :
          List.of("gl-rye", "dagtilbud-ry", "niels-ebbesen", "dagtilbud-skanderborg")) {
        testData.approvedContract(year, unit);
      }

      // When the meetings are planned
      transaction.executeWithoutResult(status -> planner.planMeetings(year));

      // Then each district has one meeting of all its units, and the unit in no district its own
      List<DialogueMeeting> planned = meetings(year);
      assertThat(planned)
          .extracting(DialogueMeeting::getTitle, DialogueMeeting::getMeetingModel)
          .containsExactly(
              tuple("Børn og Unge – Ry", MeetingModel.SAME_DISTRICT),
              tuple("Børn og Unge – Skanderborg By", MeetingModel.SAME_DISTRICT),
              tuple("Dagtilbud Skanderborg By", MeetingModel.SAME_DISTRICT));
      assertThat(unitNames(planned.get(0)))
          .containsExactly("Dagtilbud Ry", "Gl. Rye skole og dagtilbud");
      assertThat(unitNames(planned.get(1))).containsExactly("Niels Ebbesen Skolen");
      assertThat(unitNames(planned.get(2))).containsExactly("Dagtilbud Skanderborg By");
    } finally {
      transaction.executeWithoutResult(
          status ->
              List.of("gl-rye", "dagtilbud-ry", "niels-ebbesen")
                  .forEach(code -> units.findByCode(code).orElseThrow().placeIn(null)));
    }
  }

  @Test
  void shouldPlanOneMeetingPerUnitWhenTheDusChoseNoModel() {
    // Given a year without meeting models and two approved contracts in Børn og Unge
    int year = testData.newYear(Map.of());
    testData.approvedContract(year, "gl-rye");
    testData.approvedContract(year, "dagtilbud-ry");

    // When the meetings are planned
    planner.planMeetings(year);

    // Then each unit has its own dialogue
    assertThat(meetings(year))
        .extracting(DialogueMeeting::getTitle, DialogueMeeting::getMeetingModel)
        .containsExactly(
            tuple("Dagtilbud Ry", MeetingModel.SINGLE_UNIT),
            tuple("Gl. Rye skole og dagtilbud", MeetingModel.SINGLE_UNIT));
  }

  @Test
  void shouldCutContractSummariesToFitOneFormVariable() {
    // Given one short and three very long contract summaries
    List<String> summaries =
        List.of("**Kort kontrakt**", "A".repeat(3000), "B\n".repeat(2000), "C".repeat(5000));

    // When they are joined for the meeting form
    String text = DialogueService.fit(summaries, 4000);

    // Then all four are shown, the short one whole, the long ones cut and marked, within 4000
    // characters
    assertThat(text.length()).isLessThanOrEqualTo(4000);
    assertThat(text).contains("**Kort kontrakt**", "AAA", "B\nB", "CCC", "*(forkortet)*");
    assertThat(DialogueService.fit(List.of("kort", "også kort"), 4000))
        .isEqualTo("kort\n\n---\n\nogså kort");
  }

  private BpmnModelInstance mainProcess() {
    return Bpmn.createExecutableProcess("test-dialogue-cycle")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_PlanDialogueMeetings")
        .camundaDelegateExpression("${planDialogueMeetingsDelegate}")
        .callActivity("CallActivity_ContractDialogue")
        .calledElement(DialogueVariables.PROCESS_KEY)
        .camundaIn(DialogueVariables.YEAR, DialogueVariables.YEAR)
        .camundaIn(DialogueVariables.DIALOGUE_MEETING_ID, DialogueVariables.DIALOGUE_MEETING_ID)
        .camundaInBusinessKey("${year}/Dialogmøde ${dialogueMeetings.title(dialogueMeetingId)}")
        .multiInstance()
        .camundaCollection("${dialogueMeetings.ids(year)}")
        .camundaElementVariable(DialogueVariables.DIALOGUE_MEETING_ID)
        .multiInstanceDone()
        .endEvent()
        .done();
  }

  private List<DialogueMeeting> meetings(int year) {
    return meetings
        .findByYearIdOrderByTitle(years.findBudgetYear(year).orElseThrow().getId())
        .stream()
        .map(m -> dialogues.get(m.getId()))
        .toList();
  }

  private static List<String> unitNames(DialogueMeeting meeting) {
    return meeting.contracts().stream()
        .map(DevelopmentContract::getUnit)
        .map(u -> u.getName())
        .toList();
  }
}
