package dk.aarshjul.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * What a user waits for while the year runs: the latency of the four things a person does in
 * Tasklist, through engine-rest. The driver's people record their form submissions ({@link
 * Action#SUBMIT_FORM}); a {@link Probe} does the other three as one more person, at a steady pace,
 * from the year's start to its end: opens the task list (the first page of 15, newest first, as
 * Tasklist's "Alle opgaver"), opens the newest task's form (the task, its form, the deployed
 * Camunda Form when it has one, the form's variables – the calls Tasklist makes) every half second,
 * and every fifth second starts a process: one person's pace, light enough not to be the year's
 * load.
 */
final class UserWaits {

  enum Action {
    OPEN_TASK_LIST("open the task list"),
    OPEN_FORM("open a task's form"),
    SUBMIT_FORM("submit a form"),
    START_PROCESS("start a process");

    final String label;

    Action(String label) {
      this.label = label;
    }
  }

  /** p50, p95 and p99 in milliseconds, and how many samples. */
  record Percentiles(int count, double p50, double p95, double p99) {}

  private final Map<Action, ConcurrentLinkedQueue<Long>> samples = new EnumMap<>(Action.class);

  UserWaits() {
    for (Action action : Action.values()) {
      samples.put(action, new ConcurrentLinkedQueue<>());
    }
  }

  void record(Action action, long nanos) {
    samples.get(action).add(nanos);
  }

  /** Submissions per task definition key, to show which tasks make up the tail. */
  private final Map<String, ConcurrentLinkedQueue<Long>> submitsByTask = new ConcurrentHashMap<>();

  /** A form submission of a task with the given definition key. */
  void recordSubmit(String taskKey, long nanos) {
    record(Action.SUBMIT_FORM, nanos);
    submitsByTask.computeIfAbsent(taskKey, key -> new ConcurrentLinkedQueue<>()).add(nanos);
  }

  /**
   * Per task definition key, most submissions above the overall p95 first: the key, its
   * percentiles, and how many of its submissions took longer than the p95 of all submissions.
   */
  List<String> submitsByTask() {
    double overall = percentiles(Action.SUBMIT_FORM).p95();
    List<String> lines = new ArrayList<>();
    submitsByTask.entrySet().stream()
        .map(
            entry -> {
              List<Long> sorted = new ArrayList<>(entry.getValue());
              Collections.sort(sorted);
              long slow = sorted.stream().filter(nanos -> nanos / 1e6 > overall).count();
              return Map.entry(
                  slow,
                  String.format(
                      "%-32s n %5d  p50 %6.1f  p95 %6.1f  p99 %6.1f  above all p95 %4d",
                      entry.getKey(),
                      sorted.size(),
                      at(sorted, 0.50),
                      at(sorted, 0.95),
                      at(sorted, 0.99),
                      slow));
            })
        .sorted(Map.Entry.<Long, String>comparingByKey().reversed())
        .forEach(entry -> lines.add(entry.getValue()));
    return lines;
  }

  Percentiles percentiles(Action action) {
    List<Long> sorted = new ArrayList<>(samples.get(action));
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Percentiles(sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
  }

  /** Nearest-rank percentile, in milliseconds. */
  private static double at(List<Long> sorted, double quantile) {
    int rank = (int) Math.ceil(quantile * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }

  /** How the probe starts a process: the path and body of the POST. */
  record Start(String path, Object body) {}

  /**
   * One more person, acting through engine-rest with her own login while the year runs, until
   * closed. Her requests that fail are counted, not timed.
   */
  static final class Probe implements AutoCloseable {

    private static final Duration PACE = Duration.ofMillis(500);
    private static final int START_EVERY = 10;

    private final UserWaits waits;
    private final String base;
    private final String reader;
    private final String starter;
    private final Start start;
    private final HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger failures = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param reader the Basic authorization of the person who reads the task list and opens forms
     * @param starter the Basic authorization of the person who starts the process
     */
    Probe(UserWaits waits, String base, String reader, String starter, Start start) {
      this.waits = waits;
      this.base = base;
      this.reader = reader;
      this.starter = starter;
      this.start = start;
      this.thread = new Thread(this::run, "user-waits-probe");
      this.thread.setDaemon(true);
      this.thread.start();
    }

    int failures() {
      return failures.get();
    }

    private void run() {
      for (int round = 1; running; round++) {
        long roundStart = System.nanoTime();
        try {
          JsonNode list =
              timed(
                  Action.OPEN_TASK_LIST,
                  () ->
                      get(
                          "/engine-rest/task?sortBy=created&sortOrder=desc&firstResult=0&maxResults=15",
                          reader));
          if (list != null && list.size() > 0) {
            String taskId = list.get(0).get("id").asText();
            timed(Action.OPEN_FORM, () -> openForm(taskId));
          }
          if (round % START_EVERY == 0) {
            timed(Action.START_PROCESS, () -> post(start.path(), start.body(), starter));
          }
        } catch (RuntimeException e) {
          failures.incrementAndGet();
        }
        long rest = PACE.toNanos() - (System.nanoTime() - roundStart);
        if (rest > 0) {
          LockSupport.parkNanos(rest);
        }
      }
    }

    /** The calls Tasklist makes to show a task's form. */
    private JsonNode openForm(String taskId) {
      get("/engine-rest/task/" + taskId, reader);
      JsonNode form = get("/engine-rest/task/" + taskId + "/form", reader);
      if (form != null && form.path("key").asText("").startsWith("camunda-forms:")) {
        get("/engine-rest/task/" + taskId + "/deployed-form", reader);
      }
      return get("/engine-rest/task/" + taskId + "/form-variables", reader);
    }

    private JsonNode timed(Action action, java.util.function.Supplier<JsonNode> call) {
      long begin = System.nanoTime();
      JsonNode result = call.get();
      if (result != null) {
        waits.record(action, System.nanoTime() - begin);
      } else {
        failures.incrementAndGet();
      }
      return result;
    }

    private JsonNode get(String path, String authorization) {
      return send("GET", path, null, authorization);
    }

    private JsonNode post(String path, Object body, String authorization) {
      return send("POST", path, body, authorization);
    }

    /** The answer, or null when it was not a success (a task completed meanwhile: 404). */
    private JsonNode send(String method, String path, Object body, String authorization) {
      try {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .method(
                    method,
                    body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
          return null;
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
      } catch (IOException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    @Override
    public void close() {
      running = false;
      try {
        thread.join(Duration.ofSeconds(90).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
