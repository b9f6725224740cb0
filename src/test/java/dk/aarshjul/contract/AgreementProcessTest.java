package dk.aarshjul.contract;

import static dk.aarshjul.contract.AgreementTestData.CHILDREN_GOAL;
import static dk.aarshjul.contract.AgreementTestData.ELDERLY_GOAL;
import static dk.aarshjul.contract.AgreementTestData.ORGANISATION_GOAL;
import static dk.aarshjul.contract.ContractVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.dialogue.CommitteeDialogues;
import dk.aarshjul.dialogue.DialogueService;
import dk.aarshjul.dialogue.DialogueVariables;
import dk.aarshjul.followup.FollowUpVariables;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.process.EngineHistory;
import dk.aarshjul.process.InvalidSubmissionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path of an udviklingsaftale (goal template AGREEMENT, Slagelse) through
 * development-contract.bpmn, driven as Tasklist does: drafted by the unit's leader, approved by the
 * committee (its secretariat registers the decision), versioned, followed up red/yellow/green by
 * follow-up.bpmn; and the directorate's common goals the agreements serve.
 */
@SpringBootTest
class AgreementProcessTest {

  private static final String LEADER = "mette"; // kontraktholder for Gl. Rye skole og dagtilbud
  private static final String SECRETARIAT = "sofie"; // Børne- og Undervisningsudvalgets sekretær
  private static final String COMMITTEE_SECRETARIAT =
      "udvalgssekretariat-boerne-og-undervisningsudvalget";
  private static final String COMMON_GOALS_TEST = "register-common-goals-test";

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ContractService contracts;
  @Autowired Agreements agreements;
  @Autowired CommonGoals commonGoals;
  @Autowired AgreementTestData testData;
  @Autowired ContractTestData contractTestData;
  @Autowired UnitRepository units;
  @Autowired CommitteeDialogues committeeDialogues;
  @Autowired DialogueService dialogueService;
  @Autowired ObjectMapper json;

  AgreementTestData.Year year;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    year = testData.newYear();
  }

  @Test
  void shouldLetTheLeaderDraftAnAgreementTheCommitteeApprovesAndVersion() throws Exception {
    // Given the year's dialogue meeting of Børne- og Undervisningsudvalget with Gl. Rye's leader
    holdDialogueMeeting("boerne-og-undervisningsudvalget", "gl-rye");

    // When Gl. Rye's agreement starts
    ProcessInstance instance = start("gl-rye");

    // Then the unit's leader writes it, in the agreement's own form
    assertThat(instance).isWaitingAt("Task_DraftAgreement");
    assertThat(task(instance)).hasCandidateGroup("kontraktholder-gl-rye");
    assertThat(instance.getBusinessKey()).isEqualTo(year.year() + "/Gl. Rye skole og dagtilbud");
    Map<String, Object> form = form(instance);
    // the text names the unit, the committee, the year and the rule
    assertThat((String) form.get(TEMPLATE_INFO))
        .contains(
            "Udviklingsaftale " + year.year() + " – Gl. Rye skole og dagtilbud",
            "Børne- og Undervisningsudvalget",
            "højst 5 mål, mindst ét af hver slags",
            "Hele organisationen: " + ORGANISATION_GOAL,
            "Børn og Unge: " + CHILDREN_GOAL)
        .doesNotContain(ELDERLY_GOAL);
    // and the minutes of the year's dialogue meeting with the committee
    assertThat((String) form.get(DIALOGUE_INFO))
        .contains(
            "Dialogmøder med Børne- og Undervisningsudvalget i " + year.year(),
            "Udvalget drøftede trivsel og overgange",
            "Udvalgets ønsker til enheden:",
            "Tættere samarbejde med dagtilbud");
    // the common goals that apply to the unit are its choices: the organisation's and its area's
    assertThat(json.readTree(form.get(COMMON_GOAL_OPTIONS).toString()))
        .extracting(option -> option.get("value").asText())
        .containsExactly(
            String.valueOf(year.organisationGoal()), String.valueOf(year.childrenGoal()));
    // and a new agreement opens with one goal of each kind to write
    assertThat(json.readTree(form.get(GOALS).toString()))
        .extracting(row -> row.get("kind").asText())
        .containsExactly("ledelse", "faelles");

    // When the leader submits two management goals and one common goal
    completeAs(instance, LEADER, goals(AgreementTestData.threeGoals(year.organisationGoal())));

    // Then the goals are checked and, without a hearing, the committee approves
    assertThat(instance)
        .hasPassed("Task_DraftAgreement", "Task_CheckRequirements", "Task_DetermineApprover")
        .hasNotPassed("Task_DraftContract", "Task_DraftTermGoals", "Task_GiveStakeholderComment")
        .isWaitingAt("Task_ApproveContract");
    assertThat(task(instance)).hasCandidateGroup(COMMITTEE_SECRETARIAT);
    assertThat(templateInputOfTheApproverDecision(instance)).isEqualTo("udviklingsaftale");
    assertThat((String) form(instance).get(APPROVAL_HEADING))
        .isEqualTo("### Godkend udviklingsaftalen");
    assertThat((String) form(instance).get(CONTRACT_SUMMARY))
        .contains(
            "Udviklingsaftale "
                + year.year()
                + " mellem Børne- og Undervisningsudvalget og Gl. Rye",
            "Mål 1: Kortere ventetid på PPR** (ledelsens mål for enheden)",
            "Mål 3: Sammen om overgangen til skole** (fælles mål for organisationen eller området)",
            "Bidrager til: Hele organisationen: " + ORGANISATION_GOAL);

    // When the committee's secretariat registers the committee's approval
    completeAs(instance, SECRETARIAT, Map.of(DECISION, DECISION_APPROVE, COMMENT, "Godkendt"));

    // Then the agreement is approved and recorded as version 1
    assertThat(instance).isEnded().hasPassed("EndEvent_ContractApproved");
    DevelopmentContract agreement = contract(instance);
    assertThat(agreement.getStatus()).isEqualTo(ContractStatus.APPROVED);
    assertThat(agreement.getApproverGroup()).isEqualTo(COMMITTEE_SECRETARIAT);
    assertThat(agreement.getApprovedBy()).isEqualTo(SECRETARIAT);
    List<ContractVersion> versions = contracts.versions(agreement.getId());
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).getReason()).isEqualTo(ContractVersion.Reason.APPROVED);
    JsonNode content = json.readTree(versions.get(0).getContent()).get("goals");
    assertThat(content)
        .extracting(row -> row.get("kind").asText())
        .containsExactly("ledelse", "ledelse", "faelles");
    assertThat(content.get(2).get("commonGoal").asText())
        .isEqualTo(String.valueOf(year.organisationGoal()));
    // and the goals are Gl. Rye's, the common one serving the organisation's goal (its lineage)
    long glRye = units.findByCode("gl-rye").orElseThrow().getId();
    assertThat(agreement.getGoals())
        .extracting(Goal::getKind, Goal::getParentGoalId, Goal::getOwnerKind, Goal::getOwnerUnitId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(GoalKind.OWN, null, GoalOwner.UNIT, glRye),
            org.assertj.core.groups.Tuple.tuple(GoalKind.OWN, null, GoalOwner.UNIT, glRye),
            org.assertj.core.groups.Tuple.tuple(
                GoalKind.COMMON, year.organisationGoal(), GoalOwner.UNIT, glRye));
  }

  @Test
  void shouldRefuseMoreGoalsThanTheConfiguredMostAndStoreNothing() {
    // Given Dagtilbud Ry's agreement, and at most aarshjul.agreement.max-goals (5) goals
    ProcessInstance instance = start("dagtilbud-ry");
    assertThat(agreements.maxGoals()).isEqualTo(5);

    // When the leader submits six goals
    assertThatThrownBy(
            () -> submit(instance, goals(AgreementTestData.goals(6, year.childrenGoal()))))
        // Then they are refused in Danish
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv højst 5 mål")
        .hasMessageContaining("Der er 6");

    // And nothing is stored; five goals are fine
    assertThat(instance).isWaitingAt("Task_DraftAgreement");
    assertThat(contract(instance).getGoals()).isEmpty();
    submit(instance, goals(AgreementTestData.goals(5, year.childrenGoal())));
    assertThat(instance).isWaitingAt("Task_ApproveContract");
    assertThat(contract(instance).getGoals()).hasSize(5);
  }

  @Test
  void shouldRefuseAnAgreementWithoutBothKindsOfGoalAndStoreNothing() {
    // Given Niels Ebbesen Skolen's agreement
    ProcessInstance instance = start("niels-ebbesen");

    // When the leader submits management goals only, then the missing common goal is named
    assertThatThrownBy(
            () ->
                submit(
                    instance,
                    goals(
                        """
                        [{"kind":"ledelse","title":"A","purpose":"a","effectFollowUp":"a"},
                         {"kind":"ledelse","title":"B","purpose":"b","effectFollowUp":"b"}]
                        """)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("mindst ét fælles mål for organisationen eller området")
        .hasMessageContaining("der mangler et fælles mål");

    // And a common goal alone lacks the management's goal
    assertThatThrownBy(
            () ->
                submit(
                    instance,
                    goals(
                        """
                        [{"kind":"faelles","commonGoal":"%d","title":"A","purpose":"a","effectFollowUp":"a"}]
                        """
                            .formatted(year.organisationGoal()))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("der mangler et af ledelsens mål for enheden");

    // And a management goal may not serve a common goal
    assertThatThrownBy(
            () ->
                submit(
                    instance,
                    goals(
                        """
                        [{"kind":"ledelse","commonGoal":"%d","title":"A","purpose":"a","effectFollowUp":"a"},
                         {"kind":"faelles","commonGoal":"%d","title":"B","purpose":"b","effectFollowUp":"b"}]
                        """
                            .formatted(year.organisationGoal(), year.organisationGoal()))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Mål 1: et af ledelsens mål for enheden bidrager ikke til et fælles");

    // And a common goal must name the common goal it serves
    assertThatThrownBy(
            () ->
                submit(
                    instance,
                    goals(
                        """
                        [{"kind":"ledelse","title":"A","purpose":"a","effectFollowUp":"a"},
                         {"kind":"faelles","title":"B","purpose":"b","effectFollowUp":"b"}]
                        """)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Mål 2: vælg det fælles mål, målet bidrager til");

    // Then nothing is stored
    assertThat(instance).isWaitingAt("Task_DraftAgreement");
    assertThat(contract(instance).getGoals()).isEmpty();
  }

  @Test
  void shouldRefuseACommonGoalOfAnotherAreaOrAnInventedOne() {
    // Given Gl. Rye's agreement (Børn og Unge), and Ældre og Handicap's common goal
    ProcessInstance instance = start("gl-rye");
    long contractId = contract(instance).getId();

    // When the form is submitted with the other area's goal or an invented id, then the choices
    // the task offered refuse it
    for (long id : new long[] {year.elderlyGoal(), 987654321L}) {
      assertThatThrownBy(() -> submit(instance, goals(AgreementTestData.threeGoals(id))))
          .isInstanceOf(InvalidSubmissionException.class)
          .hasMessageContaining("som ikke er et af valgene");
    }

    // And the service checks the id against the domain whoever sends it
    assertThatThrownBy(
            () ->
                agreements.saveDraft(contractId, AgreementTestData.threeGoals(year.elderlyGoal())))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Mål 3: det valgte fælles mål gælder et andet område end enhedens");
    assertThatThrownBy(
            () -> agreements.saveDraft(contractId, AgreementTestData.threeGoals(987654321L)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("findes ikke blandt årets fælles mål for enheden");
    // a common goal of another year is no choice either
    long otherYearsGoal = testData.newYear().organisationGoal();
    assertThatThrownBy(
            () -> agreements.saveDraft(contractId, AgreementTestData.threeGoals(otherYearsGoal)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("findes ikke blandt årets fælles mål for enheden");

    // Then nothing is stored, and the area's own goal is accepted
    assertThat(contracts.get(contractId).getGoals()).isEmpty();
    submit(instance, goals(AgreementTestData.threeGoals(year.childrenGoal())));
    assertThat(contracts.get(contractId).getGoals().get(2).getParentGoalId())
        .isEqualTo(year.childrenGoal());
  }

  @Test
  void shouldSendTheAgreementBackToTheLeaderAndApproveTheRedraft() throws Exception {
    // Given Gl. Rye's agreement awaiting the committee
    ProcessInstance instance = start("gl-rye");
    completeAs(instance, LEADER, goals(AgreementTestData.threeGoals(year.organisationGoal())));
    assertThat(instance).isWaitingAt("Task_ApproveContract");

    // When the committee sends it back with a comment (registered by its secretariat)
    completeAs(
        instance,
        SECRETARIAT,
        Map.of(DECISION, DECISION_SEND_BACK, COMMENT, "Gør det fælles mål mere konkret"));

    // Then the leader writes it again, seeing the committee's comment and the goals as sent
    assertThat(instance).hasPassed("Gateway_ContractApproved").isWaitingAt("Task_DraftAgreement");
    assertThat(contract(instance).getStatus()).isEqualTo(ContractStatus.CHANGES_REQUESTED);
    Map<String, Object> form = form(instance);
    assertThat((String) form.get(FEEDBACK_INFO))
        .contains("Sendt tilbage af udvalget", "Gør det fælles mål mere konkret");
    ArrayNode goals = (ArrayNode) json.readTree(form.get(GOALS).toString());
    assertThat(goals).hasSize(3);
    assertThat(goals.get(2).get("commonGoal").asText())
        .isEqualTo(String.valueOf(year.organisationGoal()));

    // When the leader redrafts the common goal for the area and the committee approves
    ObjectNode common = (ObjectNode) goals.get(2);
    common.put("commonGoal", String.valueOf(year.childrenGoal()));
    common.put("effectFollowUp", "Andel børn med en god overgang (forældretilfredshed)");
    completeAs(instance, LEADER, goals(goals.toString()));
    assertThat(instance).isWaitingAt("Task_ApproveContract");
    completeAs(instance, SECRETARIAT, Map.of(DECISION, DECISION_APPROVE));

    // Then the approved agreement is version 1 of the second submission, serving the area's goal
    assertThat(instance).isEnded().hasPassed("EndEvent_ContractApproved");
    DevelopmentContract agreement = contract(instance);
    assertThat(agreement.getVersion()).isEqualTo(2);
    assertThat(contracts.versions(agreement.getId())).hasSize(1);
    assertThat(agreement.getGoals().get(2).getParentGoalId()).isEqualTo(year.childrenGoal());
  }

  @Test
  void shouldFollowUpAnApprovedAgreementRedYellowGreen() throws Exception {
    // Given Gl. Rye's approved agreement
    ProcessInstance agreement = start("gl-rye");
    completeAs(agreement, LEADER, goals(AgreementTestData.threeGoals(year.childrenGoal())));
    completeAs(agreement, SECRETARIAT, Map.of(DECISION, DECISION_APPROVE));
    long contractId = contract(agreement).getId();

    // When the year's first follow-up starts, as a model's call activity starts it
    ProcessInstance followUp =
        runtimeService.startProcessInstanceByKey(
            FollowUpVariables.PROCESS_KEY,
            Variables.createVariables()
                .putValue(FollowUpVariables.YEAR, year.year())
                .putValue(FollowUpVariables.FOLLOW_UP_ROUND, 1)
                .putValue(FollowUpVariables.CONTRACT_ID, contractId));

    // Then the leader reports each of the agreement's goals, with how it is followed up
    assertThat(followUp).isWaitingAt("Task_ReportGoalStatus");
    assertThat(task(followUp)).hasCandidateGroup("kontraktholder-gl-rye");
    ArrayNode statuses =
        (ArrayNode) json.readTree(form(followUp).get(FollowUpVariables.GOAL_STATUSES).toString());
    assertThat(statuses)
        .extracting(row -> row.get(FollowUpVariables.ENTRY_TITLE).asText())
        .containsExactly(
            "Kortere ventetid på PPR", "Lavere sygefravær", "Sammen om overgangen til skole");
    assertThat(statuses.get(0).get(FollowUpVariables.ENTRY_GOAL_INFO).asText())
        .contains("Ventetid i dage, opgjort hvert kvartal");

    // When the leader reports red, yellow and green with their effect
    String[] colours = {"roed", "gul", "groen"};
    for (int i = 0; i < 3; i++) {
      ObjectNode row = (ObjectNode) statuses.get(i);
      row.put(FollowUpVariables.ENTRY_COLOUR, colours[i]);
      row.put(FollowUpVariables.ENTRY_EFFECT, "Virkning for borgerne " + (i + 1));
    }
    completeAs(
        followUp,
        LEADER,
        Variables.createVariables()
            .putValueTyped(
                FollowUpVariables.GOAL_STATUSES,
                SpinValues.jsonValue(statuses.toString()).create()));

    // Then the area's group chief reviews the colours and approves
    assertThat(followUp).isWaitingAt("Task_ReviewGoalStatus");
    assertThat(task(followUp)).hasCandidateGroup("koncernchef-boern-unge");
    assertThat((String) form(followUp).get(FollowUpVariables.STATUS_SUMMARY))
        .contains(
            "Mål 1: Kortere ventetid på PPR** – 🔴 Rød (ikke opfyldt)",
            "Mål 2: Lavere sygefravær** – 🟡 Gul (delvist opfyldt)",
            "Mål 3: Sammen om overgangen til skole** – 🟢 Grøn (opfyldt)",
            "Virkning for borgerne 3");
    completeAs(
        followUp, "henrik", Map.of(FollowUpVariables.DECISION, FollowUpVariables.DECISION_APPROVE));
    assertThat(followUp).isEnded().hasPassed("EndEvent_StatusApproved");
  }

  @Test
  void shouldLetTheDirectorateRegisterTheCommonGoalsAndRefuseEveryoneElse() throws Exception {
    // Given a new year without common goals, and a model's task for the directorate
    int newYear = testData.newYearWithoutCommonGoals().getYear();
    deployCommonGoalsTask();
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            COMMON_GOALS_TEST, Map.of("year", newYear, "modelStep", "dus"));
    assertThat(instance).isWaitingAt("Task_RegisterCommonGoals");
    assertThat(task(instance)).hasCandidateGroup("direktion");
    Map<String, Object> form = form(instance);
    assertThat((String) form.get("commonGoalsInfo")).contains("Fælles mål for " + newYear);
    assertThat(json.readTree(form.get("scopeOptions").toString()))
        .extracting(option -> option.get("value").asText())
        .contains("organisation", "boern-unge", "aeldre-handicap");
    String rows =
        """
        [{"scope":"organisation","title":"Én indgang for borgerne","description":"Borgeren oplever én kommune."},
         {"scope":"boern-unge","title":"Flere børn i trivsel"},
         {"scope":"aeldre-handicap","title":"Flere ældre klarer sig selv"}]
        """;

    // When a user outside the directorate completes it – even an administrator, who may see it
    assertThatThrownBy(() -> completeAs(instance, "admin", commonGoalRows(rows)))
        // Then the deciding-group check refuses, and nothing is stored
        .hasMessageContaining("kun den, som efter Årshjuls regler træffer beslutningen");
    assertThatThrownBy(() -> completeAs(instance, LEADER, commonGoalRows(rows)))
        .isInstanceOf(RuntimeException.class);
    long periodId = testData.periodId(newYear);
    assertThat(commonGoals.commonGoals(periodId)).isEmpty();

    // And a submission that adds a variable of its own to the model's process is refused
    assertThatThrownBy(
            () ->
                completeAs(
                    instance,
                    "jens",
                    Variables.fromMap(commonGoalRows(rows)).putValue("hacked", "x")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("hacked");

    // When a member of the directorate registers the goals
    completeAs(instance, "jens", commonGoalRows(rows));

    // Then they are the year's common goals: the organisation's and each area's
    assertThat(instance).isEnded();
    assertThat(commonGoals.commonGoals(periodId))
        .extracting(Goal::getOwnerKind, Goal::getOwnerAreaId, Goal::getTitle)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                GoalOwner.MUNICIPALITY, null, "Én indgang for borgerne"),
            org.assertj.core.groups.Tuple.tuple(
                GoalOwner.AREA, testData.area("boern-unge"), "Flere børn i trivsel"),
            org.assertj.core.groups.Tuple.tuple(
                GoalOwner.AREA, testData.area("aeldre-handicap"), "Flere ældre klarer sig selv"));
    assertThat(
            commonGoals.applyingTo(periodId, units.findByCode("soelund").orElseThrow()).stream()
                .map(Goal::getTitle))
        .containsExactly("Én indgang for borgerne", "Flere ældre klarer sig selv");
  }

  @Test
  void shouldKeepACommonGoalThatAnAgreementServesWhenTheDirectorateRewordsIt() {
    // Given Gl. Rye's agreement serving the area's common goal
    ProcessInstance instance = start("gl-rye");
    submit(instance, goals(AgreementTestData.threeGoals(year.childrenGoal())));
    long unitsGoal = contract(instance).getGoals().get(2).getId();

    // When the directorate rewords the area's goal, then it keeps its identity (the lineage holds)
    commonGoals.record(
        year.periodId(),
        List.of(
            new CommonGoals.Draft(null, ORGANISATION_GOAL, null),
            new CommonGoals.Draft(testData.area("boern-unge"), "Alle børn i trivsel", null),
            new CommonGoals.Draft(testData.area("aeldre-handicap"), ELDERLY_GOAL, null)));
    assertThat(commonGoals.commonGoals(year.periodId()))
        .extracting(Goal::getId, Goal::getTitle)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(year.organisationGoal(), ORGANISATION_GOAL),
            org.assertj.core.groups.Tuple.tuple(year.childrenGoal(), "Alle børn i trivsel"),
            org.assertj.core.groups.Tuple.tuple(year.elderlyGoal(), ELDERLY_GOAL));
    assertThat(contracts.get(contract(instance).getId()).getGoals().get(2).getId())
        .isEqualTo(unitsGoal);

    // And when the directorate leaves it out, the removal is refused in Danish
    assertThatThrownBy(
            () ->
                commonGoals.record(
                    year.periodId(), List.of(new CommonGoals.Draft(null, ORGANISATION_GOAL, null))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("indgår i en enheds udviklingsaftale og kan ikke fjernes");
    assertThat(commonGoals.commonGoals(year.periodId())).hasSize(3);

    // And only a year with udviklingsaftaler has common goals
    int dusYear = contractTestData.newYear();
    long dusPeriod = testData.periodId(dusYear);
    assertThatThrownBy(() -> commonGoals.record(dusPeriod, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("har ikke udviklingsaftaler");
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------

  private ProcessInstance start(String unitCode) {
    return formService.submitStartForm(
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId(),
        Map.of(YEAR, year.year(), UNIT_CODE, unitCode));
  }

  private static Map<String, Object> goals(String json) {
    return Variables.createVariables().putValueTyped(GOALS, SpinValues.jsonValue(json).create());
  }

  private static Map<String, Object> commonGoalRows(String json) {
    return Variables.createVariables()
        .putValueTyped(AgreementGoalFields.COMMON_GOALS, SpinValues.jsonValue(json).create());
  }

  /** Submits as Årshjul's own code (no user): the form and the service check it all the same. */
  private void submit(ProcessInstance instance, Map<String, Object> values) {
    formService.submitTaskForm(task(instance).getId(), values);
  }

  /** Completes the task as the user, logged in with their groups as the webapps do. */
  private void completeAs(ProcessInstance instance, String userId, Map<String, Object> values) {
    String taskId = task(instance).getId();
    identityService.setAuthentication(
        userId,
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(group -> group.getId())
            .toList());
    try {
      formService.submitTaskForm(taskId, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, Object> form(ProcessInstance instance) {
    return formService.getTaskFormVariables(task(instance).getId());
  }

  private DevelopmentContract contract(ProcessInstance instance) {
    return contracts.get(EngineHistory.storedId(engine, instance.getId(), CONTRACT_ID));
  }

  private Object templateInputOfTheApproverDecision(ProcessInstance instance) {
    return engine
        .getHistoryService()
        .createHistoricDecisionInstanceQuery()
        .processInstanceId(instance.getId())
        .includeInputs()
        .singleResult()
        .getInputs()
        .stream()
        .filter(input -> "Målskabelon".equals(input.getClauseName()))
        .map(HistoricDecisionInputInstance::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Plans and holds the committee's dialogue meeting of the year with the unit's group. */
  private void holdDialogueMeeting(String committeeCode, String unitCode) throws Exception {
    long unitId = units.findByCode(unitCode).orElseThrow().getId();
    long meetingId =
        committeeDialogues.plan(year.periodId(), year.year(), committeeCode).stream()
            .filter(id -> dialogueService.get(id).hasUnit(unitId))
            .findFirst()
            .orElseThrow();
    dialogueService.plan(meetingId, LocalDate.of(year.year(), 3, 12), "Gl. Rye Skole", "sofie");
    ArrayNode outcomes = json.createArrayNode();
    for (var participant : dialogueService.get(meetingId).participantsByUnit()) {
      String name = participant.getUnit().getName();
      outcomes
          .addObject()
          .put(DialogueVariables.ROW_UNIT_NAME, name)
          .put(DialogueVariables.ROW_FOLLOW_UP_NOTES, "Målene fra sidste år er nået.")
          .put(
              DialogueVariables.ROW_COMMITTEE_WISHES,
              participant.getUnit().getId() == unitId
                  ? "Tættere samarbejde med dagtilbud"
                  : "Fortsæt arbejdet med læsning");
    }
    committeeDialogues.hold(
        meetingId, "Udvalget drøftede trivsel og overgange.", outcomes.toString(), "sofie");
  }

  private void deployCommonGoalsTask() {
    if (repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(COMMON_GOALS_TEST)
            .count()
        == 0) {
      repositoryService
          .createDeployment()
          .name(COMMON_GOALS_TEST)
          .addClasspathResource("test-processes/register-common-goals-test.bpmn")
          .addClasspathResource("processes/register-common-goals.form")
          .deploy();
    }
  }
}
