package dk.aarshjul.access;

import static dk.aarshjul.process.EngineRest.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.contract.StakeholderComment;
import dk.aarshjul.contract.StakeholderCommentRepository;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.process.EngineRest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The role × action matrix of README "Adgang og sikkerhed", one test per rule, through engine-rest
 * as Tasklist and REST clients call it and through the Java API. Three contracts of one year: Gl.
 * Rye (Børn og Unge, a school approved by the area secretariat), Plejecenter Sølund (Ældre og
 * Handicap, approved by its group chief) and Digitalisering og IT (Stab og Økonomi, approved by the
 * directorate).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixTest extends TwoUnitsDrafting {

  @Autowired ContractService contracts;
  @Autowired StakeholderCommentRepository comments;
  @Autowired HistoryService historyService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired AccessRules accessRules;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  // ---- contract holders
  // -----------------------------------------------------------------------------------------

  @Test
  void shouldLetContractHolderSeeAndCompleteOwnUnitsTaskOnly() throws Exception {
    // Given Mette holds Gl. Rye and both units are drafting
    EngineRest mette = as("mette");
    String ownDraft = taskOf(glRye);
    String otherDraft = taskOf(soelund);

    // Then she sees her own draft and not Sølund's, neither listed nor by id, its variables nor its
    // form
    assertThat(
            ids(
                mette.get(
                    "/engine-rest/task?maxResults=100&processInstanceBusinessKeyLike="
                        + year
                        + "/%")))
        .contains(ownDraft)
        .doesNotContain(otherDraft);
    assertThat(status("mette", HttpMethod.GET, "/engine-rest/task/" + otherDraft, null))
        .isIn(403, 404);
    assertThat(
            status("mette", HttpMethod.GET, "/engine-rest/task/" + otherDraft + "/variables", null))
        .isEqualTo(403);
    assertThat(
            status(
                "mette",
                HttpMethod.GET,
                "/engine-rest/task/" + otherDraft + "/form-variables",
                null))
        .isEqualTo(403);

    // And she cannot claim or complete it, and nothing changes
    assertThat(
            status(
                "mette",
                HttpMethod.POST,
                "/engine-rest/task/" + otherDraft + "/claim",
                Map.of("userId", "mette")))
        .isEqualTo(403);
    assertThat(
            status(
                "mette",
                HttpMethod.POST,
                "/engine-rest/task/" + otherDraft + "/submit-form",
                draftForm()))
        .isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(otherDraft).singleResult().getAssignee())
        .isNull();
    assertThat(contractOf(soelund).getGoals()).isEmpty();

    // When she submits her own draft
    mette.post("/engine-rest/task/" + ownDraft + "/submit-form", draftForm());

    // Then it is stored
    assertThat(contractOf(glRye).getGoals()).hasSize(2);
  }

  @Test
  void shouldDenyOtherUnitsTaskThroughJavaApi() {
    // Given Mette is logged in as the webapps log her in
    String otherDraft = taskOf(soelund);
    loginAs("mette");

    // Then the Java API hides Sølund's task and refuses its variables and its completion
    assertThat(taskService.createTaskQuery().processInstanceId(soelund).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(glRye).count()).isEqualTo(1);
    assertThatThrownBy(() -> taskService.getVariables(otherDraft))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.complete(otherDraft, Map.of()))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtimeService.getVariables(soelund))
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();

    // And nothing was completed
    assertThat(taskService.createTaskQuery().taskId(otherDraft).count()).isEqualTo(1);
  }

  @Test
  void shouldHideProcessHistoryAndContractDataFromContractHolders() throws Exception {
    // Given both units are drafting and Mette holds Gl. Rye
    EngineRest mette = as("mette");

    // Then the process data of the other unit is not hers: not its variables, instance, history or
    // audit trail
    assertThat(
            mette.get(
                "/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + soelund))
        .isEmpty();
    assertThat(
            status(
                "mette",
                HttpMethod.GET,
                "/engine-rest/process-instance/" + soelund + "/variables",
                null))
        .isEqualTo(403);
    assertThat(
            mette.get(
                "/engine-rest/history/process-instance?maxResults=100&processInstanceId="
                    + soelund))
        .isEmpty();
    assertThat(
            mette.get(
                "/engine-rest/history/variable-instance?maxResults=100&processInstanceId="
                    + soelund))
        .isEmpty();
    assertThat(mette.get("/engine-rest/history/task?maxResults=100&processInstanceId=" + soelund))
        .isEmpty();
    assertThat(
            mette.get(
                "/engine-rest/history/user-operation?maxResults=100&processInstanceId=" + soelund))
        .isEmpty();
    // the contract itself (goals, comments, decisions) reaches her only as her own task's form
    // variables
    assertThat(
            mette
                .get("/engine-rest/task/" + taskOf(glRye) + "/form-variables")
                .has("requirementsInfo"))
        .isTrue();
  }

  @Test
  void shouldLetContractHolderStartContractOnlyForOwnUnit() throws Exception {
    // Given a year the annual cycle does not run (the DUS published by hand)
    int handYear = testData.newStartableYear();
    String definitionId =
        as("mette")
            .get("/engine-rest/process-definition/key/development-contract")
            .get("id")
            .asText();

    // When Mette starts a contract for Sølund
    ResponseEntity<String> other =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/process-definition/" + definitionId + "/submit-form",
            vars(ContractVariables.YEAR, handYear, ContractVariables.UNIT_CODE, "soelund"));

    // Then she is refused with a Danish message and nothing is stored
    assertThat(other.getStatusCode().value()).isEqualTo(400);
    assertThat(other.getBody())
        .contains("Du kan kun starte en udviklingskontrakt for en enhed, du er kontraktholder for")
        .doesNotContain("Cannot instantiate");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(handYear + "/Plejecenter Sølund")
                .count())
        .isZero();

    // And for her own unit it starts
    as("mette")
        .post(
            "/engine-rest/process-definition/" + definitionId + "/submit-form",
            vars(ContractVariables.YEAR, handYear, ContractVariables.UNIT_CODE, "gl-rye"));
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(handYear + "/Gl. Rye skole og dagtilbud")
                .count())
        .isEqualTo(1);
  }

  @Test
  void shouldLetContractHolderStartChallengeOnlyForOwnUnit() throws Exception {
    // Given the challenge start form
    String definitionId =
        as("mette").get("/engine-rest/process-definition/key/challenge").get("id").asText();
    String path = "/engine-rest/process-definition/" + definitionId + "/submit-form";
    long before =
        runtimeService.createProcessInstanceQuery().processDefinitionKey("challenge").count();

    // When Mette challenges for Sølund, and Jens (directorate, no unit) challenges at all
    ResponseEntity<String> otherUnit =
        exchange("mette", HttpMethod.POST, path, challenge("soelund"));
    ResponseEntity<String> directorate =
        exchange("jens", HttpMethod.POST, path, challenge("gl-rye"));

    // Then both are refused and nothing is started
    assertThat(otherUnit.getStatusCode().value()).isEqualTo(400);
    assertThat(otherUnit.getBody()).contains("Du er ikke kontraktholder for enheden");
    assertThat(directorate.getStatusCode().value()).isEqualTo(403);
    assertThat(
            runtimeService.createProcessInstanceQuery().processDefinitionKey("challenge").count())
        .isEqualTo(before);

    // And Mette's challenge for her own unit starts
    as("mette").post(path, challenge("gl-rye"));
    assertThat(
            runtimeService.createProcessInstanceQuery().processDefinitionKey("challenge").count())
        .isEqualTo(before + 1);
  }

  // ---- boards and works councils
  // --------------------------------------------------------------------------------

  @Test
  void shouldLetBoardAndWorksCouncilAnswerOnlyTheirOwnHearing() throws Exception {
    // Given Gl. Rye's draft is submitted and its board (Lise) and MED (Karsten) are heard
    submitDraft(glRye);
    List<Task> hearings = taskService.createTaskQuery().processInstanceId(glRye).list();
    assertThat(hearings).hasSize(2);

    // Then each sees only their own hearing: Lise cannot see or answer the MED's
    JsonNode liseTasks =
        as("lise").get("/engine-rest/task?maxResults=100&processInstanceId=" + glRye);
    assertThat(liseTasks).hasSize(1);
    String liseHearing = liseTasks.get(0).get("id").asText();
    String medHearing =
        hearings.stream()
            .map(Task::getId)
            .filter(id -> !id.equals(liseHearing))
            .findFirst()
            .orElseThrow();
    assertThat(
            status(
                "lise",
                HttpMethod.POST,
                "/engine-rest/task/" + medHearing + "/submit-form",
                vars(ContractVariables.COMMENT, "Forfalsket MED-svar")))
        .isEqualTo(403);
    // and another unit's board chair (Morten, Niels Ebbesen) sees nothing of Gl. Rye
    assertThat(as("morten").get("/engine-rest/task?maxResults=100&processInstanceId=" + glRye))
        .isEmpty();

    // When Lise answers her own
    as("lise")
        .post(
            "/engine-rest/task/" + liseHearing + "/submit-form",
            vars(ContractVariables.COMMENT, "Bestyrelsen bakker op"));

    // Then only her answer is stored
    assertThat(comments.findByContractIdOrderById(contractOf(glRye).getId()))
        .extracting(StakeholderComment::getText)
        .containsExactly("Bestyrelsen bakker op");
  }

  // ---- approvers
  // ------------------------------------------------------------------------------------------------

  @Test
  void shouldLetGroupChiefSeeAndApproveOnlyOwnAreasContracts() throws Exception {
    // Given both contracts wait for approval: Sølund's by Susanne (chief, Ældre og Handicap), Gl.
    // Rye's by Sofie
    String glRyeApproval = toApproval(glRye);
    String soelundApproval = toApproval(soelund);

    // Then Susanne sees only Sølund's approval, Henrik (chief, Børn og Unge) neither, Sofie only
    // Gl. Rye's
    assertThat(ids(as("susanne").get(yearTasks())))
        .contains(soelundApproval)
        .doesNotContain(glRyeApproval);
    assertThat(ids(as("henrik").get(yearTasks()))).doesNotContain(soelundApproval, glRyeApproval);
    assertThat(ids(as("sofie").get(yearTasks())))
        .contains(glRyeApproval)
        .doesNotContain(soelundApproval);

    // And Susanne cannot approve Gl. Rye's contract
    assertThat(
            status(
                "susanne",
                HttpMethod.POST,
                "/engine-rest/task/" + glRyeApproval + "/submit-form",
                vars(ContractVariables.DECISION, ContractVariables.DECISION_APPROVE)))
        .isEqualTo(403);

    // When she approves Sølund's
    as("susanne")
        .post(
            "/engine-rest/task/" + soelundApproval + "/submit-form",
            vars(ContractVariables.DECISION, ContractVariables.DECISION_APPROVE));

    // Then only Sølund's contract is approved
    assertThat(contractOf(soelund).getStatus().name()).isEqualTo("APPROVED");
    assertThat(contractOf(glRye).getStatus().name()).isNotEqualTo("APPROVED");
  }

  // ---- directorate
  // ----------------------------------------------------------------------------------------------

  @Test
  void shouldLetDirectorateReadEveryUnitButCompleteOnlyItsOwnTasks() throws Exception {
    // Given both units are drafting
    EngineRest jens = as("jens");
    String glRyeDraft = taskOf(glRye);

    // Then Jens reads every unit's task, its variables and the history
    assertThat(ids(jens.get(yearTasks()))).contains(glRyeDraft, taskOf(soelund));
    assertThat(
            jens.get("/engine-rest/task/" + glRyeDraft + "/variables")
                .has(ContractVariables.CONTRACT_ID))
        .isTrue();
    assertThat(
            jens.get(
                "/engine-rest/history/process-instance?maxResults=100&processInstanceId="
                    + soelund))
        .hasSize(1);

    // But he cannot complete a contract holder's draft
    assertThat(
            status(
                "jens",
                HttpMethod.POST,
                "/engine-rest/task/" + glRyeDraft + "/submit-form",
                draftForm()))
        .isEqualTo(403);
    assertThat(contractOf(glRye).getGoals()).isEmpty();

    // And the directorate's own approval (Digitalisering og IT, a staff unit) is his to complete
    String digitalisering = startContract("digitalisering");
    String approval = toApproval(digitalisering);
    // (he reads it through the directorate's role grant: the per-task grant gives the directorate
    // TASK_WORK without
    // READ, since a READ row on each of its tasks would only slow the directorate's list of all
    // tasks)
    assertThat(jens.get("/engine-rest/task/" + approval).get("id").asText()).isEqualTo(approval);
    assertThat(
            authorizationService
                .createAuthorizationQuery()
                .groupIdIn(Groups.DIRECTORATE)
                .resourceType(Resources.TASK)
                .resourceId(approval)
                .singleResult()
                .isPermissionGranted(Permissions.READ))
        .isFalse();
    jens.post(
        "/engine-rest/task/" + approval + "/submit-form",
        vars(ContractVariables.DECISION, ContractVariables.DECISION_APPROVE));
    assertThat(contractOf(digitalisering).getStatus().name()).isEqualTo("APPROVED");
  }

  @Test
  void shouldLetOnlyDirectorateStartTheYear() throws Exception {
    // Given the annual cycle's start form
    String definitionId =
        as("jens")
            .get("/engine-rest/process-definition/key/skanderborg-annual-cycle")
            .get("id")
            .asText();
    String path = "/engine-rest/process-definition/" + definitionId + "/submit-form";

    // Then nobody but the directorate (and administrators) may start it
    for (String user : List.of("mette", "lise", "henrik", "sofie", "bente", "ulla")) {
      assertThat(status(user, HttpMethod.POST, path, vars("year", 2199))).as(user).isIn(403, 404);
    }
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKeyLike("%2199%")
                .count())
        .isZero();

    // And the directorate passes the authorization (the year itself is then checked: one that runs
    // is refused)
    ResponseEntity<String> directorate =
        exchange("jens", HttpMethod.POST, path, vars("year", "ikke et år"));
    assertThat(directorate.getStatusCode().value()).isEqualTo(400);
  }

  // ---- council secretariat
  // --------------------------------------------------------------------------------------

  @Test
  void shouldShowCouncilSecretariatNoContractWork() throws Exception {
    // Given both units are drafting
    // Then Bente (council secretariat) sees none of it, neither tasks nor history
    assertThat(as("bente").get(yearTasks())).isEmpty();
    assertThat(
            as("bente")
                .get(
                    "/engine-rest/history/process-instance?maxResults=100&processInstanceId="
                        + glRye))
        .isEmpty();
    assertThat(
            status(
                "bente", HttpMethod.GET, "/engine-rest/task/" + taskOf(glRye) + "/variables", null))
        .isEqualTo(403);
  }

  // ---- Tasklist filters and webapps
  // -----------------------------------------------------------------------------

  @Test
  void shouldShowSharedFiltersPerRole() throws Exception {
    // Then every user has "Mine opgaver" and "Min gruppes opgaver", only the directorate also "Alle
    // opgaver"
    for (String user : List.of("mette", "lise", "susanne", "sofie", "bente", "ulla")) {
      assertThat(names(as(user).get("/engine-rest/filter?maxResults=50")))
          .as(user)
          .contains("Mine opgaver", "Min gruppes opgaver")
          .doesNotContain("Alle opgaver");
    }
    assertThat(names(as("jens").get("/engine-rest/filter?maxResults=50")))
        .contains("Mine opgaver", "Min gruppes opgaver", "Alle opgaver");

    // And "Min gruppes opgaver" lists Mette's own draft, never Sølund's
    String groupFilter =
        idOf(as("mette").get("/engine-rest/filter?maxResults=50&name=Min gruppes opgaver"));
    JsonNode listed =
        as("mette").get("/engine-rest/filter/" + groupFilter + "/list?maxResults=200");
    assertThat(ids(listed)).contains(taskOf(glRye)).doesNotContain(taskOf(soelund));
  }

  @Test
  void shouldOpenWebappsPerRole() {
    // Then Tasklist is for everyone, Cockpit for the directorate, process owners and admins, Admin
    // for admins
    for (String user : List.of("mette", "lise", "karsten", "henrik", "sofie", "bente")) {
      assertThat(apps(user)).as(user).containsExactly("tasklist");
    }
    assertThat(apps("jens")).containsExactly("tasklist", "cockpit");
    assertThat(apps("ulla")).containsExactly("tasklist", "cockpit");
    assertThat(apps("admin")).containsExactly("tasklist", "cockpit", "admin");
  }

  // ---- administration and deployment
  // ----------------------------------------------------------------------------

  @Test
  void shouldRefuseUserAndAuthorizationAdministrationToNonAdmins() throws Exception {
    // When the directorate tries to create a user and to grant itself rights
    Map<String, Object> user =
        Map.of(
            "profile",
            Map.of("id", "indtraenger", "firstName", "Ind", "lastName", "Trænger"),
            "credentials",
            Map.of("password", "Hemmelig-1234"));
    Map<String, Object> grant =
        Map.of(
            "type",
            1,
            "permissions",
            List.of("ALL"),
            "groupId",
            Groups.DIRECTORATE,
            "resourceType",
            Resources.USER.resourceType(),
            "resourceId",
            "*");
    assertThat(status("jens", HttpMethod.POST, "/engine-rest/user/create", user)).isEqualTo(403);
    assertThat(status("jens", HttpMethod.POST, "/engine-rest/authorization/create", grant))
        .isEqualTo(403);
    assertThat(
            status(
                "mette",
                HttpMethod.POST,
                "/engine-rest/group/create",
                Map.of("id", "mine-venner", "name", "Mine venner")))
        .isEqualTo(403);

    // Then nothing was created
    assertThat(identityService.createUserQuery().userId("indtraenger").count()).isZero();
    assertThat(identityService.createGroupQuery().groupId("mine-venner").count()).isZero();

    // And an administrator may
    assertThat(status("admin", HttpMethod.POST, "/engine-rest/user/create", user)).isEqualTo(204);
    identityService.deleteUser("indtraenger");
  }

  @Test
  void shouldLetOnlyProcessOwnersAndAdminsDeploy() {
    // When a contract holder and the directorate deploy a model as Camunda Modeler does
    assertThat(deploy("mette").getStatusCode().value()).isEqualTo(403);
    assertThat(deploy("jens").getStatusCode().value()).isEqualTo(403);

    assertThat(deploy("susanne").getStatusCode().value()).isEqualTo(403);

    // Then a process owner and an administrator may, and may remove their deployment again;
    // deleting it with its
    // instances (cascade) reaches into running processes and is for administrators only
    for (String user : List.of("ulla", "admin")) {
      ResponseEntity<String> deployed = deploy(user);
      assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
      String deploymentId = readTree(deployed.getBody()).get("id").asText();
      assertThat(
              status(
                  user,
                  HttpMethod.DELETE,
                  "/engine-rest/deployment/" + deploymentId + "?cascade=true",
                  null))
          .isEqualTo(user.equals("admin") ? 204 : 403);
      if (!user.equals("admin")) {
        assertThat(status(user, HttpMethod.DELETE, "/engine-rest/deployment/" + deploymentId, null))
            .isEqualTo(204);
      }
    }
  }

  @Test
  void shouldLetTheStarterGroupsOfAModelDeployedAtRuntimeStartItAtOnce() {
    // Given a process owner deploys a new model from Camunda Modeler that the directorate starts
    ResponseEntity<String> deployed =
        deploy("ulla", "starter-test", "camunda:candidateStarterGroups=\"direktion\"");
    assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
    String deploymentId = readTree(deployed.getBody()).get("id").asText();
    String start = "/engine-rest/process-definition/key/starter-test/start";
    try {
      // Then the directorate may start it at once, without a restart of Årshjul
      assertThat(status("jens", HttpMethod.POST, start, "{}")).isEqualTo(200);

      // And a contract holder, who is no starter of this model, may not
      assertThat(status("mette", HttpMethod.POST, start, "{}")).isIn(403, 404);
    } finally {
      assertThat(
              status(
                  "admin",
                  HttpMethod.DELETE,
                  "/engine-rest/deployment/" + deploymentId + "?cascade=true",
                  null))
          .isEqualTo(204);
    }
  }

  @Test
  void shouldRefuseWebappRequestsWithoutCsrfToken() {
    // Given Tasklist's login, posted by a browser that opened Tasklist first (and so holds its CSRF
    // cookie)
    LinkedMultiValueMap<String, String> login = new LinkedMultiValueMap<>();
    login.add("username", "mette");
    login.add("password", EngineRest.DEMO_PASSWORD);
    String loginPath = "/camunda/api/admin/auth/user/default/login/tasklist";

    // When another site makes the browser post it without the token, it is refused
    HttpHeaders forged = browserSession(false);
    ResponseEntity<String> refused =
        rest.postForEntity(loginPath, new HttpEntity<>(login, forged), String.class);
    assertThat(refused.getStatusCode().value())
        .as(String.valueOf(refused.getBody()))
        .isEqualTo(403);

    // Then Tasklist itself, which sends the token, gets through
    HttpHeaders genuine = browserSession(true);
    assertThat(
            rest.postForEntity(loginPath, new HttpEntity<>(login, genuine), String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
  }

  /**
   * Opens Tasklist like a browser: its session and CSRF cookies, and (like Tasklist's code) the
   * token header.
   */
  private HttpHeaders browserSession(boolean withToken) {
    List<String> setCookies =
        rest.getForEntity("/camunda/app/tasklist/", String.class)
            .getHeaders()
            .getOrEmpty("Set-Cookie");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(
        HttpHeaders.COOKIE,
        String.join("; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList()));
    if (withToken) {
      headers.add(
          "X-XSRF-TOKEN",
          setCookies.stream()
              .filter(c -> c.startsWith("XSRF-TOKEN="))
              .map(c -> c.substring("XSRF-TOKEN=".length()).split(";", 2)[0])
              .findFirst()
              .orElseThrow());
    }
    return headers;
  }

  @Test
  void shouldGrantEveryDeployedModelsStartersAgainAtStartup() {
    // Given a database whose contract holders lost their right to start a challenge (a grant
    // deleted by hand, or a model deployed before the rule existed)
    var grant =
        authorizationService
            .createAuthorizationQuery()
            .groupIdIn(Groups.CONTRACT_HOLDERS)
            .resourceType(Resources.PROCESS_DEFINITION)
            .resourceId("challenge")
            .singleResult();
    authorizationService.deleteAuthorization(grant.getId());
    assertThat(contractHoldersMay(Permissions.CREATE_INSTANCE)).isFalse();

    // When Årshjul starts again (its startup rules run)
    accessRules.run(null);

    // Then the model's candidate starter group may read and start it again, from the deployed
    // model alone
    assertThat(contractHoldersMay(Permissions.CREATE_INSTANCE)).isTrue();
    assertThat(contractHoldersMay(Permissions.READ)).isTrue();
  }

  /** Whether a member of the contract holders' group (only) may do this on "challenge". */
  private boolean contractHoldersMay(Permissions permission) {
    return authorizationService.isUserAuthorized(
        "mette",
        List.of(Groups.CONTRACT_HOLDERS),
        permission,
        Resources.PROCESS_DEFINITION,
        "challenge");
  }

  @Test
  void shouldShowAnOpenTasksCommentsToEveryoneWhoMayReadIt() {
    // Given Mette's draft was escalated to the group chief of Børn og Unge: he may read it, and the
    // task carries the escalation's comment (as TaskDeadlineService does it)
    String draft = taskOf(glRye);
    var read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setGroupId(Groups.groupChief("boern-unge"));
    read.setResource(Resources.TASK);
    read.setResourceId(draft);
    read.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(read);
    taskService.createComment(
        draft,
        taskService.createTaskQuery().taskId(draft).singleResult().getProcessInstanceId(),
        "Fristen er overskredet. Opgaven er eskaleret til Koncernchef Børn og Unge.");
    String path = "/engine-rest/task/" + draft + "/comment";

    // When the holder, the group chief, the directorate and another unit's holder open its history
    // in Tasklist
    // Then the three who may read the task see the comment, the other holder does not
    for (String reader : List.of("mette", "henrik", "jens")) {
      ResponseEntity<String> comments = exchange(reader, HttpMethod.GET, path, null);
      assertThat(comments.getStatusCode().value()).as(reader).isEqualTo(200);
      JsonNode list = readTree(comments.getBody());
      assertThat(list).as(reader).hasSize(1);
      assertThat(list.get(0).get("message").asText()).contains("eskaleret til Koncernchef");
      assertThat(list.get(0).get("taskId").asText()).isEqualTo(draft);
      assertThat(list.get(0).get("time").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }
    assertThat(exchange("susanne", HttpMethod.GET, path, null).getStatusCode().value())
        .isEqualTo(404);
  }

  // ---- limits
  // -----------------------------------------------------------------------------------------------------

  @Test
  void shouldRefuseUnboundedAndOversizedQueries() {
    // When a REST client asks for every task at once, or for more than 2,000 in one page
    ResponseEntity<String> unbounded = exchange("jens", HttpMethod.GET, "/engine-rest/task", null);
    ResponseEntity<String> oversized =
        exchange("jens", HttpMethod.GET, "/engine-rest/task?maxResults=2001", null);

    // Then both are refused; a page of 2,000 is fine
    assertThat(unbounded.getStatusCode().value()).isEqualTo(400);
    assertThat(oversized.getStatusCode().value()).isEqualTo(400);
    assertThat(oversized.getBody()).contains("2000");
    assertThat(status("jens", HttpMethod.GET, "/engine-rest/task?maxResults=2000", null))
        .isEqualTo(200);
  }

  @Test
  void shouldRefuseSerializedJavaObjectsAndStoreNothing() {
    // When a REST client submits a Java-serialized object into Mette's draft
    String draft = taskOf(glRye);
    Map<String, Object> object =
        Map.of(
            "type",
            "Object",
            "value",
            "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
            "valueInfo",
            Map.of(
                "objectTypeName",
                "java.util.HashMap",
                "serializationDataFormat",
                "application/x-java-serialized-object"));
    ResponseEntity<String> response =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + draft + "/submit-form",
            Map.of("variables", Map.of(ContractVariables.GOALS, object)));

    // Then it is refused, the task is still open and the contract unchanged
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).doesNotContain("\tat ", "java.lang.");
    assertThat(taskService.createTaskQuery().taskId(draft).count()).isEqualTo(1);
    assertThat(contractOf(glRye).getGoals()).isEmpty();
  }

  @Test
  void shouldNeverShowStackTracesToUsers() {
    // When a user asks for something that does not exist or sends malformed JSON
    ResponseEntity<String> missing =
        exchange("mette", HttpMethod.GET, "/engine-rest/task/findes-ikke/variables", null);
    ResponseEntity<String> malformed =
        rest.withBasicAuth("mette", EngineRest.DEMO_PASSWORD)
            .exchange(
                "/engine-rest/task/" + taskOf(glRye) + "/submit-form",
                HttpMethod.POST,
                new HttpEntity<>("{\"variables\": [", jsonHeaders()),
                String.class);
    ResponseEntity<String> page = exchange("mette", HttpMethod.GET, "/findes-ikke", null);

    // Then they get a status and a message, never the server's stack trace
    for (ResponseEntity<String> response : List.of(missing, malformed, page)) {
      assertThat(response.getStatusCode().is2xxSuccessful())
          .as(String.valueOf(response.getBody()))
          .isFalse();
      assertThat(String.valueOf(response.getBody())).doesNotContain("\tat ", ".java:", "\"trace\"");
    }
  }

  // ---- helpers
  // ----------------------------------------------------------------------------------------------------

  private DevelopmentContract contractOf(String instanceId) {
    Long id =
        (Long)
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableName(ContractVariables.CONTRACT_ID)
                .singleResult()
                .getValue();
    return contracts.get(id);
  }

  private void submitDraft(String instanceId) {
    formService.submitTaskForm(
        taskOf(instanceId),
        Map.of(
            ContractVariables.GOALS,
            org.camunda.spin.plugin.variable.SpinValues.jsonValue(ContractTestData.completeGoals())
                .create(),
            ContractVariables.LEADERSHIP_SPAN,
            "1:20 – inden for principperne"));
  }

  /**
   * Drafts (trusted code, no user), lets every stakeholder answer and runs the jobs: the approval
   * task's id.
   */
  private String toApproval(String instanceId) {
    submitDraft(instanceId);
    for (Task hearing :
        taskService
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey("Task_GiveStakeholderComment")
            .list()) {
      formService.submitTaskForm(
          hearing.getId(), Map.of(ContractVariables.COMMENT, "Vi støtter kontrakten"));
    }
    for (Job job = nextJob(instanceId); job != null; job = nextJob(instanceId)) {
      managementService.executeJob(job.getId());
    }
    Task approval = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ApproveContract");
    return approval.getId();
  }

  /** The next asynchronous hand-off (not a timer: the tasks' deadlines wait for their dates). */
  private Job nextJob(String instanceId) {
    return managementService
        .createJobQuery()
        .processInstanceId(instanceId)
        .messages()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private Map<String, Object> draftForm() {
    return vars(
        ContractVariables.GOALS,
        Map.of("type", "Json", "value", ContractTestData.completeGoals()),
        ContractVariables.LEADERSHIP_SPAN,
        "1:20 – inden for principperne");
  }

  private static Map<String, Object> challenge(String unitCode) {
    return vars(
        "unitCode",
        unitCode,
        "kind",
        "regel",
        "subject",
        "Dobbelt registrering",
        "reason",
        "Det tager tid fra kerneopgaven.",
        "proposedChange",
        "Registrér kun én gang.");
  }

  private String yearTasks() {
    return "/engine-rest/task?maxResults=200&processInstanceBusinessKeyLike=" + year + "/%";
  }

  private void loginAs(String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    identityService.setAuthentication(userId, groups);
  }

  /**
   * The webapps a user may open, in the order Tasklist, Cockpit, Admin (what the webapp login
   * checks).
   */
  private List<String> apps(String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    List<String> apps = new ArrayList<>();
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      if (authorizationService.isUserAuthorized(
          userId, groups, Permissions.ACCESS, Resources.APPLICATION, app)) {
        apps.add(app);
      }
    }
    return apps;
  }

  private ResponseEntity<String> deploy(String userId) {
    return deploy(userId, "access-test", "");
  }

  /** Deploys a one-event model as Camunda Modeler does; {@code starterAttribute}: extra XML. */
  private ResponseEntity<String> deploy(String userId, String key, String starterAttribute) {
    String bpmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_AccessTest" targetNamespace="http://aarshjul.dk/bpmn">
          <bpmn:process id="KEY" name="Adgangstest" isExecutable="true" camunda:historyTimeToLive="P1D" STARTERS>
            <bpmn:startEvent id="StartEvent_Started" />
          </bpmn:process>
        </bpmn:definitions>
        """
            .replace("KEY", key)
            .replace("STARTERS", starterAttribute);
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "adgangstest");
    body.add("deployment-source", "Camunda Modeler");
    body.add(
        key + ".bpmn",
        new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return key + ".bpmn";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(userId, EngineRest.DEMO_PASSWORD)
        .postForEntity(
            "/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  private EngineRest as(String userId) {
    return new EngineRest(rest, json, userId);
  }

  private int status(String userId, HttpMethod method, String path, Object body) {
    return exchange(userId, method, path, body).getStatusCode().value();
  }

  private JsonNode readTree(String body) {
    try {
      return json.readTree(body);
    } catch (Exception e) {
      throw new AssertionError(body, e);
    }
  }

  private static Set<String> ids(JsonNode items) {
    Set<String> ids = new java.util.HashSet<>();
    items.forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  private static List<String> names(JsonNode items) {
    List<String> names = new ArrayList<>();
    items.forEach(item -> names.add(item.get("name").asText()));
    return names;
  }

  private static String idOf(JsonNode items) {
    assertThat(items).hasSize(1);
    return items.get(0).get("id").asText();
  }
}
