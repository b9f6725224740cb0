package dk.aarshjul.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The floor of the whole-year benchmark: a year with the same number of user tasks as Årshjul's, on
 * the bare engine, driven the same way. One instance of {@value #UNIT_PROCESS} per unit (a
 * multi-instance call activity, each instance started in its own job and ended in its own job, as
 * Årshjul must for hundreds of units), each a chain of user tasks for the unit's group; no
 * delegates, listeners, forms or domain data. The driver completes every open task through
 * engine-rest (list the open tasks, submit each one's form) with {@code threads} people at once,
 * until the year ends.
 */
final class BareYear {

  static final String YEAR_PROCESS = "bare-year";
  static final String UNIT_PROCESS = "bare-unit";

  /** What the user-waits probe starts: one user task for its group, left open. */
  static final String PROBE_PROCESS = "bare-start";

  static final String PROBE_USER = "probe";

  /**
   * The one candidate group of every bare task, with the driver (the administrator) as member: a
   * task is completed only by a member of its candidate group (issue 13), and one group keeps the
   * per-task grant rows as before (one).
   */
  static final String DRIVERS = "baer-aar";

  private final String base;
  private final String authorization;
  private final int threads;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final AtomicInteger completed = new AtomicInteger();
  private long idleNanos;
  private java.util.function.LongConsumer submitNanos = nanos -> {};

  BareYear(String base, String authorization, int threads) {
    this.base = base;
    this.authorization = authorization;
    this.threads = threads;
  }

  /**
   * The year: a user task chain of {@code tasksPerUnit} per unit; the units numbered below the
   * process variable {@code extra} have one task more, so the year has exactly as many tasks as the
   * Årshjul year it is compared with.
   */
  static List<BpmnModelInstance> models(int tasksPerUnit) {
    BpmnModelInstance year =
        Bpmn.createExecutableProcess(YEAR_PROCESS)
            .name("Bart år")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Year")
            .callActivity("CallActivity_Units")
            .name("Enhedernes opgaver")
            .calledElement(UNIT_PROCESS)
            .camundaIn("loopCounter", "unit")
            .camundaIn("extra", "extra")
            .multiInstance()
            .parallel()
            .cardinality("${units}")
            .camundaAsyncBefore()
            .camundaAsyncAfter()
            .multiInstanceDone()
            .endEvent("EndEvent_Year")
            .done();
    AbstractFlowNodeBuilder<?, ?> unit =
        Bpmn.createExecutableProcess(UNIT_PROCESS)
            .name("Bar enhed")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Unit");
    for (int task = 1; task <= tasksPerUnit; task++) {
      unit = unit.userTask("Task_" + task).name("Opgave " + task).camundaCandidateGroups(DRIVERS);
    }
    BpmnModelInstance unitModel =
        unit.exclusiveGateway("Gateway_Extra")
            .condition("ja", "${unit < extra}")
            .userTask("Task_Extra")
            .name("Ekstra opgave")
            .camundaCandidateGroups(DRIVERS)
            .endEvent("EndEvent_Extra")
            .moveToLastGateway()
            .condition("nej", "${unit >= extra}")
            .endEvent("EndEvent_Unit")
            .done();
    return List.of(year, unitModel);
  }

  /** Receives how long each successful form submission took, in nanoseconds. */
  BareYear timeSubmits(java.util.function.LongConsumer submitNanos) {
    this.submitNanos = submitNanos;
    return this;
  }

  /** The probe's process: started, it waits in a user task for the probe's group. */
  static BpmnModelInstance probeModel() {
    return Bpmn.createExecutableProcess(PROBE_PROCESS)
        .name("Bar start")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Probe")
        .userTask("Task_Probe")
        .name("Sonde")
        .camundaCandidateGroups(PROBE_USER)
        .endEvent("EndEvent_Probe")
        .done();
  }

  /**
   * The probe's person on the bare engine, with what a person needs to do the probe's work: read
   * every task and its process definition, start the probe's process. Returns her Basic
   * authorization.
   */
  String createProbeUser() {
    request(
        "POST",
        "/engine-rest/user/create",
        Map.of(
            "profile",
            Map.of("id", PROBE_USER, "firstName", "Sonde", "lastName", "Bar", "email", "p@x.dk"),
            "credentials",
            Map.of("password", "demo")));
    request(
        "POST",
        "/engine-rest/group/create",
        Map.of("id", PROBE_USER, "name", "Sonde", "type", "WORKFLOW"));
    request("PUT", "/engine-rest/group/" + PROBE_USER + "/members/" + PROBE_USER, null);
    grant(7, "*", List.of("READ"));
    grant(6, "*", List.of("READ", "READ_TASK", "CREATE_INSTANCE"));
    grant(8, "*", List.of("CREATE"));
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (PROBE_USER + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private void grant(int resourceType, String resourceId, List<String> permissions) {
    send(
        "POST",
        "/engine-rest/authorization/create",
        Map.of(
            "type",
            1,
            "permissions",
            permissions,
            "userId",
            PROBE_USER,
            "resourceType",
            resourceType,
            "resourceId",
            resourceId));
  }

  int completedTasks() {
    return completed.get();
  }

  /** Time spent waiting while no task was open (the engine's jobs ran). */
  Duration idleTime() {
    return Duration.ofNanos(idleNanos);
  }

  /** Starts the year for {@code units} units and completes its tasks until it has ended. */
  void run(int units, int extra) {
    // the driver may complete the bare tasks: a member of their candidate group (a 404/409 means it
    // is already there)
    request(
        "POST",
        "/engine-rest/group/create",
        Map.of("id", DRIVERS, "name", "Bart års deltagere", "type", "WORKFLOW"));
    request("PUT", "/engine-rest/group/" + DRIVERS + "/members/admin", null);
    JsonNode instance =
        send(
            "POST",
            "/engine-rest/process-definition/key/" + YEAR_PROCESS + "/start",
            Map.of(
                "businessKey",
                "bart år",
                "variables",
                Map.of("units", Map.of("value", units), "extra", Map.of("value", extra))));
    String instanceId = instance.get("id").asText();
    while (!ended(instanceId)) {
      List<JsonNode> tasks = openTasks();
      if (tasks.isEmpty()) {
        long idleStart = System.nanoTime();
        await("en åben opgave eller et afsluttet bart år")
            .atMost(Duration.ofMinutes(4))
            .pollInterval(Duration.ofMillis(100))
            .pollInSameThread()
            .until(() -> !openTasks().isEmpty() || ended(instanceId));
        idleNanos += System.nanoTime() - idleStart;
        continue;
      }
      List<CompletableFuture<Void>> shares = new ArrayList<>();
      for (int person = 0; person < threads; person++) {
        List<JsonNode> share = new ArrayList<>();
        for (int i = person; i < tasks.size(); i += threads) {
          share.add(tasks.get(i));
        }
        shares.add(CompletableFuture.runAsync(() -> share.forEach(this::complete), workers));
      }
      CompletableFuture.allOf(shares.toArray(CompletableFuture[]::new)).join();
    }
    workers.shutdown();
  }

  private void complete(JsonNode task) {
    long submitStart = System.nanoTime();
    HttpResponse<String> response =
        request(
            "POST",
            "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
            Map.of("variables", Map.of("decision", Map.of("value", "godkend"))));
    if (response.statusCode() / 100 == 2) {
      submitNanos.accept(System.nanoTime() - submitStart);
      completed.incrementAndGet();
    } else if (!response.body().contains("OptimisticLockingException")) {
      throw new AssertionError(
          "Opgaven kunne ikke afsluttes: HTTP " + response.statusCode() + " " + response.body());
    }
  }

  private List<JsonNode> openTasks() {
    List<JsonNode> tasks = new ArrayList<>();
    // the year's own tasks (the user-waits probe's started processes wait for no one)
    send(
            "GET",
            "/engine-rest/task?processDefinitionKey="
                + UNIT_PROCESS
                + "&sortBy=created&sortOrder=asc&maxResults=500",
            null)
        .forEach(tasks::add);
    return tasks;
  }

  private boolean ended(String instanceId) {
    return "COMPLETED"
        .equals(
            send("GET", "/engine-rest/history/process-instance/" + instanceId, null)
                .get("state")
                .asText());
  }

  private JsonNode send(String method, String path, Object body) {
    HttpResponse<String> response = request(method, path, body);
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(
          method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Ikke JSON: " + response.body(), e);
    }
  }

  private HttpResponse<String> request(String method, String path, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(90))
              .header("Accept", "application/json")
              .header("Authorization", authorization)
              .header("Content-Type", "application/json")
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("afbrudt", e);
    }
  }
}
