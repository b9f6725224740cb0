package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.process.EngineRest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Client errors through engine-rest, each as the attack sent it with a demo user's login: a 4xx
 * with a short Danish message, never SQL, a class name or a stack trace, and nothing stored. Also
 * the engine's operating data (version, metrics, Cockpit's plugin API) only for those who run the
 * engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorsTest extends TwoUnitsDrafting {

  private static final String MISSING_TASK = "00000000-0000-0000-0000-000000000000";

  @Autowired ContractService contracts;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  // ---- tasks
  // ------------------------------------------------------------------------------------------------------

  @Test
  void shouldAnswerSubmitAndCompleteOnMissingTaskWith404() {
    // When Mette submits and completes a task that does not exist
    ResponseEntity<String> submitted =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + MISSING_TASK + "/submit-form",
            draftForm());
    ResponseEntity<String> completed =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + MISSING_TASK + "/complete",
            Map.of("variables", Map.of()));

    // Then both answer 404 in Danish, naming nothing
    assertDanishError(submitted, 404, "Opgaven findes ikke");
    assertDanishError(completed, 404, "Opgaven findes ikke");
    assertThat(submitted.getBody()).doesNotContain(MISSING_TASK);
  }

  @Test
  void shouldAnswerDeleteOfAnotherUnitsTaskAsIfItDidNotExist() {
    // Given Sølund's draft, which Mette cannot see, and her own
    String otherDraft = taskOf(soelund);
    String ownDraft = taskOf(glRye);

    // When Mette deletes Sølund's draft, a task that does not exist, and her own draft
    ResponseEntity<String> other =
        exchange("mette", HttpMethod.DELETE, "/engine-rest/task/" + otherDraft, null);
    ResponseEntity<String> missing =
        exchange("mette", HttpMethod.DELETE, "/engine-rest/task/" + MISSING_TASK, null);
    ResponseEntity<String> own =
        exchange("mette", HttpMethod.DELETE, "/engine-rest/task/" + ownDraft, null);

    // Then Sølund's draft answers exactly as a task that does not exist: 404, the same message, no
    // id
    assertDanishError(other, 404, "Opgaven findes ikke");
    assertThat(other.getBody()).isEqualTo(missing.getBody()).doesNotContain(otherDraft);
    assertThat(missing.getStatusCode().value()).isEqualTo(404);
    // And her own draft belongs to a process: 400, it is completed, not deleted
    assertDanishError(own, 400, "hører til en proces og kan ikke slettes");

    // And both drafts are still there, unchanged
    assertThat(taskService.createTaskQuery().taskId(otherDraft).count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(ownDraft).count()).isEqualTo(1);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceIds(java.util.Set.of(glRye, soelund))
                .count())
        .isEqualTo(2);
  }

  @Test
  void shouldAnswerVariablesOfCompletedTaskWith404Quietly(CapturedOutput output) throws Exception {
    // Given Mette completes her draft in Tasklist
    String draft = taskOf(glRye);
    as("mette").post("/engine-rest/task/" + draft + "/submit-form", draftForm());
    int logLength = output.length();

    // When Tasklist reads the completed task's variables and form variables, as it does after every
    // completion
    ResponseEntity<String> variables =
        exchange("mette", HttpMethod.GET, "/engine-rest/task/" + draft + "/variables", null);
    ResponseEntity<String> formVariables =
        exchange("mette", HttpMethod.GET, "/engine-rest/task/" + draft + "/form-variables", null);

    // Then both answer 404 in Danish, and nothing is logged as an error
    assertDanishError(variables, 404, "Opgaven findes ikke");
    assertDanishError(formVariables, 404, "Opgaven findes ikke");
    String logged = output.toString().substring(logLength);
    assertThat(logged).doesNotContain(" ERROR ", "ENGINE-16004", "\tat ");
  }

  @Test
  void shouldNotNameWhatTheCallerMayNotSeeIn403() {
    // When Mette reads Sølund's draft's variables and its process instance's variables
    String otherDraft = taskOf(soelund);
    ResponseEntity<String> task =
        exchange("mette", HttpMethod.GET, "/engine-rest/task/" + otherDraft + "/variables", null);
    ResponseEntity<String> instance =
        exchange(
            "mette",
            HttpMethod.GET,
            "/engine-rest/process-instance/" + soelund + "/variables",
            null);
    ResponseEntity<String> change =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/process-instance/" + soelund + "/variables",
            Map.of("modifications", Map.of("unitCode", Map.of("value", "gl-rye"))));

    // Then each is refused with a generic Danish message naming no task, instance, process or
    // permission
    for (ResponseEntity<String> response : List.of(task, instance, change)) {
      assertDanishError(response, 403, "Du har ikke adgang");
      assertThat(response.getBody())
          .doesNotContain(
              otherDraft,
              soelund,
              ContractVariables.PROCESS_KEY,
              "READ",
              "mette",
              "missingAuthorizations");
    }
    // And nothing changed
    assertThat(runtimeService.getVariable(soelund, ContractVariables.UNIT_CODE))
        .isEqualTo("soelund");
  }

  // ---- requests the engine does not understand
  // --------------------------------------------------------------------

  @Test
  void shouldRefuseNegativeAndNonNumericPagingWith400() {
    // When Mette pages from -5, or with a paging value that is not a number
    ResponseEntity<String> negative =
        exchange("mette", HttpMethod.GET, "/engine-rest/task?firstResult=-5&maxResults=10", null);
    ResponseEntity<String> negativeMax =
        exchange("mette", HttpMethod.GET, "/engine-rest/task?maxResults=-1", null);
    ResponseEntity<String> text =
        exchange("mette", HttpMethod.GET, "/engine-rest/task?firstResult=abc&maxResults=10", null);

    // Then each answers 400 in Danish, and the database never sees it
    for (ResponseEntity<String> response : List.of(negative, negativeMax, text)) {
      assertDanishError(response, 400, "firstResult og maxResults skal være hele tal");
    }
    // And a good page still works
    assertThat(
            exchange("mette", HttpMethod.GET, "/engine-rest/task?firstResult=0&maxResults=10", null)
                .getStatusCode()
                .value())
        .isEqualTo(200);
  }

  @Test
  void shouldRefuseDeploymentWithoutBodyWith4xx() {
    // Given the deployments there are
    long before = repositoryService.createDeploymentQuery().count();

    // When a process owner creates a deployment with no body, and with an empty multipart body
    ResponseEntity<String> noBody =
        exchange("ulla", HttpMethod.POST, "/engine-rest/deployment/create", null);
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> emptyMultipart =
        rest.withBasicAuth("ulla", EngineRest.DEMO_PASSWORD)
            .exchange(
                "/engine-rest/deployment/create",
                HttpMethod.POST,
                new HttpEntity<>(new LinkedMultiValueMap<>(), multipart),
                String.class);

    // Then both are refused with a 4xx in Danish and nothing is deployed
    for (ResponseEntity<String> response : List.of(noBody, emptyMultipart)) {
      assertThat(response.getStatusCode().is4xxClientError()).as(response.getBody()).isTrue();
      assertDanishError(response, response.getStatusCode().value(), "");
    }
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseWeakPasswordNamingTheRules() {
    // Given the password policy of production (on every engine of this JVM: engine-rest looks its
    // engine up by name,
    // and test classes with other Spring contexts register an engine of the same name)
    setPasswordPolicy(true);
    try {
      // When the administrator creates a user with a weak password, and sets a weak one for an
      // existing user
      Map<String, Object> user =
          Map.of(
              "profile",
              Map.of("id", "svagbruger", "firstName", "Svag", "lastName", "Bruger"),
              "credentials",
              Map.of("password", "demo"));
      ResponseEntity<String> created =
          exchange("admin", HttpMethod.POST, "/engine-rest/user/create", user);
      ResponseEntity<String> changed =
          exchange(
              "admin",
              HttpMethod.PUT,
              "/engine-rest/user/mette/credentials",
              Map.of("password", "kort", "authenticatedUserPassword", EngineRest.DEMO_PASSWORD));

      // Then both answer 400 with the rules in Danish, and nothing is stored
      for (ResponseEntity<String> response : List.of(created, changed)) {
        assertDanishError(response, 400, "Adgangskoden er for svag");
        assertThat(response.getBody())
            .contains("have mindst 10 tegn", "stort bogstav", "ciffer", "specialtegn");
      }
      assertThat(identityService.createUserQuery().userId("svagbruger").count()).isZero();
      assertThat(identityService.checkPassword("mette", EngineRest.DEMO_PASSWORD)).isTrue();
    } finally {
      setPasswordPolicy(false);
      // a failed run must not leave Mette without her demo password for the test classes after this
      // one
      if (!identityService.checkPassword("mette", EngineRest.DEMO_PASSWORD)) {
        org.camunda.bpm.engine.identity.User mette =
            identityService.createUserQuery().userId("mette").singleResult();
        mette.setPassword(EngineRest.DEMO_PASSWORD);
        identityService.saveUser(mette);
      }
    }
  }

  private static void setPasswordPolicy(boolean enabled) {
    for (org.camunda.bpm.engine.ProcessEngine engine :
        org.camunda.bpm.engine.ProcessEngines.getProcessEngines().values()) {
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      configuration.setEnablePasswordPolicy(enabled);
      configuration.setPasswordPolicy(enabled ? new DefaultPasswordPolicyImpl() : null);
    }
  }

  @Test
  void shouldRefuseMalformedAndOversizedJsonInDanish() {
    // When Mette submits her draft as broken JSON, with a wrong shape, and with a 21 MB text
    String draft = taskOf(glRye);
    String path = "/engine-rest/task/" + draft + "/submit-form";
    ResponseEntity<String> broken = raw("mette", path, "{\"variables\": [");
    ResponseEntity<String> shape = raw("mette", path, "[[[[1]]]]");
    ResponseEntity<String> oversized =
        raw(
            "mette",
            path,
            "{\"variables\":{\"leadershipSpanAssessment\":{\"value\":\""
                + "a".repeat(21_000_000)
                + "\"}}}");

    // Then each answers 400 in Danish naming no Java type
    assertDanishError(broken, 400, "ikke gyldig JSON");
    assertDanishError(shape, 400, "ikke gyldig JSON");
    assertDanishError(oversized, 400, "for stor");

    // And the draft is still open with nothing stored
    assertThat(taskService.createTaskQuery().taskId(draft).count()).isEqualTo(1);
    assertThat(contractOf(glRye).getGoals()).isEmpty();
  }

  @Test
  void shouldNeverShowSqlWhenTheDatabaseRefuses() {
    // When Mette submits her draft with a NUL character in a text, which PostgreSQL refuses to
    // store (H2 stores it;
    // refusing control characters before the database is the plain-text rule's, README "Tekst")
    String draft = taskOf(glRye);
    ResponseEntity<String> response =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + draft + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    ContractVariables.GOALS,
                        Map.of("type", "Json", "value", ContractTestData.completeGoals()),
                    ContractVariables.LEADERSHIP_SPAN,
                        Map.of("value", "1:20 \u0000 – inden for principperne"))));

    // Then the answer never shows the SQL: refused with a Danish 400, or a generic Danish 500 with
    // nothing stored
    assertThat(String.valueOf(response.getBody()))
        .doesNotContainIgnoringCase("insert into")
        .doesNotContain("ACT_", "###");
    if (!response.getStatusCode().is2xxSuccessful()) {
      assertDanishError(response, response.getStatusCode().value(), "");
      if (response.getStatusCode().is5xxServerError()) {
        assertThat(response.getBody()).contains("uventet fejl på serveren");
      }
      assertThat(taskService.createTaskQuery().taskId(draft).count()).isEqualTo(1);
      assertThat(contractOf(glRye).getGoals()).isEmpty();
    }
  }

  @Test
  void shouldRefuseTooLongTextWithoutSql() {
    // When Mette submits her draft with a text longer than the database column for variables (4,000
    // characters)
    String draft = taskOf(glRye);
    ResponseEntity<String> response =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + draft + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    ContractVariables.GOALS,
                        Map.of("type", "Json", "value", ContractTestData.completeGoals()),
                    ContractVariables.LEADERSHIP_SPAN, Map.of("value", "1:20 ".repeat(1_000)))));

    // Then it is refused in Danish before the database, and nothing is stored
    assertDanishError(response, 400, "");
    assertThat(taskService.createTaskQuery().taskId(draft).count()).isEqualTo(1);
    assertThat(contractOf(glRye).getGoals()).isEmpty();
  }

  @Test
  void shouldAnswerUnknownAddressesAndMethodsInDanish() {
    // When Mette calls an address engine-rest does not have, and a method an address does not take
    ResponseEntity<String> unknown =
        exchange("mette", HttpMethod.GET, "/engine-rest/findes-ikke", null);
    ResponseEntity<String> method =
        exchange("mette", HttpMethod.PATCH, "/engine-rest/task/count", Map.of());

    // Then both answer in Danish
    assertDanishError(unknown, 404, "findes ikke");
    assertDanishError(method, 405, "HTTP-metode");
  }

  @Test
  void shouldAnswerUnknownAddressesOutsideEngineRestInDanish() throws Exception {
    // When a JSON client asks for an address the application does not have
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> response =
        rest.withBasicAuth("mette", EngineRest.DEMO_PASSWORD)
            .exchange("/findes-ikke", HttpMethod.GET, new HttpEntity<>(headers), String.class);

    // Then the answer is a Danish 404 without English reason phrase or exception
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(json.readTree(response.getBody()).get("message").asText())
        .isEqualTo("Siden eller adressen findes ikke.");
    assertThat(response.getBody()).doesNotContain("Not Found", "exception", "trace");
  }

  // ---- the engine's operating data
  // --------------------------------------------------------------------------------

  @Test
  void shouldShowEngineVersionOnlyToProcessOwnersAndAdmins() {
    // When a contract holder and the directorate ask for the engine's version
    // Then they are refused in Danish
    for (String user : List.of("mette", "jens", "bente")) {
      assertDanishError(
          exchange(user, HttpMethod.GET, "/engine-rest/version", null), 403, "motorens version");
    }
    // And a process owner (Camunda Modeler deploys as one) and an administrator get it
    for (String user : List.of("ulla", "admin")) {
      ResponseEntity<String> version = exchange(user, HttpMethod.GET, "/engine-rest/version", null);
      assertThat(version.getStatusCode().value()).as(user).isEqualTo(200);
      assertThat(version.getBody()).contains("\"version\"");
    }
  }

  @Test
  void shouldShowMetricsOnlyToCockpitUsers() {
    // When a contract holder and the council secretariat ask for the engine's metrics
    // Then they are refused in Danish
    for (String user : List.of("mette", "bente")) {
      assertDanishError(
          exchange(user, HttpMethod.GET, "/engine-rest/metrics?maxResults=10", null),
          403,
          "driftstal");
      assertDanishError(
          exchange(user, HttpMethod.GET, "/engine-rest/metrics/activity-instance-start/sum", null),
          403,
          "driftstal");
    }
    // And the directorate, a process owner and an administrator (all with Cockpit) get them
    for (String user : List.of("jens", "ulla", "admin")) {
      assertThat(
              exchange(
                      user,
                      HttpMethod.GET,
                      "/engine-rest/metrics/activity-instance-start/sum",
                      null)
                  .getStatusCode()
                  .value())
          .as(user)
          .isEqualTo(200);
    }
  }

  @Test
  void shouldAnswerTheWebappsEngineRouteAsEngineRest() {
    // Given Mette logged in to Tasklist, and Jens
    HttpHeaders mette = webappLogin("mette", "tasklist");
    HttpHeaders jens = webappLogin("jens", "cockpit");
    String engine = "/camunda/api/engine/engine/default";

    // When she reads a missing task's variables, pages from -5 and asks for metrics and the version
    // through the
    // webapps' own engine-rest
    ResponseEntity<String> missing = webapp(mette, engine + "/task/" + MISSING_TASK + "/variables");
    ResponseEntity<String> paging = webapp(mette, engine + "/task?firstResult=-5&maxResults=10");
    ResponseEntity<String> metrics = webapp(mette, engine + "/metrics/activity-instance-start/sum");
    ResponseEntity<String> version = webapp(mette, engine + "/version");
    ResponseEntity<String> otherTask =
        webapp(mette, engine + "/task/" + taskOf(soelund) + "/variables");

    // Then the answers are engine-rest's: Danish, 4xx, naming nothing
    assertDanishError(missing, 404, "Opgaven findes ikke");
    assertDanishError(paging, 400, "firstResult og maxResults");
    assertDanishError(metrics, 403, "driftstal");
    assertDanishError(version, 403, "motorens version");
    assertDanishError(otherTask, 403, "Du har ikke adgang");
    assertThat(otherTask.getBody()).doesNotContain(soelund);
    // And the directorate still reads metrics there (Cockpit's dashboard)
    assertThat(
            webapp(jens, engine + "/metrics/activity-instance-start/sum").getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void shouldOpenCockpitPluginApiOnlyToCockpitUsers() {
    // Given Mette logged in to Tasklist and Jens (directorate) to Cockpit
    HttpHeaders mette = webappLogin("mette", "tasklist");
    HttpHeaders jens = webappLogin("jens", "cockpit");
    String count = "/camunda/api/cockpit/plugin/base/default/process-instance/count";

    // When Mette calls Cockpit's plugin API
    ResponseEntity<String> refused = webapp(mette, count);

    // Then she is refused in Danish, and Jens gets his answer
    assertDanishError(refused, 403, "Du har ikke adgang til Cockpit");
    ResponseEntity<String> allowed = webapp(jens, count);
    assertThat(allowed.getStatusCode().value()).as(allowed.getBody()).isEqualTo(200);
    assertThat(allowed.getBody()).contains("\"count\"");
  }

  // ---- helpers
  // ----------------------------------------------------------------------------------------------------

  /**
   * A Danish JSON error: the status, a message containing the text, no SQL, Java class or stack
   * trace.
   */
  static void assertDanishError(ResponseEntity<String> response, int status, String text) {
    String body = String.valueOf(response.getBody());
    assertThat(response.getStatusCode().value()).as(body).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).as(body).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
        .as(body)
        .isTrue();
    JsonNode error;
    try {
      error = new ObjectMapper().readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
    String message = error.path("message").asText();
    assertThat(message).as(body).isNotBlank().contains(text);
    // Danish: the answer is one of Årshjul's sentences, not the engine's English
    assertThat(message).as(body).containsAnyOf("æ", "ø", "å", "Å", "ikke", "Du ", "skal", "findes");
    assertThat(body)
        .as("no SQL, class names or stack traces")
        .doesNotContainIgnoringCase("select ")
        .doesNotContainIgnoringCase("insert into")
        .doesNotContainIgnoringCase("update act_")
        .doesNotContain(
            "ACT_",
            "###",
            "SQL",
            "Exception",
            "java.",
            "org.",
            "com.",
            "\tat ",
            ".java:",
            "Cannot ",
            "HTTP 4",
            "HTTP 5");
  }

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

  private Map<String, Object> draftForm() {
    return Map.of(
        "variables",
        Map.of(
            ContractVariables.GOALS,
                Map.of("type", "Json", "value", ContractTestData.completeGoals()),
            ContractVariables.LEADERSHIP_SPAN, Map.of("value", "1:20 – inden for principperne")));
  }

  private EngineRest as(String userId) {
    return new EngineRest(rest, json, userId);
  }

  private ResponseEntity<String> raw(String userId, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(userId, EngineRest.DEMO_PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /**
   * Logs in to a webapp as the browser does (CSRF cookie and header), returning the session's
   * cookies.
   */
  private HttpHeaders webappLogin(String userId, String app) {
    List<String> setCookies =
        rest.getForEntity("/camunda/app/tasklist/", String.class)
            .getHeaders()
            .getOrEmpty("Set-Cookie");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookies(setCookies));
    headers.add(
        "X-XSRF-TOKEN",
        setCookies.stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .map(c -> c.substring("XSRF-TOKEN=".length()).split(";", 2)[0])
            .findFirst()
            .orElseThrow());
    LinkedMultiValueMap<String, String> login = new LinkedMultiValueMap<>();
    login.add("username", userId);
    login.add("password", EngineRest.DEMO_PASSWORD);
    ResponseEntity<String> loggedIn =
        rest.postForEntity(
            "/camunda/api/admin/auth/user/default/login/" + app,
            new HttpEntity<>(login, headers),
            String.class);
    assertThat(loggedIn.getStatusCode().value()).as(loggedIn.getBody()).isEqualTo(200);
    List<String> all = new ArrayList<>(setCookies);
    all.addAll(loggedIn.getHeaders().getOrEmpty("Set-Cookie"));
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, cookies(all));
    session.setAccept(List.of(MediaType.APPLICATION_JSON));
    return session;
  }

  /** The cookies to send: the last value of each name. */
  private static String cookies(List<String> setCookies) {
    Map<String, String> latest = new java.util.LinkedHashMap<>();
    for (String cookie : setCookies) {
      String pair = cookie.split(";", 2)[0];
      latest.put(pair.split("=", 2)[0], pair);
    }
    return String.join("; ", latest.values());
  }

  private ResponseEntity<String> webapp(HttpHeaders session, String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
  }
}
