package dk.aarshjul.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a governance model's year through engine-rest against running application nodes, as the
 * people in Tasklist would: every step is "complete every open task of the year with the answer its
 * person would give", repeated until the year is over. Nothing is remembered between calls except
 * counters for reporting, so the driver continues from whatever state the database is in — after a
 * JVM was killed, the next loop simply finds the tasks that are still open (a completion that did
 * not commit is just done again). Jobs and timers are left to the nodes' job executors (a model may
 * name timers an administrator fires early, {@link ModelDriving#timersFiredEarly}); while no task
 * is open the driver polls until one appears.
 *
 * <p>What differs between the models – the main process and its start form, which tasks belong to
 * the year, when it is over, and every answer – is a {@link ModelDriving}: Skanderborg's year
 * ({@link #CycleDriver(int, List)}), Hvidovre's term ({@link #hvidovreTerm}), Viborg's term's first
 * year ({@link #viborgTerm}) and Slagelse's year ({@link #slagelseYear}).
 */
public final class CycleDriver {

  private static final Logger LOG = LoggerFactory.getLogger(CycleDriver.class);

  private final Map<String, String> deciders = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Called around every task completion and while waiting; the crash test kills the JVM from here.
   */
  public interface Listener {
    default void beforeSubmit(String taskKey, int nth, String taskId) {}

    default void afterSubmit(String taskKey, int nth) {}

    default void waiting() {}
  }

  /**
   * The node did not answer (killed, restarting): the caller restarts it and calls {@link
   * #runYear()} again.
   */
  public static final class NodeUnavailableException extends RuntimeException {
    NodeUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final ModelDriving model;
  private final List<String> baseUrls;
  private final AtomicInteger nextBase = new AtomicInteger();
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, AtomicInteger> completed = new ConcurrentHashMap<>();
  private final AtomicInteger optimisticLockingRetries = new AtomicInteger();
  private final AtomicInteger restCalls = new AtomicInteger();
  private final AtomicLong idleNanos = new AtomicLong();
  private volatile HttpClient http = newClient();
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "cycle-driver");
            thread.setDaemon(true);
            return thread;
          });
  private volatile Listener listener = new Listener() {};
  private volatile java.util.function.ObjLongConsumer<String> submitNanos = (key, nanos) -> {};
  private Duration idleTimeout = Duration.ofMinutes(4);

  /**
   * Drives Skanderborg's {@code year} on the nodes at {@code baseUrls}. With several nodes, the
   * open tasks are dealt out to them in turn and each node's share is completed by its own thread,
   * at the same time.
   */
  public CycleDriver(int year, List<String> baseUrls) {
    this(new SkanderborgDriving(year), baseUrls);
  }

  private CycleDriver(ModelDriving model, List<String> baseUrls) {
    this.model = model;
    this.baseUrls = List.copyOf(baseUrls);
  }

  /**
   * Drives Hvidovre's model instead: the first year of the election term beginning in {@code
   * firstYear} for every committee with units, and the budget review that begins its second year
   * (it ends when every committee is at its second year's material).
   */
  public static CycleDriver hvidovreTerm(int firstYear, List<String> baseUrls) {
    return new CycleDriver(new HvidovreDriving(firstYear), baseUrls);
  }

  /**
   * Drives Viborg's Sammenhængsmodel: the first year of the election term beginning in {@code
   * firstYear} (it ends when the term waits for the next year's citizen survey), and the year's
   * SamLabs, in which every unit's leader takes part ({@link ViborgDriving}).
   */
  public static CycleDriver viborgTerm(int firstYear, List<String> baseUrls) {
    return new CycleDriver(new ViborgDriving(firstYear), baseUrls);
  }

  /**
   * Drives Slagelse's year {@code year} until slagelse-year has ended ({@link SlagelseDriving});
   * the year's institution meetings are planned from today, so {@code year} is this year.
   */
  public static CycleDriver slagelseYear(int year, List<String> baseUrls) {
    return new CycleDriver(new SlagelseDriving(year), baseUrls);
  }

  public CycleDriver listener(Listener listener) {
    this.listener = listener;
    return this;
  }

  /**
   * Receives the task definition key and how long each successful form submission took, in
   * nanoseconds (benchmarks).
   */
  public CycleDriver timeSubmits(java.util.function.ObjLongConsumer<String> submitNanos) {
    this.submitNanos = submitNanos;
    return this;
  }

  /** Every contract holder drafts {@code count} goals, where the model lets the driver choose. */
  public CycleDriver goalsPerContract(int count) {
    model.goalsPerContract(count);
    return this;
  }

  public CycleDriver idleTimeout(Duration idleTimeout) {
    this.idleTimeout = idleTimeout;
    return this;
  }

  /** Completed tasks per task definition key (successful submits by this driver). */
  public Map<String, Integer> completedTasks() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    completed.forEach((key, count) -> counts.put(key, count.get()));
    return counts;
  }

  /** Task submits that engine-rest refused with an OptimisticLockingException (then done again). */
  public int optimisticLockingRetries() {
    return optimisticLockingRetries.get();
  }

  public int restCalls() {
    return restCalls.get();
  }

  /** Time the driver spent waiting for work: no task open while the nodes ran jobs and timers. */
  public Duration idleTime() {
    return Duration.ofNanos(idleNanos.get());
  }

  /** Drops pooled connections (after a node was restarted on the same port). */
  public void resetConnections() {
    http = newClient();
  }

  /** Runs the year until it is over, starting it first if it has not been started. */
  public void runYear() {
    startYearIfAbsent(anyBase());
    while (!yearCompleted(anyBase())) {
      if (!model.timersFiredEarly().isEmpty()) {
        fireTimersNotYetDue(anyBase());
      }
      List<JsonNode> tasks = openTasks(anyBase());
      if (tasks.isEmpty()) {
        awaitWork();
      } else if (baseUrls.size() == 1) {
        completeAll(baseUrls.get(0), tasks);
      } else {
        completeInParallel(tasks);
      }
    }
  }

  /**
   * Task i goes to base URL i mod n (a node may be listed more than once); each share is completed
   * by its own thread.
   */
  private void completeInParallel(List<JsonNode> tasks) {
    List<CompletableFuture<Void>> shares = new ArrayList<>();
    for (int node = 0; node < baseUrls.size(); node++) {
      List<JsonNode> share = new ArrayList<>();
      for (int i = node; i < tasks.size(); i += baseUrls.size()) {
        share.add(tasks.get(i));
      }
      String base = baseUrls.get(node);
      shares.add(CompletableFuture.runAsync(() -> completeAll(base, share), workers));
    }
    try {
      CompletableFuture.allOf(shares.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Completes the given tasks on the node at {@code base}; a task already gone is skipped. */
  public void completeAll(String base, List<JsonNode> tasks) {
    Map<String, String> businessKeys = businessKeys(base, tasks);
    for (JsonNode task : tasks) {
      complete(base, task, businessKeys.getOrDefault(task.get("processInstanceId").asText(), ""));
    }
  }

  /** The nodes in turn, for the driver's own queries. */
  private String anyBase() {
    return baseUrls.get(Math.floorMod(nextBase.getAndIncrement(), baseUrls.size()));
  }

  /** The year's open tasks, oldest first (at most 500 per business-key pattern and call). */
  public List<JsonNode> openTasks(String base) {
    List<JsonNode> list = new ArrayList<>();
    for (String businessKeys : model.taskBusinessKeys()) {
      JsonNode tasks =
          get(
              base,
              "/engine-rest/task?maxResults=1000&processInstanceBusinessKeyLike="
                  + encode(businessKeys)
                  + "&sortBy=created&sortOrder=asc&maxResults=500");
      tasks.forEach(
          task -> {
            if (model.drives(this, base, task)) {
              list.add(task);
            }
          });
    }
    return list;
  }

  /** Whether the driven year is over (the model says when: e.g. its main process has ended). */
  public boolean yearCompleted(String base) {
    return model.completed(this, base);
  }

  /** Polls (checking the listener) until a task is open or the year has ended. */
  public void awaitWork() {
    long start = System.nanoTime();
    try {
      awaitOpenTaskOrEnd();
    } finally {
      idleNanos.addAndGet(System.nanoTime() - start);
    }
  }

  private void awaitOpenTaskOrEnd() {
    await("en åben opgave eller et afsluttet år: " + model.businessKey())
        .atMost(idleTimeout)
        .pollInterval(Duration.ofMillis(100))
        .pollInSameThread()
        .until(
            () -> {
              listener.waiting();
              String base = anyBase();
              fireTimersNotYetDue(base);
              return !openTasks(base).isEmpty() || yearCompleted(base);
            });
  }

  // ---- starting the year
  // -------------------------------------------------------------------------------------

  private void startYearIfAbsent(String base) {
    if (mainInstances(base).isEmpty()) {
      String definitionId =
          get(base, "/engine-rest/process-definition/key/" + model.processKey()).get("id").asText();
      HttpResponse<String> response =
          send(
              base,
              "POST",
              "/engine-rest/process-definition/" + definitionId + "/submit-form",
              model.startForm());
      if (!ok(response) && !response.body().contains("allerede startet")) {
        throw new AssertionError(
            "Årshjulet " + model.businessKey() + " kunne ikke startes: " + response.body());
      }
    }
    model.started(this, base);
  }

  /** The main process's instances of the driven year (history: running or ended). */
  JsonNode mainInstances(String base) {
    return get(
        base,
        "/engine-rest/history/process-instance?maxResults=1000&processDefinitionKey="
            + model.processKey()
            + "&processInstanceBusinessKey="
            + encode(model.businessKey()));
  }

  /**
   * Starts a process through its start form as {@code userId} (a member of a group that may start
   * it, as in Tasklist's "Start proces").
   */
  void startAs(String base, String processKey, Map<String, Object> form, String userId) {
    HttpResponse<String> response =
        send(
            base,
            "POST",
            "/engine-rest/process-definition/key/" + processKey + "/submit-form",
            form,
            authorization(userId));
    if (!ok(response)) {
      throw new AssertionError(
          processKey + " kunne ikke startes af " + userId + ": " + response.body());
    }
  }

  // ---- timers
  // ------------------------------------------------------------------------------------------------

  /**
   * The model's timers that are not yet due, executed now as an administrator would (real dates: a
   * meeting planned for tomorrow is held today). Due timers are the job executors'.
   */
  private void fireTimersNotYetDue(String base) {
    if (model.timersFiredEarly().isEmpty()) {
      return;
    }
    String now =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .format(java.time.ZonedDateTime.now());
    for (ModelDriving.Timer timer : model.timersFiredEarly()) {
      JsonNode jobs =
          get(
              base,
              "/engine-rest/job?maxResults=1000&timers=true&processDefinitionKey="
                  + timer.processKey()
                  + "&activityId="
                  + timer.activityId()
                  + "&dueDates="
                  + encode("gt_" + now));
      for (JsonNode job : jobs) {
        String jobId = job.get("id").asText();
        HttpResponse<String> response =
            send(base, "POST", "/engine-rest/job/" + jobId + "/execute", Map.of());
        if (!ok(response) && response.statusCode() != 404 && !conflict(response)) {
          throw new AssertionError(
              timer.activityId()
                  + " ("
                  + jobId
                  + ") kunne ikke affyres: HTTP "
                  + response.statusCode()
                  + " "
                  + response.body());
        }
      }
    }
  }

  // ---- one task
  // ------------------------------------------------------------------------------------------------

  private void complete(String base, JsonNode task, String businessKey) {
    String taskId = task.get("id").asText();
    String key = task.get("taskDefinitionKey").asText();
    Map<String, Object> body;
    try {
      body =
          model.answer(
              new ModelDriving.Task(
                  this, base, taskId, key, task.get("processInstanceId").asText(), businessKey));
    } catch (TaskGoneException gone) {
      return;
    }
    AtomicInteger count = completed.computeIfAbsent(key, k -> new AtomicInteger());
    listener.beforeSubmit(key, count.get() + 1, taskId);
    String decider = authorization(deciderOf(base, taskId, model.decidedByAnotherMember(key)));
    long submitStart = System.nanoTime();
    HttpResponse<String> response =
        send(base, "POST", "/engine-rest/task/" + taskId + "/submit-form", body, decider);
    if (ok(response)) {
      submitNanos.accept(key, System.nanoTime() - submitStart);
      listener.afterSubmit(key, count.incrementAndGet());
      return;
    }
    if (conflict(response)) {
      // as a person would: click Complete again (the next loop finds the task if it is still open)
      optimisticLockingRetries.incrementAndGet();
      LOG.info("OptimisticLockingException ved {} ({}); prøver igen", key, businessKey);
      return;
    }
    if (!taskExists(base, taskId)) {
      return; // completed by someone else meanwhile
    }
    throw new AssertionError(
        key
            + " ("
            + businessKey
            + ") blev afvist: HTTP "
            + response.statusCode()
            + " "
            + response.body());
  }

  /**
   * The holder's answers to the prefilled follow-up list, as Tasklist submits them: an actual value
   * where the goal has a target (the DMN suggests the colour), else a colour; and the documented
   * effect.
   */
  public static ArrayNode goalStatusAnswers(JsonNode prefilled, int round) {
    ArrayNode submitted = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (JsonNode entry : prefilled) {
      ObjectNode item = submitted.addObject();
      item.set("title", entry.get("title"));
      item.set("targetValue", entry.get("targetValue"));
      // where the contract does not say which way is better, the holder chooses
      JsonNode direction = entry.get("direction");
      item.set(
          "direction",
          direction == null || direction.isNull()
              ? com.fasterxml.jackson.databind.node.TextNode.valueOf("hoejere")
              : direction);
      if (entry.get("targetValue") != null && !entry.get("targetValue").isNull()) {
        item.put("actualValue", round == 1 ? 5.4 : 4.6);
      } else {
        item.put("colour", round == 1 ? "gul" : "groen");
      }
      item.put("effect", "Runde " + round + ": dokumenteret virkning for borgerne");
    }
    return submitted;
  }

  /** A fixed choice per unit: about one in {@code every} units. */
  static boolean chosen(String unitName, int every) {
    CRC32 crc = new CRC32();
    crc.update(unitName.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % every == 0;
  }

  long finishedTasks(String base, String processInstanceId, String taskKey) {
    return get(
            base,
            "/engine-rest/history/task/count?processInstanceId="
                + processInstanceId
                + "&taskDefinitionKey="
                + taskKey
                + "&finished=true")
        .get("count")
        .asLong();
  }

  String formVariable(String base, String taskId, String name) {
    HttpResponse<String> response =
        send(
            base,
            "GET",
            "/engine-rest/task/"
                + taskId
                + "/form-variables?variableNames="
                + name
                + "&deserializeValues=false",
            null);
    if (!ok(response)) {
      if (!taskExists(base, taskId)) {
        throw new TaskGoneException();
      }
      throw new AssertionError(
          "Formularen til opgave " + taskId + " kunne ikke hentes: " + response.body());
    }
    return readTree(response.body()).get(name).get("value").asText();
  }

  private boolean taskExists(String base, String taskId) {
    return send(base, "GET", "/engine-rest/task/" + taskId, null).statusCode() == 200;
  }

  private Map<String, String> businessKeys(String base, List<JsonNode> tasks) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    tasks.forEach(task -> ids.add(task.get("processInstanceId").asText()));
    Map<String, String> keys = new HashMap<>();
    if (ids.isEmpty()) {
      return keys;
    }
    HttpResponse<String> response =
        send(
            base,
            "POST",
            "/engine-rest/process-instance?maxResults=1000",
            Map.of("processInstanceIds", List.copyOf(ids)));
    if (!ok(response)) {
      throw new AssertionError("Procesinstanser kunne ikke hentes: " + response.body());
    }
    readTree(response.body())
        .forEach(
            instance ->
                keys.put(instance.get("id").asText(), instance.path("businessKey").asText("")));
    return keys;
  }

  private static final class TaskGoneException extends RuntimeException {
    TaskGoneException() {
      super(null, null, false, false);
    }
  }

  // ---- engine-rest
  // ---------------------------------------------------------------------------------------------

  JsonNode get(String base, String path) {
    HttpResponse<String> response = send(base, "GET", path, null);
    if (!ok(response)) {
      throw new AssertionError(
          "GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return readTree(response.body());
  }

  HttpResponse<String> send(String base, String method, String path, Object body) {
    return send(base, method, path, body, AppNode.ADMIN_AUTHORIZATION);
  }

  /**
   * Who completes a task, as in Tasklist: a demo member of the group the domain names as its
   * decider (the task's candidate group; the administrator may not decide in anyone's place). Users
   * are cached per group; {@code another}: a member other than the one who decides the group's
   * other tasks (e.g. the data team's review of an import is not the importer's).
   */
  private String deciderOf(String base, String taskId, boolean another) {
    String group = null;
    for (JsonNode link :
        get(base, "/engine-rest/task/" + taskId + "/identity-links?type=candidate")) {
      if (link.hasNonNull("groupId")) {
        group = link.get("groupId").asText();
      }
    }
    String first = deciders.computeIfAbsent(group, g -> memberOf(base, g));
    if (!another) {
      return first;
    }
    String of = group;
    return deciders.computeIfAbsent(group + "#another", g -> anotherMemberOf(base, of, first));
  }

  /** A member of the group other than {@code first}; refused when the group has no other. */
  private String anotherMemberOf(String base, String group, String first) {
    for (JsonNode member : get(base, "/engine-rest/user?maxResults=50&memberOfGroup=" + group)) {
      if (!member.get("id").asText().equals(first)) {
        return member.get("id").asText();
      }
    }
    throw new AssertionError("Gruppen " + group + " har ingen anden end " + first);
  }

  /**
   * A member of the group; a unit the test created without people gets one (as Admin would),
   * password "demo".
   */
  String memberOf(String base, String group) {
    JsonNode members = get(base, "/engine-rest/user?maxResults=1&memberOfGroup=" + group);
    if (!members.isEmpty()) {
      return members.get(0).get("id").asText();
    }
    String userId = group.replaceAll("[^a-z0-9]", "");
    // the test's extra units come without identity groups (an existing group answers 4xx and stays
    // as it is)
    send(
        base,
        "POST",
        "/engine-rest/group/create",
        Map.of("id", group, "name", group, "type", "WORKFLOW"));
    send(
        base,
        "POST",
        "/engine-rest/user/create",
        Map.of(
            "profile",
            Map.of(
                "id",
                userId,
                "firstName",
                "Medlem af",
                "lastName",
                group,
                "email",
                userId + "@kommune.example"),
            "credentials",
            Map.of("password", "demo")));
    HttpResponse<String> membership =
        send(base, "PUT", "/engine-rest/group/" + group + "/members/" + userId, null);
    if (!ok(membership)) {
      throw new AssertionError(
          "Kunne ikke gøre " + userId + " til medlem af " + group + ": " + membership.body());
    }
    return userId;
  }

  private static String authorization(String userId) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((userId + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(
      String base, String method, String path, Object body, String authorization) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(90))
              .header("Accept", "application/json")
              .header("Authorization", authorization);
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
      }
      restCalls.incrementAndGet();
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new NodeUnavailableException(method + " " + base + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeUnavailableException("afbrudt", e);
    }
  }

  /**
   * Someone else changed the same thing at once: engine-rest answers an OptimisticLockingException
   * with 409 ("Det, du arbejder på, er lige blevet ændret af en anden"), e.g. two committees'
   * priorities, tasks of one multi-instance, completed at the same time.
   */
  private static boolean conflict(HttpResponse<String> response) {
    return response.statusCode() == 409
        || response.body().contains("OptimisticLockingException")
        || response.body().contains("ENGINE-03005");
  }

  private static boolean ok(HttpResponse<String> response) {
    return response.statusCode() / 100 == 2;
  }

  JsonNode readTree(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("Ikke JSON: " + text, e);
    }
  }

  /** A dynamic list or checklist as Tasklist sends it: a Json variable holding the list as text. */
  static Map<String, Object> jsonValue(String text) {
    return Map.of("type", "Json", "value", text);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }
}
