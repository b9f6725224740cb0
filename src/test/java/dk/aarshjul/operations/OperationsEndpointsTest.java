package dk.aarshjul.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.process.EngineRest;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * README "Drift" → "Overvågning": the load balancer's health checks, the monitoring's health
 * details and Prometheus' gauges of the cycle, and who may read them. Metrics are exported as in
 * production (a test context exports none by default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class OperationsEndpointsTest {

  static final String MONITOR = "overvaagning";
  static final String MONITOR_PASSWORD = "Prometheus-Skraber-2027";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired ContractTestData testData;
  @Autowired CycleGauges gauges;
  @Autowired MeterRegistry registry;

  @BeforeEach
  void monitoringUser() {
    if (identityService.createUserQuery().userId(MONITOR).count() == 0) {
      monitoringUser(MONITOR);
    }
  }

  /** A member of the operations group with {@link #MONITOR_PASSWORD}. */
  String monitoringUser(String userId) {
    User user = identityService.newUser(userId);
    user.setFirstName("Prometheus");
    user.setLastName("Overvågning");
    user.setPassword(MONITOR_PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, Groups.OPERATIONS);
    return userId;
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldAnswerTheLoadBalancersHealthChecksAnonymouslyWithTheStatusOnly() throws Exception {
    // When the load balancer asks whether the node is alive and ready, without credentials
    ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);
    ResponseEntity<String> readiness =
        rest.getForEntity("/actuator/health/readiness", String.class);
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);

    // Then both answer UP, and no answer names a component or a detail
    assertThat(liveness.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(liveness.getBody()).path("status").asText()).isEqualTo("UP");
    assertThat(readiness.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(readiness.getBody()).path("status").asText()).isEqualTo("UP");
    for (ResponseEntity<String> answer : java.util.List.of(liveness, readiness, health)) {
      assertThat(json.readTree(answer.getBody()).has("components")).isFalse();
      assertThat(answer.getBody()).doesNotContain("jdbc", "H2", "details");
    }
  }

  @Test
  void shouldShowOperationsTheHealthOfDatabaseAndEngine() throws Exception {
    // When the monitoring asks for the node's health as a member of the operations group
    ResponseEntity<String> health =
        rest.withBasicAuth(MONITOR, MONITOR_PASSWORD)
            .getForEntity("/actuator/health", String.class);
    ResponseEntity<String> readiness =
        rest.withBasicAuth(MONITOR, MONITOR_PASSWORD)
            .getForEntity("/actuator/health/readiness", String.class);

    // Then it sees the database and the engine up (the job executor's part is there only where
    // job execution is on, as in production; these tests drive their jobs themselves), and the
    // load balancer's readiness rests on the database and the engine alone
    JsonNode components = json.readTree(health.getBody()).path("components");
    assertThat(health.getStatusCode().value()).isEqualTo(200);
    assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("db").path("details").path("database").asText())
        .isIn("H2", "PostgreSQL");
    assertThat(components.path("processEngine").path("status").asText()).isEqualTo("UP");
    assertThat(readiness.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(readiness.getBody()).path("components").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("readinessState", "db", "processEngine");
  }

  @Test
  void shouldRefuseTheMetricsToAnonymousCallersWrongPasswordsAndOtherUsers() throws Exception {
    // When Prometheus' metrics are asked for without credentials, with a wrong password, and by a
    // contract holder
    ResponseEntity<String> anonymous = rest.getForEntity("/actuator/prometheus", String.class);
    // (a monitoring user of its own: wrong passwords slow the user down, which must not spill into
    // the other tests)
    String guesser =
        monitoringUser("gaet" + java.util.UUID.randomUUID().toString().substring(0, 8));
    ResponseEntity<String> wrongPassword =
        rest.withBasicAuth(guesser, "forkert").getForEntity("/actuator/prometheus", String.class);
    ResponseEntity<String> contractHolder =
        rest.withBasicAuth("mette", EngineRest.DEMO_PASSWORD)
            .getForEntity("/actuator/prometheus", String.class);
    ResponseEntity<String> index = rest.getForEntity("/actuator", String.class);

    // Then the first two get 401 with a Basic challenge, the contract holder 403, each with a
    // Danish message and no metric
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(message(anonymous)).contains("gruppen drift");
    assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
    assertThat(message(wrongPassword)).isEqualTo("Forkert brugernavn eller adgangskode.");
    assertThat(contractHolder.getStatusCode().value()).isEqualTo(403);
    assertThat(message(contractHolder)).contains("for driften");
    assertThat(index.getStatusCode().value()).isEqualTo(401);
    for (ResponseEntity<String> answer :
        java.util.List.of(anonymous, wrongPassword, contractHolder, index)) {
      assertThat(answer.getBody()).doesNotContain("aarshjul_", "jvm_");
    }
  }

  @Test
  void shouldShowTheHealthDetailsToAnAdministratorButNotToAContractHolder() throws Exception {
    // When an administrator and a contract holder ask for the health
    ResponseEntity<String> admin =
        rest.withBasicAuth("admin", EngineRest.DEMO_PASSWORD)
            .getForEntity("/actuator/health", String.class);
    ResponseEntity<String> contractHolder =
        rest.withBasicAuth("mette", EngineRest.DEMO_PASSWORD)
            .getForEntity("/actuator/health", String.class);

    // Then the administrator sees the components, the contract holder the status only
    assertThat(json.readTree(admin.getBody()).has("components")).isTrue();
    assertThat(json.readTree(contractHolder.getBody()).has("components")).isFalse();
  }

  @Test
  void shouldCountOpenAndOverdueTasksPerModelStepAreaAndCommittee() throws Exception {
    // Given the open drafts of Gl. Rye skole (Børn og Unge) as they are now
    gauges.refresh();
    double openBefore = tasks("aarshjul.tasks.open", "Task_DraftContract", "gl-rye");
    double overdueBefore = tasks("aarshjul.tasks.overdue", "Task_DraftContract", "gl-rye");

    // When two contracts are started for the school, one of whose drafts is past its due date
    Task late = draftOf(startContract("gl-rye"));
    draftOf(startContract("gl-rye"));
    taskService.setDueDate(
        late.getId(), Date.from(ClockUtil.getCurrentTime().toInstant().minus(Duration.ofDays(1))));
    gauges.refresh();

    // Then the school's area and committee count two more open drafts, one of them overdue
    assertThat(tasks("aarshjul.tasks.open", "Task_DraftContract", "gl-rye"))
        .isEqualTo(openBefore + 2);
    assertThat(tasks("aarshjul.tasks.overdue", "Task_DraftContract", "gl-rye"))
        .isEqualTo(overdueBefore + 1);

    // And Prometheus reads them with their labels
    String scrape =
        rest.withBasicAuth(MONITOR, MONITOR_PASSWORD)
            .getForObject("/actuator/prometheus", String.class);
    assertThat(scrape)
        .containsPattern(
            "aarshjul_tasks_open\\{.*area=\"boern-unge\".*committee=\"[a-z-]+\".*"
                + "process=\"development-contract\".*step=\"Task_DraftContract\".*\\} \\d+");
  }

  @Test
  void shouldCountIncidentsAndFailedJobs() {
    // Given the incidents and jobs as they are now
    String instance = startContract("soelund");
    gauges.refresh();
    double failedBefore = value("aarshjul.jobs", "state", "failed");

    // When a step of the instance fails for good and an incident is raised on it
    Job deadline = managementService.createJobQuery().processInstanceId(instance).singleResult();
    managementService.setJobRetries(deadline.getId(), 0);
    runtimeService.createIncident("aarshjul-test", instance, "test", "Testhændelse");
    gauges.refresh();

    // Then the gauges show one more failed job and the incident under its process and type
    assertThat(value("aarshjul.jobs", "state", "failed")).isEqualTo(failedBefore + 1);
    assertThat(
            registry
                .get("aarshjul.incidents")
                .tags("process", "development-contract", "type", "aarshjul-test")
                .gauge()
                .value())
        .isEqualTo(1);
  }

  @Test
  void shouldRecordHowLongAStepsTasksWereOpen() {
    // Given an early dialogue with the directorate (Sølund is in the year's trial) created now
    int year = testData.newYearWithEarlyDialogue("soelund");
    Task dialogue = draftOf(startContract("soelund", year));
    Timer before =
        registry.find("aarshjul.task.open").tags("step", "Task_HoldEarlyDialogue").timer();
    long countBefore = before == null ? 0 : before.count();

    // When a refused submission is tried, and the dialogue is then held three days later
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    dialogue.getId(), Map.of(ContractVariables.EARLY_DIALOGUE_NOTES, " ")))
        .hasMessageContaining("Skriv hvad der blev drøftet");
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(3))));
    formService.submitTaskForm(
        dialogue.getId(),
        Map.of(ContractVariables.EARLY_DIALOGUE_NOTES, "Fokus på overgange mellem dagtilbud"));

    // Then the step's time open counts one task more (not the refused one), of three days
    Timer after =
        registry
            .get("aarshjul.task.open")
            .tags("process", "development-contract", "step", "Task_HoldEarlyDialogue")
            .timer();
    assertThat(after.count()).isEqualTo(countBefore + 1);
    assertThat(after.max(java.util.concurrent.TimeUnit.HOURS)).isGreaterThanOrEqualTo(72);
  }

  private String startContract(String unitCode) {
    return startContract(unitCode, testData.newYear());
  }

  private String startContract(String unitCode, int year) {
    return runtimeService
        .startProcessInstanceByKey(
            ContractVariables.PROCESS_KEY,
            Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, unitCode))
        .getId();
  }

  private Task draftOf(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  /** The gauge of the development contract's step for the unit's area and committee, or 0. */
  private double tasks(String name, String step, String unitCode) {
    return registry
        .find(name)
        .tags("process", "development-contract", "step", step)
        .gauges()
        .stream()
        .filter(gauge -> gauge.getId().getTag("area").equals(area(unitCode)))
        .mapToDouble(Gauge::value)
        .sum();
  }

  private String area(String unitCode) {
    return "gl-rye".equals(unitCode) ? "boern-unge" : "aeldre-handicap";
  }

  private double value(String name, String tag, String tagValue) {
    Gauge gauge = registry.find(name).tags(tag, tagValue).gauge();
    return gauge == null ? 0 : gauge.value();
  }

  private String message(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody()).path("message").asText();
  }
}
