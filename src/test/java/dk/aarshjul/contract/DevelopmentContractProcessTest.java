package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.aarshjul.period.RequirementRule;
import dk.aarshjul.process.EngineHistory;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through development-contract.bpmn, driven through the FormService as Tasklist
 * does.
 */
@SpringBootTest
class DevelopmentContractProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired ContractRepository contracts;
  @Autowired StakeholderCommentRepository comments;
  @Autowired ContractTestData testData;
  @Autowired ContractService contractService;
  @Autowired dk.aarshjul.organisation.UnitRepository units;

  int year;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    year = testData.newYear();
  }

  @Test
  void shouldApproveContractWhenRequirementsMetAndStakeholdersHeard() {
    // Given a school with board and works council
    ProcessInstance instance = start("gl-rye");
    assertThat(instance).isWaitingAt("Task_DraftContract");
    assertThat(task(instance)).hasCandidateGroup("kontraktholder-gl-rye");
    assertThat(instance.getBusinessKey()).isEqualTo(year + "/Gl. Rye skole og dagtilbud");

    // When the holder submits a complete draft
    submitDraft(
        instance,
        ContractTestData.completeGoals(),
        "Ledelsesspændet er 1:25 og passer til principperne.");

    // Then board and works council are heard
    assertThat(instance)
        .hasPassed("Task_CheckRequirements")
        .isWaitingAt("Task_GiveStakeholderComment");
    List<Task> hearings = tasks(instance);
    assertThat(hearings).hasSize(2);
    for (Task hearing : hearings) {
      formService.submitTaskForm(
          hearing.getId(), Map.of(COMMENT, "Bestyrelsen/MED bakker op om målene."));
    }
    // each answer is handed back to the contract in its own job, so simultaneous answers never
    // collide
    assertThat(instance).isWaitingAt("Task_GiveStakeholderComment");
    runHandOffJobs(instance);

    // And the committee secretariat approves (the DMN's rule for schools in Børn og Unge)
    assertThat(instance).isWaitingAt("Task_ApproveContract");
    assertThat(task(instance)).hasCandidateGroup("fagsekretariat-boern-unge");
    formService.submitTaskForm(
        task(instance).getId(), Map.of(DECISION, DECISION_APPROVE, COMMENT, "Fint"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ContractApproved");
    DevelopmentContract contract = contract(instance);
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.APPROVED);
    assertThat(contract.getVersion()).isEqualTo(1);
    assertThat(contract.getApproverGroup()).isEqualTo("fagsekretariat-boern-unge");
    assertThat(comments.findByContractIdOrderById(contract.getId())).hasSize(2);
  }

  @Test
  void shouldReturnDraftWithMissingRequirementsWhenCheckFails() {
    // Given a started contract
    ProcessInstance instance = start("aeldrecenter-ry");

    // When the holder submits goals that miss most requirements
    submitDraft(instance, ContractTestData.incompleteGoals(), null);

    // Then the draft comes back listing what is missing, the goals kept
    assertThat(instance).hasPassed("Task_CheckRequirements").isWaitingAt("Task_DraftContract");
    Map<String, Object> form = formService.getTaskFormVariables(task(instance).getId());
    assertThat((String) form.get(MISSING_INFO))
        .contains("Byrådets beslutninger", "ledelsesspænd", "sygefravær");
    assertThat(form.get(GOALS).toString()).contains("Trivsel");
    assertThat(contract(instance).getStatus()).isEqualTo(ContractStatus.DRAFT);

    // When fixed, it proceeds
    submitDraft(instance, ContractTestData.completeGoals(), "Vurderet");
    assertThat(instance).isWaitingAt("Task_ApproveContract");
  }

  @Test
  void shouldReturnToHolderWhenApproverSendsBackAndNotHearStakeholdersAgain() {
    // Given a daycare with a board, heard once, awaiting its group chief
    ProcessInstance instance = start("dagtilbud-skanderborg");
    submitDraft(instance, ContractTestData.completeGoals(), "Vurderet");
    formService.submitTaskForm(task(instance).getId(), Map.of(COMMENT, "Enig"));
    runHandOffJobs(instance);
    assertThat(task(instance)).hasCandidateGroup("koncernchef-boern-unge");

    // When the approver sends it back with a comment
    formService.submitTaskForm(
        task(instance).getId(),
        Map.of(DECISION, DECISION_SEND_BACK, COMMENT, "Skærp målet for sygefravær"));

    // Then the holder sees the comment, and the resubmission goes straight to approval
    assertThat(instance).hasPassed("Gateway_ContractApproved").isWaitingAt("Task_DraftContract");
    assertThat(contract(instance).getStatus()).isEqualTo(ContractStatus.CHANGES_REQUESTED);
    assertThat((String) formService.getTaskFormVariables(task(instance).getId()).get(FEEDBACK_INFO))
        .contains("Skærp målet for sygefravær");
    submitDraft(instance, ContractTestData.completeGoals(), "Vurderet igen");
    assertThat(instance).isWaitingAt("Task_ApproveContract");
    formService.submitTaskForm(task(instance).getId(), Map.of(DECISION, DECISION_APPROVE));
    assertThat(instance).isEnded();
    assertThat(contract(instance).getVersion()).isEqualTo(2);
  }

  @Test
  void shouldSkipHearingWhenUnitHasNeitherBoardNorWorksCouncil() {
    // Given a care centre without board and MED
    ProcessInstance instance = start("aeldrecenter-ry");

    // When the holder submits a complete draft
    submitDraft(instance, ContractTestData.completeGoals(), "Vurderet");

    // Then it goes directly to the group chief
    assertThat(instance)
        .hasNotPassed("Task_GiveStakeholderComment")
        .isWaitingAt("Task_ApproveContract");
    assertThat(task(instance)).hasCandidateGroup("koncernchef-aeldre-handicap");
  }

  @Test
  void shouldGiveTheApproverDecisionTheUnitsCommitteeWithoutStoringIt() {
    // Given a care centre of Ældre og Handicap, which answers to the social and health committee
    ProcessInstance instance = start("aeldrecenter-ry");

    // When the holder submits a complete draft and the approver is decided
    submitDraft(instance, ContractTestData.completeGoals(), "Vurderet");
    assertThat(instance).hasPassed("Task_DetermineApprover").isWaitingAt("Task_ApproveContract");

    // Then the decision was given the unit's committee as read from the organisation
    HistoricDecisionInstance decision =
        engine
            .getHistoryService()
            .createHistoricDecisionInstanceQuery()
            .processInstanceId(instance.getId())
            .includeInputs()
            .singleResult();
    assertThat(decision.getInputs())
        .filteredOn(input -> "Udvalg".equals(input.getClauseName()))
        .extracting(HistoricDecisionInputInstance::getValue)
        .containsExactly("social-og-sundhedsudvalget");
    // and the process holds no copy of it: the organisation is read again at every decision
    assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(COMMITTEE_CODE)
                .count())
        .isZero();
  }

  @Test
  void shouldRejectInvalidDraftAndStoreNothing() {
    // Given a started contract
    ProcessInstance instance = start("soelund");
    String taskId = task(instance).getId();

    // When goals lack the purpose, or a client sends an extra variable
    String noPurpose =
        "[{\"track\":\"1\",\"title\":\"Mål\",\"activities\":\"a\",\"effectFollowUp\":\"b\"}]";
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId, Map.of(GOALS, SpinValues.jsonValue(noPurpose).create())))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Mål 1: 'Formål' skal udfyldes");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    Map.of(
                        GOALS,
                        SpinValues.jsonValue(ContractTestData.completeGoals()).create(),
                        AREA_CODE,
                        "stab-oekonomi")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(AREA_CODE);
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    taskId,
                    Map.of(
                        GOALS,
                        SpinValues.jsonValue(ContractTestData.completeGoals()).create(),
                        "hacked",
                        "x")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("hacked");

    // Then the task is still open and nothing was stored
    assertThat(instance).isWaitingAt("Task_DraftContract");
    assertThat(contract(instance).getGoals()).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), AREA_CODE))
        .isEqualTo("aeldre-handicap");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "hacked")).isNull();
  }

  @Test
  void shouldStartWithEarlyDialogueWhenDusPutsUnitInTrial() {
    // Given a DUS that puts Sølund in the early-dialogue trial
    year = testData.newYearWithEarlyDialogue("soelund");
    ProcessInstance instance = start("soelund");

    // Then the directorate holds the early dialogue before the holder drafts
    assertThat(instance).isWaitingAt("Task_HoldEarlyDialogue");
    assertThat(task(instance)).hasCandidateGroup("direktion");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    task(instance).getId(), Map.of(EARLY_DIALOGUE_NOTES, " ")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv hvad der blev drøftet");
    formService.submitTaskForm(
        task(instance).getId(),
        Map.of(EARLY_DIALOGUE_NOTES, "Fokus på overgange mellem dagtilbud og skole"));

    // And the holder sees the notes in the draft
    assertThat(instance).hasPassed("Task_HoldEarlyDialogue").isWaitingAt("Task_DraftContract");
    assertThat((String) formService.getTaskFormVariables(task(instance).getId()).get(FEEDBACK_INFO))
        .contains("Fra den tidlige dialog med direktionen", "Fokus på overgange");
    assertThat(contract(instance).getEarlyDialogueNotes())
        .isEqualTo("Fokus på overgange mellem dagtilbud og skole");
  }

  @Test
  void shouldRequireApproverToConfirmFreeTextRequirementsAndRecordApprovedVersion() {
    // Given a DUS with a free-text requirement the check cannot judge, and a submitted contract
    year =
        testData.newYear(
            cycleYear ->
                cycleYear.addRequirement(
                    "FRITEKST",
                    "Beskriv samarbejdet med civilsamfundet",
                    null,
                    RequirementRule.APPROVER_CONFIRMS,
                    null));
    ProcessInstance instance = start("aeldrecenter-ry");
    submitDraft(instance, ContractTestData.completeGoals(), "Vurderet");
    String taskId = task(instance).getId();
    assertThat(formService.getTaskFormVariables(taskId).get(REQUIREMENTS_TO_CONFIRM).toString())
        .contains("FRITEKST");
    assertThat(formService.getTaskFormVariables(taskId).get(APPROVAL_HEADING))
        .isEqualTo("### Godkend udviklingskontrakten");

    // When the approver approves without confirming it, it is rejected
    assertThatThrownBy(() -> formService.submitTaskForm(taskId, Map.of(DECISION, DECISION_APPROVE)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Bekræft at kontrakten opfylder: Beskriv samarbejdet");
    assertThat(contract(instance).getStatus()).isEqualTo(ContractStatus.SUBMITTED);

    // Then approving with the confirmation records version 1 of the contract
    formService.submitTaskForm(
        taskId,
        Map.of(
            DECISION,
            DECISION_APPROVE,
            CONFIRMED_REQUIREMENTS,
            SpinValues.jsonValue("[\"FRITEKST\"]").create()));
    assertThat(instance).isEnded();
    List<ContractVersion> versions = contractService.versions(contract(instance).getId());
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).getReason()).isEqualTo(ContractVersion.Reason.APPROVED);
    assertThat(versions.get(0).getContent()).contains("Lavere sygefravær");
  }

  @Test
  void shouldNotLetTheBoardAnswerAsTheWorksCouncil() {
    // Given Gl. Rye's board and works council are asked for their comments
    ProcessInstance instance = start("gl-rye");
    submitDraft(instance, ContractTestData.completeGoals(), "Vurderet");
    Task boardHearing =
        tasks(instance).stream()
            .filter(
                t ->
                    taskService.getIdentityLinksForTask(t.getId()).stream()
                        .anyMatch(link -> "bestyrelse-gl-rye".equals(link.getGroupId())))
            .findFirst()
            .orElseThrow();

    // When the board's submission also sends the hearing's element variable, naming the works
    // council
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    boardHearing.getId(),
                    Map.of(COMMENT, "Vi er enige", STAKEHOLDER_GROUP, "med-gl-rye")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(STAKEHOLDER_GROUP);

    // Then nothing is stored and both hearings are still open
    assertThat(comments.findByContractIdOrderById(contract(instance).getId())).isEmpty();
    assertThat(tasks(instance)).hasSize(2);
  }

  @Test
  void shouldRejectUnknownUnitAndDuplicateContract() {
    String definitionId = definitionId();
    assertThatThrownBy(
            () ->
                formService.submitStartForm(definitionId, Map.of(YEAR, year, UNIT_CODE, "ukendt")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("findes ikke");
    start("botilbud");
    assertThatThrownBy(() -> start("botilbud"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("har allerede en udviklingskontrakt");
  }

  private ProcessInstance start(String unitCode) {
    return formService.submitStartForm(definitionId(), Map.of(YEAR, year, UNIT_CODE, unitCode));
  }

  private String definitionId() {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_KEY)
        .latestVersion()
        .singleResult()
        .getId();
  }

  private void submitDraft(ProcessInstance instance, String goals, String leadershipSpan) {
    formService.submitTaskForm(
        task(instance).getId(),
        Variables.createVariables()
            .putValueTyped(GOALS, SpinValues.jsonValue(goals).create())
            .putValue(LEADERSHIP_SPAN, leadershipSpan));
  }

  /**
   * The job executor's part (off in tests): the asynchronous hand-offs after the parallel hearing.
   */
  private void runHandOffJobs(ProcessInstance instance) {
    engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  private List<Task> tasks(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).list();
  }

  private DevelopmentContract contract(ProcessInstance instance) {
    return contractService.get(EngineHistory.storedId(engine, instance.getId(), CONTRACT_ID));
  }
}
