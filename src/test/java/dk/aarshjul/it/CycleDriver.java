package dk.aarshjul.it;

import static dk.aarshjul.process.EngineRest.vars;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.tracks.DusTestData;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Drives a whole Skanderborg year through engine-rest against running application nodes, as the
 * people in Tasklist would: every step is "complete every open task of the year with the answer its
 * person would give", repeated until the annual cycle has ended. Nothing is remembered between
 * calls except counters for reporting, so the driver continues from whatever state the database is
 * in — after a JVM was killed, the next loop simply finds the tasks that are still open (a
 * completion that did not commit is just done again). Jobs and timers are left to the nodes' job
 * executors; while no task is open the driver polls until one appears.
 *
 * <p>Answers are fixed per unit (chosen by a hash of the unit's name), so two runs of the same year
 * give the same data: some approvers send the contract back once, some dialogue meetings agree
 * adjustments, some follow-up reports are sent back once in round 2. The DUS puts the dialogue
 * window and the two follow-up dates in the past, so those timers are due at once.
 */
public final class CycleDriver {

  private static final Logger LOG = LoggerFactory.getLogger(CycleDriver.class);
  static final String CYCLE = "skanderborg-annual-cycle";
  static final String TERM = "hvidovre-term";
  static final String COMMITTEE_TERM = "hvidovre-committee-term";

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

  private final int year;
  private final List<String> baseUrls;
  private final AtomicInteger nextBase = new AtomicInteger();
  private final ObjectMapper json = new ObjectMapper();
  private final LocalDate today = LocalDate.now();
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
  private volatile java.util.function.LongConsumer submitNanos = nanos -> {};
  private Duration idleTimeout = Duration.ofMinutes(4);
  private String goals = DusTestData.goalsMeetingDus();

  /**
   * Drives {@code year} on the nodes at {@code baseUrls}. With several nodes, the open tasks are
   * dealt out to them in turn and each node's share is completed by its own thread, at the same
   * time.
   */
  public CycleDriver(int year, List<String> baseUrls) {
    this(year, baseUrls, false);
  }

  private CycleDriver(int year, List<String> baseUrls, boolean term) {
    this.year = year;
    this.baseUrls = List.copyOf(baseUrls);
    this.term = term;
  }

  /**
   * Drives Hvidovre's model instead: the first year of the election term beginning in {@code
   * firstYear} for every committee with units, and the budget review that begins its second year
   * (it ends when every committee is at its second year's material).
   */
  public static CycleDriver hvidovreTerm(int firstYear, List<String> baseUrls) {
    return new CycleDriver(firstYear, baseUrls, true);
  }

  /** Hvidovre's term (true) or Skanderborg's year (false). */
  private final boolean term;

  public CycleDriver listener(Listener listener) {
    this.listener = listener;
    return this;
  }

  /** Every contract holder drafts {@code count} goals (default two). */
  private int termGoals = 5;

  /** Receives how long each successful form submission took, in nanoseconds (benchmarks). */
  public CycleDriver timeSubmits(java.util.function.LongConsumer submitNanos) {
    this.submitNanos = submitNanos;
    return this;
  }

  public CycleDriver goalsPerContract(int count) {
    this.termGoals = Math.min(count, 5);
    this.goals = DusTestData.goalsMeetingDus(count);
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

  /**
   * Runs the year until the annual cycle has ended, starting it first if it has not been started.
   */
  public void runYear() {
    startYearIfAbsent(anyBase());
    while (!yearCompleted(anyBase())) {
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

  /** The year's open tasks, oldest first (at most 500 per call). */
  public List<JsonNode> openTasks(String base) {
    JsonNode tasks =
        get(
            base,
            "/engine-rest/task?maxResults=1000&processInstanceBusinessKeyLike="
                + encode(term ? year + "%" : year + "/%")
                + "&sortBy=created&sortOrder=asc&maxResults=500");
    List<JsonNode> list = new ArrayList<>();
    tasks.forEach(
        task -> {
          // a term stops at its second year's material (a committee's second such task)
          if (!term
              || !"Task_PrepareCommitteeMaterial".equals(task.get("taskDefinitionKey").asText())
              || finishedTasks(
                      base, task.get("processInstanceId").asText(), "Task_PrepareCommitteeMaterial")
                  == 0) {
            list.add(task);
          }
        });
    return list;
  }

  /** Whether the year's annual-cycle instance has ended (a term: its first year and budget). */
  public boolean yearCompleted(String base) {
    if (term) {
      long committees =
          get(base, "/engine-rest/process-instance/count?processDefinitionKey=" + COMMITTEE_TERM)
              .get("count")
              .asLong();
      long secondYear =
          get(
                  base,
                  "/engine-rest/history/task/count?processDefinitionKey="
                      + COMMITTEE_TERM
                      + "&taskDefinitionKey=Task_PrepareCommitteeMaterial")
              .get("count")
              .asLong();
      return committees > 0 && secondYear == 2 * committees && openTasks(base).isEmpty();
    }
    JsonNode instances = cycleInstances(base);
    return !instances.isEmpty() && "COMPLETED".equals(instances.get(0).get("state").asText());
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
    await("en åben opgave eller et afsluttet år " + year)
        .atMost(idleTimeout)
        .pollInterval(Duration.ofMillis(100))
        .pollInSameThread()
        .until(
            () -> {
              listener.waiting();
              String base = anyBase();
              return !openTasks(base).isEmpty() || yearCompleted(base);
            });
  }

  // ---- starting the year
  // -------------------------------------------------------------------------------------

  private void startYearIfAbsent(String base) {
    if (!cycleInstances(base).isEmpty()) {
      return;
    }
    String definitionId =
        get(base, "/engine-rest/process-definition/key/" + (term ? TERM : CYCLE))
            .get("id")
            .asText();
    HttpResponse<String> response =
        send(
            base,
            "POST",
            "/engine-rest/process-definition/" + definitionId + "/submit-form",
            term ? vars("firstYear", year) : vars("year", year));
    if (!ok(response) && !response.body().contains("allerede startet")) {
      throw new AssertionError("Årshjulet " + year + " kunne ikke startes: " + response.body());
    }
  }

  private JsonNode cycleInstances(String base) {
    return get(
        base,
        "/engine-rest/history/process-instance?maxResults=1000&processDefinitionKey="
            + (term ? TERM : CYCLE)
            + "&processInstanceBusinessKey="
            + encode(
                term ? year + "–" + (year + 3) + "/Hvidovre" : year + "/Skanderborg-modellen"));
  }

  // ---- one task
  // ------------------------------------------------------------------------------------------------

  private void complete(String base, JsonNode task, String businessKey) {
    String taskId = task.get("id").asText();
    String key = task.get("taskDefinitionKey").asText();
    Map<String, Object> body;
    try {
      body = answer(base, key, taskId, task.get("processInstanceId").asText(), businessKey);
    } catch (TaskGoneException gone) {
      return;
    }
    AtomicInteger count = completed.computeIfAbsent(key, k -> new AtomicInteger());
    listener.beforeSubmit(key, count.get() + 1, taskId);
    String decider = authorization(deciderOf(base, taskId));
    long submitStart = System.nanoTime();
    HttpResponse<String> response =
        send(base, "POST", "/engine-rest/task/" + taskId + "/submit-form", body, decider);
    if (ok(response)) {
      submitNanos.accept(System.nanoTime() - submitStart);
      listener.afterSubmit(key, count.incrementAndGet());
      return;
    }
    if (response.body().contains("OptimisticLockingException")
        || response.body().contains("ENGINE-03005")) {
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

  /** The form a person would submit for this task. */
  private Map<String, Object> answer(
      String base, String key, String taskId, String processInstanceId, String businessKey) {
    String unitName = unitName(businessKey);
    return switch (key) {
      case "Task_RegisterThemeMeeting" ->
          vars(
              "meetingDate",
              (year - 1) + "-11-14",
              "politicalDirection",
              "Borgernær velfærd og grøn omstilling",
              "themes",
              jsonValue(
                  "[{\"kind\":\"dilemma\",\"title\":\"Velfærd med færre hænder\",\"description\":\"Rekruttering\"},"
                      + "{\"kind\":\"tema\",\"title\":\"Bæredygtig omstilling\",\"description\":\"Klima\"}]"));
      case "Task_DraftTracks" -> dus();
      case "Task_PublishTracks" -> vars("decision", "udgiv");
      case "Task_HoldEarlyDialogue" ->
          vars("earlyDialogueNotes", "Fokus på rehabilitering og færre genindlæggelser");
      case "Task_DraftContract" ->
          vars(
              "goals",
              jsonValue(goals),
              "leadershipSpanAssessment",
              "Ledelsesspændet er vurderet efter principperne");
      case "Task_GiveStakeholderComment" -> vars("comment", "Vi bakker op om målene");
      case "Task_ApproveContract" ->
          chosen(unitName, 5) && finishedTasks(base, processInstanceId, key) == 0
              ? vars("decision", "sendTilbage", "comment", "Beskriv aktiviteterne mere konkret")
              : vars(
                  "decision",
                  "godkend",
                  "confirmedRequirements",
                  jsonValue(term ? "[]" : "[\"K4\"]"));
      case "Task_PrepareCommitteeMaterial" ->
          vars(
              "trends",
              "Flere ældre og flere børn med særlige behov",
              "satisfaction",
              "Brugertilfredshed 84 %",
              "documentation",
              "Kvalitetsrapporter",
              "keyFigures",
              "Udgifter pr. borger og ventetider");
      case "Task_RegisterCommitteeMeeting" -> registerCommitteeMeeting(base, taskId);
      case "Task_CollectUnitInput" ->
          Boolean.parseBoolean(formVariable(base, taskId, "hasBoard"))
              ? vars("staffInput", "Mere tid til faglig sparring", "boardInput", "Fokus på trivsel")
              : vars("staffInput", "Mere tid til faglig sparring");
      case "Task_HoldCommitteeDialogue" -> holdCommitteeDialogue(base, taskId);
      case "Task_DraftBeacons" ->
          vars(
              "beacons",
              jsonValue(
                  "[{\"title\":\"Trivsel for alle\",\"description\":\"Alle trives\"},"
                      + "{\"title\":\"Fællesskab i nærmiljøet\"}]"));
      case "Task_DecideBeacons" -> vars("decision", "besluttet");
      case "Task_DraftTermGoals" -> vars("goals", jsonValue(termGoals(base, taskId, false)));
      case "Task_ConsiderFollowUp" -> vars("followUpRemarks", "Udvalget drøftede opfølgningen");
      case "Task_ReviewTermGoals" ->
          chosen(unitName, 7)
              ? vars(
                  "decision",
                  "tilpas",
                  "reason",
                  "Budgettet flytter midler til forebyggelse",
                  "goals",
                  jsonValue(termGoals(base, taskId, true)))
              : vars("decision", "behold");
      case "Task_ApproveGoalAdjustment" -> vars("decision", "godkend");
      case "Task_PresentGoalsToCouncil" ->
          vars("presentedOn", year + "-01-20", "councilRemarks", "Byrådet ønsker fokus på spor 3");
      case "Task_PlanDialogueMeeting" ->
          vars(
              "plannedDate",
              term ? year + "-04-15" : today.toString(),
              "place",
              "Rådhuset, Skanderborg");
      case "Task_HoldDialogueMeeting" -> holdDialogue(base, taskId);
      case "Task_AdjustContract" ->
          vars(
              "goals",
              jsonValue(goals.replace("Under 5 %", "Under 4,5 %")),
              "leadershipSpanAssessment",
              "Ledelsesspændet er vurderet efter principperne");
      case "Task_ReportGoalStatus" -> reportGoalStatus(base, taskId, businessKey);
      case "Task_ReviewGoalStatus" ->
          businessKey.endsWith("/Opfølgning 2")
                  && chosen(unitName, 7)
                  && finishedTasks(base, processInstanceId, key) == 0
              ? vars("decision", "sendTilbage", "comment", "Uddyb virkningen for borgerne")
              : vars("decision", "godkend");
      case "Task_ConsiderYearEndReport" ->
          vars("directorateConclusion", "Spor 2 fortsætter næste år");
      default ->
          throw new AssertionError(
              "Driveren kender ikke opgaven " + key + " (" + businessKey + ")");
    };
  }

  private Map<String, Object> dus() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(
        "tracks",
        jsonValue(
            """
        [{"title":"Bedre eksekvering af Byrådets beslutninger"},{"title":"God ledelse og bæredygtig organisation"},
         {"title":"Opfølgning og virkning for borgerne"}]"""));
    form.put(
        "requirements",
        jsonValue(
            """
        [{"title":"Mindst ét mål om eksekvering af Byrådets beslutninger","rule":"GOAL_ON_TRACK","trackNumber":1},
         {"title":"Lokalt mål for sygefravær","rule":"GOAL_WITH_TARGET"},
         {"title":"Vurdering af eget ledelsesspænd","rule":"LEADERSHIP_SPAN_ASSESSED"},
         {"title":"Beskriv hvordan det tværgående samarbejde styrkes","rule":"APPROVER_CONFIRMS"}]"""));
    form.put("contractDeadline", Map.of("value", today.plusDays(30).toString()));
    // the dialogue window opened yesterday and both follow-up dates have passed: the timers are due
    // at once
    form.put("dialogueFrom", Map.of("value", today.minusDays(1).toString()));
    form.put("dialogueTo", Map.of("value", today.plusDays(90).toString()));
    form.put(
        "followUpDates",
        jsonValue(
            "[{\"date\":\""
                + today.minusDays(2)
                + "\"},{\"date\":\""
                + today.minusDays(1)
                + "\"}]"));
    form.put(
        "meetingModels",
        jsonValue(
            """
        [{"area":"boern-unge","model":"SAME_UNIT_TYPE"},{"area":"aeldre-handicap","model":"WHOLE_AREA"},
         {"area":"stab-oekonomi","model":"SINGLE_UNIT"}]"""));
    form.put("earlyDialogueUnits", jsonValue("[\"aeldrecenter-ry\"]"));
    return Map.of("variables", form);
  }

  /** The committee's meeting: each group of its institutions meets as one type. */
  private Map<String, Object> registerCommitteeMeeting(String base, String taskId) {
    ArrayNode models = (ArrayNode) readTree(formVariable(base, taskId, "meetingModels"));
    models.forEach(row -> ((ObjectNode) row).put("meetingModel", "SAME_UNIT_TYPE"));
    return vars(
        "meetingDate",
        year + "-02-10",
        "decisions",
        "Udvalget besluttede dialogmødernes form",
        "meetingModels",
        jsonValue(models.toString()),
        "facilitated",
        false,
        "jointCommittees",
        jsonValue("[]"));
  }

  /** The committee's wishes for every institution of its meeting. */
  private Map<String, Object> holdCommitteeDialogue(String base, String taskId) {
    ArrayNode outcomes = (ArrayNode) readTree(formVariable(base, taskId, "outcomes"));
    outcomes.forEach(
        row ->
            ((ObjectNode) row)
                .put("followUpNotes", "Sidste års mål er delvist nået")
                .put("committeeWishes", "Fokus på trivsel og fællesskab"));
    return vars(
        "minutes",
        "Dialog om institutionernes udvikling",
        "outcomes",
        jsonValue(outcomes.toString()));
  }

  /**
   * The driver's number of goals in the common template, each serving the committee's first beacon;
   * {@code adjusted}: the first one revised after the budget.
   */
  private String termGoals(String base, String taskId, boolean adjusted) {
    String beacon =
        readTree(formVariable(base, taskId, "beaconOptions")).get(0).get("value").asText();
    ArrayNode goals = json.createArrayNode();
    for (int i = 1; i <= termGoals; i++) {
      ObjectNode goal =
          goals
              .addObject()
              .put("title", (adjusted && i == 1 ? "Efter budgettet: mål " : "Mål ") + i)
              .put("expectedEffect", "Flere borgere oplever bedre kvalitet")
              .put("effectFollowUp", "Måles hvert år i november")
              .put("indicator", "Andel tilfredse");
      goal.putArray("beacons").add(beacon);
    }
    return goals.toString();
  }

  /** Minutes, and adjustments agreed for the chosen units of the meeting. */
  private Map<String, Object> holdDialogue(String base, String taskId) {
    ArrayNode agreements = (ArrayNode) readTree(formVariable(base, taskId, "agreements"));
    for (JsonNode row : agreements) {
      boolean agreed = chosen(row.get("unitName").asText(), 4);
      ((ObjectNode) row).put("agreed", agreed);
      if (agreed) {
        ((ObjectNode) row).put("agreedText", "Målet for sygefravær skærpes til under 4,5 %");
      }
    }
    return vars(
        "minutes",
        "Drøftet årets mål og samarbejdet på tværs",
        "agreements",
        jsonValue(agreements.toString()));
  }

  /**
   * Each goal of the prefilled list: an actual value where the goal has a target, else a colour;
   * and the effect.
   */
  private Map<String, Object> reportGoalStatus(String base, String taskId, String businessKey) {
    int round = businessKey.endsWith("/Opfølgning 2") ? 2 : 1;
    return vars(
        "goalStatuses",
        jsonValue(
            goalStatusAnswers(readTree(formVariable(base, taskId, "goalStatuses")), round)
                .toString()));
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
      item.set("direction", entry.get("direction"));
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

  /** "2031/Gl. Rye skole og dagtilbud/Opfølgning 1" → "Gl. Rye skole og dagtilbud". */
  private static String unitName(String businessKey) {
    String[] parts = businessKey.split("/");
    return parts.length > 1 ? parts[1] : businessKey;
  }

  private long finishedTasks(String base, String processInstanceId, String taskKey) {
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

  private String formVariable(String base, String taskId, String name) {
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

  private JsonNode get(String base, String path) {
    HttpResponse<String> response = send(base, "GET", path, null);
    if (!ok(response)) {
      throw new AssertionError(
          "GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return readTree(response.body());
  }

  private HttpResponse<String> send(String base, String method, String path, Object body) {
    return send(base, method, path, body, AppNode.ADMIN_AUTHORIZATION);
  }

  /**
   * Who completes a task, as in Tasklist: a demo member of the group the domain names as its
   * decider (the task's candidate group; the administrator may not decide in anyone's place). Users
   * are cached per group.
   */
  private String deciderOf(String base, String taskId) {
    String group = null;
    for (JsonNode link :
        get(base, "/engine-rest/task/" + taskId + "/identity-links?type=candidate")) {
      if (link.hasNonNull("groupId")) {
        group = link.get("groupId").asText();
      }
    }
    return deciders.computeIfAbsent(group, g -> memberOf(base, g));
  }

  /**
   * A member of the group; a unit the test created without people gets one (as Admin would),
   * password "demo".
   */
  private String memberOf(String base, String group) {
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

  private static boolean ok(HttpResponse<String> response) {
    return response.statusCode() / 100 == 2;
  }

  private JsonNode readTree(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("Ikke JSON: " + text, e);
    }
  }

  /** A dynamic list or checklist as Tasklist sends it: a Json variable holding the list as text. */
  private static Map<String, Object> jsonValue(String text) {
    return Map.of("type", "Json", "value", text);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }
}
