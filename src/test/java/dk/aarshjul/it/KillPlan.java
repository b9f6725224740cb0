package dk.aarshjul.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points in a year at which the application JVM is killed with SIGKILL and started again, checked
 * in order from the driver's hooks. A point fires after the n-th completion of a task, when a SQL
 * condition on the database holds, or while a task submit is in flight (the kill then lands
 * somewhere inside the completion's transaction or just after). The database state right after each
 * kill (what had committed) is recorded for the report.
 */
final class KillPlan implements CycleDriver.Listener, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KillPlan.class);

  /** One kill point; build with the static factories. */
  record Point(
      String name,
      String afterTask,
      int afterNth,
      String when,
      String thenUntil,
      String inFlightTask,
      int inFlightNth,
      long delayMillis) {

    /** Right after the {@code nth} completion of task {@code taskKey} committed. */
    static Point afterTask(String name, String taskKey, int nth) {
      return new Point(name, taskKey, nth, null, null, null, 0, 0);
    }

    /**
     * Right after a completion of {@code taskKey} after which SQL {@code condition} (a boolean)
     * holds.
     */
    static Point afterTaskWhen(String name, String taskKey, String condition) {
      return new Point(name, taskKey, 1, condition, null, null, 0, 0);
    }

    /**
     * As soon as {@code condition} holds (checked around every completion and every 100 ms while
     * waiting), then polling every 5 ms until {@code thenUntil} holds (at most 30 s) – e.g. half of
     * the instances exist.
     */
    static Point when(String name, String condition, String thenUntil) {
      return new Point(name, null, 0, condition, thenUntil, null, 0, 0);
    }

    /**
     * {@code delayMillis} after the {@code nth} submit of {@code taskKey} was sent, whether it has
     * answered or not.
     */
    static Point inFlight(String name, String taskKey, int nth, long delayMillis) {
      return new Point(name, null, 0, null, null, taskKey, nth, delayMillis);
    }
  }

  /** What happened at a fired point. */
  record Fired(int number, String name, double atSeconds, String stateAtKill, long restartMillis) {}

  private final AppNode node;
  private final ItDatabase db;
  private final int year;
  private final int units;
  private final List<Point> points;
  private final List<Fired> fired = new ArrayList<>();
  private final Instant begin = Instant.now();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private CycleDriver driver;
  private Future<?> pendingKill;
  private Point pendingPoint;
  private String pendingTaskId;
  private int next;

  KillPlan(AppNode node, ItDatabase db, int year, int units, List<Point> points) {
    this.node = node;
    this.db = db;
    this.year = year;
    this.units = units;
    this.points = List.copyOf(points);
  }

  KillPlan driving(CycleDriver driver) {
    this.driver = driver;
    driver.listener(this);
    return this;
  }

  List<Fired> fired() {
    return fired;
  }

  List<Point> notFired() {
    return points.subList(next, points.size());
  }

  @Override
  public void beforeSubmit(String taskKey, int nth, String taskId) {
    Point point = current();
    if (point == null) {
      return;
    }
    if (point.inFlightTask() != null) {
      if (point.inFlightTask().equals(taskKey) && nth >= point.inFlightNth()) {
        next++;
        pendingPoint = point;
        pendingTaskId = taskId;
        pendingKill = scheduler.schedule(node::kill, point.delayMillis(), TimeUnit.MILLISECONDS);
      }
    } else if (point.afterTask() == null && holds(point.when())) {
      fire(point);
    }
  }

  @Override
  public void afterSubmit(String taskKey, int nth) {
    if (pendingKill != null) {
      finishInFlightKill("svar modtaget før drabet");
      return;
    }
    Point point = current();
    if (point == null || point.inFlightTask() != null) {
      return;
    }
    if (point.afterTask() != null) {
      if (point.afterTask().equals(taskKey)
          && nth >= point.afterNth()
          && (point.when() == null || holds(point.when()))) {
        fire(point);
      }
    } else if (holds(point.when())) {
      fire(point);
    }
  }

  @Override
  public void waiting() {
    Point point = current();
    if (point != null
        && point.afterTask() == null
        && point.inFlightTask() == null
        && holds(point.when())) {
      fire(point);
    }
  }

  /** The driver lost the node: finish an in-flight kill (the usual case) or reconnect. */
  void recover(CycleDriver.NodeUnavailableException e) {
    if (pendingKill != null) {
      finishInFlightKill("kaldet afbrudt");
      return;
    }
    if (!node.isAlive()) {
      throw new AssertionError("Noden døde uden at blive dræbt, se " + node.logFile(), e);
    }
    LOG.info("Forbindelsen svigtede uden drab ({}); forbinder igen", e.getMessage());
    driver.resetConnections();
  }

  private Point current() {
    return next < points.size() ? points.get(next) : null;
  }

  private void fire(Point point) {
    next++;
    String note = "";
    if (point.thenUntil() != null) {
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(5))
            .pollInSameThread()
            .until(() -> holds(point.thenUntil()));
      } catch (ConditionTimeoutException e) {
        note = " (betingelsen nåedes ikke)";
      }
    }
    double at = seconds();
    node.kill();
    restartAfterKill(point, at, note);
  }

  private void finishInFlightKill(String how) {
    double at = seconds();
    try {
      pendingKill.get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Drabet mislykkedes", e);
    }
    Point point = pendingPoint;
    boolean committed =
        db.count("select count(*) from act_ru_task where id_ = ?", pendingTaskId) == 0;
    pendingKill = null;
    pendingPoint = null;
    pendingTaskId = null;
    restartAfterKill(
        point,
        at,
        " ("
            + how
            + "; afslutningen "
            + (committed ? "nåede at committe" : "rullede tilbage, opgaven er åben igen")
            + ")");
  }

  private void restartAfterKill(Point point, double at, String note) {
    String state = stateAtKill() + note;
    LOG.info(
        "SIGKILL #{} '{}' efter {} s: {}",
        fired.size() + 1,
        point.name(),
        String.format("%.1f", at),
        state);
    node.start();
    driver.resetConnections();
    fired.add(new Fired(fired.size() + 1, point.name(), at, state, node.lastStartup().toMillis()));
  }

  /** What had committed when the JVM died. */
  private String stateAtKill() {
    String contracts =
        "select count(*) from development_contract c join period y on y.id = c.period_id where y.kind = 'BUDGET_YEAR' and y.first_year = "
            + year;
    long created = db.count(contracts);
    long approved = db.count(contracts + " and c.status = 'APPROVED'");
    long round1 =
        db.count(
            "select count(*) from follow_up_report where round_number = 1 and contract_id in ("
                + contracts.replace("count(*)", "c.id")
                + ")");
    long round2 =
        db.count(
            "select count(*) from follow_up_report where round_number = 2 and contract_id in ("
                + contracts.replace("count(*)", "c.id")
                + ")");
    long tasks = db.count("select count(*) from act_ru_task");
    long jobs = db.count("select count(*) from act_ru_job where suspension_state_ = 1");
    long locked =
        db.count(
            "select count(*) from act_ru_job where suspension_state_ = 1 and lock_owner_ is not null");
    return "kontrakter "
        + created
        + "/"
        + units
        + " (godkendt "
        + approved
        + "), opfølgninger "
        + round1
        + "+"
        + round2
        + ", åbne opgaver "
        + tasks
        + ", jobs "
        + jobs
        + " (heraf låst "
        + locked
        + ")";
  }

  private boolean holds(String condition) {
    Boolean value = db.jdbc().queryForObject(condition, Boolean.class);
    return Boolean.TRUE.equals(value);
  }

  private double seconds() {
    return Duration.between(begin, Instant.now()).toMillis() / 1000.0;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
