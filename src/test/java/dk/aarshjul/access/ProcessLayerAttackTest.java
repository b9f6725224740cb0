package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.challenge.ChallengeService;
import dk.aarshjul.challenge.ChallengeStatus;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractStatus;
import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.process.EngineRest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The process-layer holes of issue 13, each tried exactly as the attack did — through engine-rest
 * with a contract holder's own credentials (Mette, Gl. Rye) — and each asserting the refusal and
 * that nothing anywhere in the database changed ({@link DatabaseSnapshot}: every row of every
 * engine and Årshjul table).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessLayerAttackTest extends TwoUnitsDrafting {

  @Autowired DataSource dataSource;
  @Autowired ContractService contracts;
  @Autowired ChallengeService challenges;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  @Value("${aarshjul.challenge.max-open-per-unit}")
  int maxOpenChallenges;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  // ---- 1. starting a process part-way
  // ------------------------------------------------------------------------------

  @Test
  void shouldRefuseStartingChallengeAtTheDirectoratesDecision() throws Exception {
    // Given Niels Ebbesen Skolen has a challenge awaiting the directorate
    long othersChallenge = startChallenge("peter", "niels-ebbesen");
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When Mette starts challenge.bpmn right before "Afgør udfordring" with that challenge and
    // herself as directorate
    ResponseEntity<String> response =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/process-definition/key/challenge/start",
            Map.of(
                "businessKey",
                "<img src=x>",
                "variables",
                Map.of(
                    "challengeId",
                    typed(othersChallenge, "Long"),
                    "directorateGroup",
                    typed("kontraktholder-gl-rye", "String"),
                    "unitCode",
                    typed("gl-rye", "String")),
                "startInstructions",
                List.of(
                    Map.of("type", "startBeforeActivity", "activityId", "Task_DecideChallenge"))));

    // Then she is refused with a Danish 403, and nothing at all was stored: no instance, task,
    // decision or history
    assertRefused(
        response, 403, "Kun en administrator må starte en proces et andet sted end ved dens start");
    assertUnchanged(before);
    assertThat(challenges.get(othersChallenge).getStatus()).isEqualTo(ChallengeStatus.SUBMITTED);
  }

  @Test
  void shouldRefuseStartingContractAtTheApproval() throws Exception {
    // Given Mette's own contract is a draft without goals
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When she starts development-contract.bpmn at "Godkend udviklingskontrakt" with herself as
    // approver
    ResponseEntity<String> response =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/process-definition/key/development-contract/start",
            Map.of(
                "variables",
                Map.of(
                    "contractId",
                    typed(contractId(glRye), "Long"),
                    "approverGroup",
                    typed("kontraktholder-gl-rye", "String")),
                "startInstructions",
                List.of(
                    Map.of("type", "startBeforeActivity", "activityId", "Task_ApproveContract"))));

    // Then it is refused and the contract stays an unapproved draft
    assertRefused(response, 403, "Kun en administrator");
    assertUnchanged(before);
    assertThat(contracts.get(contractId(glRye)).getStatus()).isEqualTo(ContractStatus.DRAFT);
  }

  @Test
  void shouldRefuseStartingContractAtTheDraftOfAnotherUnitsContract() throws Exception {
    // Given Sølund's contract
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When Mette starts at "Udarbejd udviklingskontrakt" with Sølund's contract id (also after the
    // draft, and skipping
    // the listeners)
    for (Map<String, Object> instruction :
        List.<Map<String, Object>>of(
            Map.of("type", "startBeforeActivity", "activityId", "Task_DraftContract"),
            Map.of("type", "startAfterActivity", "activityId", "Task_DraftContract"),
            Map.of("type", "startTransition", "transitionId", "Flow_DraftToCheck"))) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("variables", Map.of("contractId", typed(contractId(soelund), "Long")));
      body.put("startInstructions", List.of(instruction));
      body.put("skipCustomListeners", true);
      body.put("skipIoMappings", true);
      ResponseEntity<String> response =
          exchange(
              "mette",
              HttpMethod.POST,
              "/engine-rest/process-definition/key/development-contract/start",
              body);

      // Then each is refused and Sølund's contract is untouched
      assertRefused(response, 403, "Kun en administrator");
    }
    assertUnchanged(before);
  }

  @Test
  void shouldRefuseSkippingStartListenersWithoutInstructions() throws Exception {
    // Given nothing
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When Mette starts a challenge asking the engine to skip its listeners and mappings
    ResponseEntity<String> response =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/process-definition/key/challenge/start",
            Map.of(
                "skipCustomListeners",
                true,
                "skipIoMappings",
                true,
                "variables",
                Map.of("challengeId", typed(1L, "Long"))));

    // Then it is refused as a client error, and nothing was stored
    assertThat(response.getStatusCode().value()).as(response.getBody()).isBetween(400, 499);
    assertUnchanged(before);
  }

  @Test
  void shouldRefuseStartInstructionsThroughTheJavaApiToo() throws Exception {
    // Given Mette logged in as the webapps log her in
    long ownContract = contractId(glRye);
    Map<String, String> before = DatabaseSnapshot.of(dataSource);
    loginAs("mette");

    // When code acting for her starts a contract at the approval
    assertThatThrownBy(
            () ->
                runtimeService
                    .createProcessInstanceByKey(ContractVariables.PROCESS_KEY)
                    .setVariable("contractId", ownContract)
                    .startBeforeActivity("Task_ApproveContract")
                    .execute())
        // Then the engine itself refuses
        .isInstanceOf(RefusedActionException.class);
    identityService.clearAuthentication();
    assertUnchanged(before);
  }

  @Test
  void shouldRefuseModificationRestartAndMigrationEvenWithAWrongGrant() throws Exception {
    // Given a process owner was (by mistake) given a group with every right on process instances
    // and definitions
    Group mistake = identityService.newGroup("fejlrettighed");
    identityService.saveGroup(mistake);
    identityService.createMembership("ulla", "fejlrettighed");
    for (Resources resource :
        List.of(Resources.PROCESS_INSTANCE, Resources.PROCESS_DEFINITION, Resources.BATCH)) {
      Authorization grant =
          authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("fejlrettighed");
      grant.setResource(resource);
      grant.setResourceId("*");
      grant.addPermission(Permissions.ALL);
      authorizationService.saveAuthorization(grant);
    }
    try {
      Map<String, String> before = DatabaseSnapshot.of(dataSource);
      String definitionId =
          runtimeService
              .createProcessInstanceQuery()
              .processInstanceId(glRye)
              .singleResult()
              .getProcessDefinitionId();

      // When Ulla moves Gl. Rye's contract to the approval, restarts it and migrates it
      ResponseEntity<String> modification =
          exchange(
              "ulla",
              HttpMethod.POST,
              "/engine-rest/process-instance/" + glRye + "/modification",
              Map.of(
                  "skipCustomListeners",
                  true,
                  "instructions",
                  List.of(
                      Map.of(
                          "type", "startBeforeActivity", "activityId", "Task_ApproveContract"))));
      ResponseEntity<String> asyncModification =
          exchange(
              "ulla",
              HttpMethod.POST,
              "/engine-rest/modification/executeAsync",
              Map.of(
                  "processDefinitionId",
                  definitionId,
                  "processInstanceIds",
                  List.of(glRye),
                  "instructions",
                  List.of(
                      Map.of(
                          "type", "startBeforeActivity", "activityId", "Task_ApproveContract"))));
      ResponseEntity<String> restart =
          exchange(
              "ulla",
              HttpMethod.POST,
              "/engine-rest/process-definition/" + definitionId + "/restart",
              Map.of(
                  "processInstanceIds",
                  List.of(glRye),
                  "instructions",
                  List.of(
                      Map.of(
                          "type", "startBeforeActivity", "activityId", "Task_ApproveContract"))));
      ResponseEntity<String> migration =
          exchange(
              "ulla",
              HttpMethod.POST,
              "/engine-rest/migration/execute",
              Map.of(
                  "migrationPlan",
                  Map.of(
                      "sourceProcessDefinitionId",
                      definitionId,
                      "targetProcessDefinitionId",
                      definitionId,
                      "instructions",
                      List.of(
                          Map.of(
                              "sourceActivityIds",
                              List.of("Task_DraftContract"),
                              "targetActivityIds",
                              List.of("Task_ApproveContract")))),
                  "processInstanceIds",
                  List.of(glRye)));

      // Then all are refused by Årshjul's rule (not by a missing grant), and nothing changed
      assertRefused(modification, 403, "Kun en administrator");
      assertRefused(asyncModification, 403, "Kun en administrator");
      assertRefused(restart, 403, "Kun en administrator");
      assertThat(migration.getStatusCode().value()).as(migration.getBody()).isBetween(400, 403);
      assertUnchanged(before);

      // And the administrator may move the same instance
      ResponseEntity<String> byAdmin =
          exchange(
              "admin",
              HttpMethod.POST,
              "/engine-rest/process-instance/" + glRye + "/modification",
              Map.of(
                  "instructions",
                  List.of(
                      Map.of("type", "startBeforeActivity", "activityId", "Task_DraftContract"))));
      assertThat(byAdmin.getStatusCode().value()).as(byAdmin.getBody()).isEqualTo(204);
    } finally {
      authorizationService
          .createAuthorizationQuery()
          .groupIdIn("fejlrettighed")
          .list()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
      identityService.deleteGroup("fejlrettighed");
    }
  }

  // ---- 2. BPMN errors and escalations
  // ------------------------------------------------------------------------------

  @Test
  void shouldRefuseBpmnErrorAndEscalationOnOwnTask() throws Exception {
    // Given Mette's own draft
    String draft = taskOf(glRye);
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When she throws a BPMN error and an escalation with an unknown code at it
    ResponseEntity<String> error =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + draft + "/bpmnError",
            Map.of("errorCode", "AFBRYD", "errorMessage", "færdig"));
    ResponseEntity<String> escalation =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + draft + "/bpmnEscalation",
            Map.of("escalationCode", "findes-ikke"));
    ResponseEntity<String> byAdmin =
        exchange(
            "admin",
            HttpMethod.POST,
            "/engine-rest/task/" + draft + "/bpmnError",
            Map.of("errorCode", "AFBRYD"));

    // Then all are refused with 403 (not 500), and the contract process still waits at the draft
    assertRefused(error, 403, "Ingen af Årshjuls modeller fanger en BPMN-fejl");
    assertRefused(escalation, 403, "Ingen af Årshjuls modeller fanger en BPMN-fejl");
    assertRefused(byAdmin, 403, "Ingen af Årshjuls modeller fanger en BPMN-fejl");
    assertUnchanged(before);
    assertThat(taskOf(glRye)).isEqualTo(draft);
  }

  @Test
  void shouldNotLetAHolderCountAJobDownToAnIncident() throws Exception {
    // Given a waiting job (the deadline of Sølund's draft) with its retries
    var job = deadlineJobOf(taskOf(soelund));
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When Mette runs it by hand, more times than it has retries
    for (int i = 0; i <= job.getRetries(); i++) {
      ResponseEntity<String> response =
          exchange("mette", HttpMethod.POST, "/engine-rest/job/" + job.getId() + "/execute", null);

      // Then each run is refused, and the refused runs are no attempts: same retries, no incident,
      // nothing stored
      assertRefused(
          response,
          403,
          "Kun en administrator må køre, slette, suspendere eller ændre motorens jobs");
    }
    assertUnchanged(before);
  }

  @Test
  void shouldNotLetAHolderDeleteSuspendOrRescheduleAJobWithoutAProcessInstance() throws Exception {
    // Given the yearly start timer's job, which belongs to no process instance (the engine checks
    // no rights for it)
    String timer =
        managementService
            .createJobQuery()
            .processDefinitionKey("annual-cycle-timer")
            .singleResult()
            .getId();
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When Mette activates, reschedules, re-prioritises and deletes it
    ResponseEntity<String> activate =
        exchange(
            "mette",
            HttpMethod.PUT,
            "/engine-rest/job/" + timer + "/suspended",
            Map.of("suspended", false));
    ResponseEntity<String> duedate =
        exchange(
            "mette",
            HttpMethod.PUT,
            "/engine-rest/job/" + timer + "/duedate",
            Map.of("duedate", "2027-01-01T08:00:00.000+0100"));
    ResponseEntity<String> priority =
        exchange(
            "mette",
            HttpMethod.PUT,
            "/engine-rest/job/" + timer + "/priority",
            Map.of("priority", 100));
    ResponseEntity<String> delete =
        exchange("mette", HttpMethod.DELETE, "/engine-rest/job/" + timer, null);

    // Then all are refused and the timer is as it was
    for (ResponseEntity<String> response : List.of(activate, duedate, priority, delete)) {
      assertRefused(
          response,
          403,
          "Kun en administrator må køre, slette, suspendere eller ændre motorens jobs");
    }
    assertUnchanged(before);
  }

  // ---- authority from the domain at the moment of the decision
  // ----------------------------------------------------

  @Test
  void shouldRefuseDecisionByAnAdministratorWhoIsNotTheDecider() throws Exception {
    // Given Gl. Rye's draft, which the administrator may see and work on through Camunda's grants
    String draft = taskOf(glRye);
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When the administrator submits it in Mette's place
    ResponseEntity<String> response =
        exchange(
            "admin", HttpMethod.POST, "/engine-rest/task/" + draft + "/submit-form", draftForm());

    // Then it is refused: only the unit's contract holder decides its draft; nothing is stored
    assertRefused(response, 403, "kun den, som efter Årshjuls regler træffer beslutningen");
    assertUnchanged(before);
  }

  @Test
  void shouldRefuseDecisionByAFormerContractHolderWhoClaimedTheTask() throws Exception {
    // Given Mette claimed Gl. Rye's draft and then stopped being its contract holder (Admin removed
    // the membership)
    String draft = taskOf(glRye);
    assertThat(
            exchange(
                    "mette",
                    HttpMethod.POST,
                    "/engine-rest/task/" + draft + "/claim",
                    Map.of("userId", "mette"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    identityService.deleteMembership("mette", "kontraktholder-gl-rye");
    try {
      Map<String, String> before = DatabaseSnapshot.of(dataSource);

      // When she submits the draft she still holds (the task's stored grant still lets her)
      ResponseEntity<String> response =
          exchange(
              "mette", HttpMethod.POST, "/engine-rest/task/" + draft + "/submit-form", draftForm());

      // Then the decision is refused: who decides is read from the domain now, not from the task
      assertRefused(response, 403, "kun den, som efter Årshjuls regler træffer beslutningen");
      assertUnchanged(before);
    } finally {
      identityService.createMembership("mette", "kontraktholder-gl-rye");
    }

    // And as contract holder again she submits it
    new EngineRest(rest, json, "mette")
        .post("/engine-rest/task/" + draft + "/submit-form", draftForm());
    assertThat(contracts.get(contractId(glRye)).getGoals()).hasSize(2);
  }

  @Test
  void shouldLetOnlyTheApproverTheDmnNamedApprove() throws Exception {
    // Given Sølund's contract awaits its group chief (Susanne), as the DMN named and the contract
    // records
    long contract = contractId(soelund);
    String approval = toApproval(soelund);
    assertThat(contracts.get(contract).getApproverGroup()).isEqualTo("koncernchef-aeldre-handicap");
    assertThat(taskService.getIdentityLinksForTask(approval))
        .extracting(link -> link.getGroupId())
        .containsExactly("koncernchef-aeldre-handicap");

    // When the directorate (who reads every task) and the administrator try to approve it
    Map<String, String> before = DatabaseSnapshot.of(dataSource);
    ResponseEntity<String> directorate =
        exchange(
            "jens",
            HttpMethod.POST,
            "/engine-rest/task/" + approval + "/submit-form",
            approvalForm());
    ResponseEntity<String> admin =
        exchange(
            "admin",
            HttpMethod.POST,
            "/engine-rest/task/" + approval + "/submit-form",
            approvalForm());

    // Then both are refused and the contract is not approved
    assertThat(directorate.getStatusCode().value()).isEqualTo(403);
    assertRefused(admin, 403, "kun den, som efter Årshjuls regler træffer beslutningen");
    assertUnchanged(before);

    // And Susanne approves it
    new EngineRest(rest, json, "susanne")
        .post("/engine-rest/task/" + approval + "/submit-form", approvalForm());
    assertThat(contracts.get(contract).getStatus()).isEqualTo(ContractStatus.APPROVED);
    assertThat(contracts.get(contract).getApprovedBy()).isEqualTo("susanne");
  }

  @Test
  void shouldShowTheHolderWhoDecidedByNameWithoutReadingTheDirectoratesUserRecord()
      throws Exception {
    // Given Mette's challenge, accepted by Jens (directorate) through his own task
    long challenge = startChallenge("mette", "gl-rye");
    String decide =
        taskService
            .createTaskQuery()
            .processVariableValueEquals("challengeId", challenge)
            .singleResult()
            .getId();
    new EngineRest(rest, json, "jens")
        .post(
            "/engine-rest/task/" + decide + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    "decision",
                    Map.of("value", "imoedekom"),
                    "reasoning",
                    Map.of("value", "Reglen bortfalder."))));

    // When Mette opens "Læs afgørelse"
    String read =
        taskService
            .createTaskQuery()
            .processVariableValueEquals("challengeId", challenge)
            .singleResult()
            .getId();
    JsonNode form =
        new EngineRest(rest, json, "mette").get("/engine-rest/task/" + read + "/form-variables");

    // Then she reads who decided by name, though she may not read Jens' user record (nor his
    // e-mail)
    assertThat(form.toString()).contains("Jens Thorsen").doesNotContain("@");
    assertThat(
            exchange("mette", HttpMethod.GET, "/engine-rest/user/jens/profile", null)
                .getStatusCode()
                .value())
        .isIn(403, 404);
  }

  // ---- 6. starts are bounded
  // ---------------------------------------------------------------------------------------

  @Test
  void shouldBoundOpenChallengesPerUnit() throws Exception {
    // Given Bo- og aktivitetstilbud Skanderborg's open challenges, up to the limit
    long open =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("challenge")
            .variableValueEquals("unitCode", "botilbud")
            .count();
    for (long i = open; i < maxOpenChallenges; i++) {
      startChallenge("camilla", "botilbud");
    }
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When Camilla submits one more
    ResponseEntity<String> response =
        exchange(
            "camilla",
            HttpMethod.POST,
            "/engine-rest/process-definition/key/challenge/submit-form",
            challengeForm("botilbud"));

    // Then it is refused with a Danish message and nothing is stored
    assertRefused(
        response,
        400,
        "udfordringer, som direktionen ikke har afgjort (højst " + maxOpenChallenges);
    assertUnchanged(before);
  }

  @Test
  void shouldGiveEveryStartedChallengeItsOwnBusinessKey() throws Exception {
    // When Mette starts a challenge with a business key of her own choosing, markup included
    Map<String, Object> body = new LinkedHashMap<>(challengeForm("gl-rye"));
    body.put("businessKey", "<b>Direktionens afgørelse</b>");
    JsonNode started =
        new EngineRest(rest, json, "mette")
            .post("/engine-rest/process-definition/key/challenge/submit-form", body);

    // Then the instance carries Årshjul's readable key, not hers
    assertThat(started.get("businessKey").asText())
        .startsWith("Udfordringsret ")
        .endsWith("– Gl. Rye skole og dagtilbud");
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------------------------

  private void assertUnchanged(Map<String, String> before) throws Exception {
    assertThat(DatabaseSnapshot.changes(before, DatabaseSnapshot.of(dataSource)))
        .as("changed tables")
        .isEmpty();
  }

  private void assertRefused(ResponseEntity<String> response, int status, String message)
      throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(json.readTree(response.getBody()).get("message").asText()).contains(message);
    assertThat(response.getBody()).doesNotContain("\tat ", "Exception:", "org.camunda");
  }

  private long startChallenge(String userId, String unitCode) throws Exception {
    JsonNode started =
        new EngineRest(rest, json, userId)
            .post(
                "/engine-rest/process-definition/key/challenge/submit-form",
                challengeForm(unitCode));
    return (Long) runtimeService.getVariable(started.get("id").asText(), "challengeId");
  }

  /** The task's waiting deadline job (its configuration begins with the task's id). */
  private org.camunda.bpm.engine.runtime.Job deadlineJobOf(String taskId) {
    String instance =
        taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    return managementService.createJobQuery().processInstanceId(instance).list().stream()
        .map(org.camunda.bpm.engine.impl.persistence.entity.JobEntity.class::cast)
        .filter(job -> job.getJobHandlerConfigurationRaw().startsWith(taskId + "|"))
        .findFirst()
        .orElseThrow();
  }

  private long contractId(String instanceId) {
    return (Long) runtimeService.getVariable(instanceId, ContractVariables.CONTRACT_ID);
  }

  /** Drafts and hears as trusted code (no user), runs the jobs: the approval task's id. */
  private String toApproval(String instanceId) {
    formService.submitTaskForm(
        taskOf(instanceId),
        Map.of(
            ContractVariables.GOALS,
            org.camunda.spin.plugin.variable.SpinValues.jsonValue(ContractTestData.completeGoals())
                .create(),
            ContractVariables.LEADERSHIP_SPAN,
            "1:20 – inden for principperne"));
    for (var hearing :
        taskService
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey("Task_GiveStakeholderComment")
            .list()) {
      formService.submitTaskForm(
          hearing.getId(), Map.of(ContractVariables.COMMENT, "Vi støtter kontrakten"));
    }
    // the asynchronous hand-offs, not the timers (the tasks' deadlines wait for their dates)
    for (var job :
        managementService.createJobQuery().processInstanceId(instanceId).messages().list()) {
      managementService.executeJob(job.getId());
    }
    return taskService
        .createTaskQuery()
        .processInstanceId(instanceId)
        .taskDefinitionKey("Task_ApproveContract")
        .singleResult()
        .getId();
  }

  private void loginAs(String userId) {
    identityService.setAuthentication(
        userId,
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList());
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static Map<String, Object> draftForm() {
    return Map.of(
        "variables",
        Map.of(
            ContractVariables.GOALS,
            Map.of("type", "Json", "value", ContractTestData.completeGoals()),
            ContractVariables.LEADERSHIP_SPAN,
            Map.of("value", "1:20 – inden for principperne")));
  }

  private static Map<String, Object> approvalForm() {
    return Map.of(
        "variables",
        Map.of(
            "decision",
            Map.of("value", "godkend"),
            "confirmedRequirements",
            Map.of("type", "Json", "value", "[]")));
  }

  private static Map<String, Object> challengeForm(String unitCode) {
    return Map.of(
        "variables",
        Map.of(
            "unitCode",
            Map.of("value", unitCode),
            "kind",
            Map.of("value", "regel"),
            "subject",
            Map.of("value", "Dobbelt registrering"),
            "reason",
            Map.of("value", "Det tager tid fra kerneopgaven."),
            "proposedChange",
            Map.of("value", "Registrér kun én gang.")));
  }
}
