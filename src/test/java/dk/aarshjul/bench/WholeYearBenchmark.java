package dk.aarshjul.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.AarshjulApplication;
import dk.aarshjul.bench.bare.BareEngineApplication;
import dk.aarshjul.it.AppNode;
import dk.aarshjul.it.CycleDriver;
import dk.aarshjul.it.ItDatabase;
import dk.aarshjul.it.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A large municipality's whole year for N units with G goals each, on PostgreSQL, against the bare
 * engine in the same run: Skanderborg's year, then Hvidovre's term (first year and year 2's budget
 * review), Viborg's term's first year with the year's SamLabs, and Slagelse's year, each on its
 * demo municipality (Hvidovre's on Skanderborg's). For each N: a fresh database, Årshjul started in
 * this JVM, the demo municipality plus units up to N, and the year driven through engine-rest by
 * two people at once exactly as in the crash and two-node tests ({@link CycleDriver}: list the open
 * tasks, fetch what a form shows, submit it); then a fresh database, the bare engine ({@link
 * BareEngineApplication}) with a year of exactly as many user tasks ({@link BareYear}), driven the
 * same way. Reported per run: wall time, user tasks completed per second, SQL statements per unit,
 * peak heap and incidents. A warm-up year of each, with {@value #WARM_UP_UNITS} units, runs first
 * and is not reported. Not part of the test suites: {@code ./mvnw -B verify -Pbenchmark
 * -Dit.test=WholeYearBenchmark} ({@code -Daarshjul.bench.units=100,400,1600} by default, and the
 * same for {@code aarshjul.bench.hvidovre.units}, {@code aarshjul.bench.viborg.units} and {@code
 * aarshjul.bench.slagelse.units}; an empty list skips the model); the table goes to
 * target/benchmarks/whole-year.txt, the other models' rows marked H, V and S.
 */
class WholeYearBenchmark {

  static final int GOALS = 5;
  static final int PEOPLE = 2;
  static final int YEAR = 2031;
  static final int WARM_UP_UNITS = 40;

  /** One measured year. */
  record Run(
      int units,
      double seconds,
      double idleSeconds,
      long tasks,
      long statements,
      long peakHeapMiB,
      long liveHeapMiB,
      long incidents,
      UserWaits waits,
      Map<String, Double> history) {

    double tasksPerSecond() {
      return tasks / seconds;
    }

    double statementsPerUnit() {
      return (double) statements / units;
    }

    double secondsPerUnit() {
      return seconds / units;
    }
  }

  @Test
  void shouldRunALargeMunicipalitysYearCloseToTheBareEngineAndLinearly() throws Exception {
    int[] sizes = sizes("aarshjul.bench.units");
    List<Run[]> runs = new ArrayList<>();
    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            "Whole year, G = %d goals per contract, %d people completing tasks at once, max heap %d MiB",
            GOALS, PEOPLE, HeapSampler.maxHeapMiB()));
    report.add(
        String.format(
            "%6s | %9s %6s %7s %7s %9s %5s %5s %4s | %7s %6s %7s %9s %5s %4s | %6s",
            "N",
            "Årshjul s",
            "idle s",
            "tasks",
            "tasks/s",
            "stmt/unit",
            "heap",
            "live",
            "inc",
            "bare s",
            "idle s",
            "tasks/s",
            "stmt/unit",
            "heap",
            "inc",
            "ratio"));

    // warm-up, not reported: both years once with a few units, so neither measured run pays for the
    // JIT compiling
    // the engine code both share (on two cores the compiler competes with the run itself)
    bareYear("warm-up", WARM_UP_UNITS, aarshjulYear(WARM_UP_UNITS).tasks());
    for (int units : sizes) {
      // Given a fresh database and N units; When the whole year runs on Årshjul and then on the
      // bare engine
      Run aarshjul = aarshjulYear(units);
      Run bare = bareYear("aarshjul", units, aarshjul.tasks());
      runs.add(new Run[] {aarshjul, bare});
      report.add(row("", aarshjul, bare));
      waitsReport(report, "Skanderborg", aarshjul, bare);
      write(report);
    }
    // the other governance models on their own demo municipalities (Hvidovre's term on
    // Skanderborg's, as issue 15 measured it), each against a bare engine completing as many tasks
    List<Model> models =
        List.of(
            new Model("H", "Hvidovre", "hvidovre", "aarshjul.bench.hvidovre.units"),
            new Model("V", "Viborg", "viborg", "aarshjul.bench.viborg.units"),
            new Model("S", "Slagelse", "slagelse", "aarshjul.bench.slagelse.units"));
    for (Model model : models) {
      for (int units : sizes(model.sizes())) {
        Run year = modelYear(model, units);
        Run bare = bareYear(model.run(), units, year.tasks());
        model.runs().add(new Run[] {year, bare});
        report.add(row(model.prefix(), year, bare));
        waitsReport(report, model.name(), year, bare);
        write(report);
      }
    }
    Run[] smallest = runs.get(0);
    Run[] largest = runs.get(runs.size() - 1);
    report.add(
        String.format(
            "per-unit cost %d vs %d units: Årshjul %.2f, bare engine %.2f",
            largest[0].units(),
            smallest[0].units(),
            largest[0].secondsPerUnit() / smallest[0].secondsPerUnit(),
            largest[1].secondsPerUnit() / smallest[1].secondsPerUnit()));
    // issue 7's targets, each with whether this run met it
    runs.stream()
        .filter(run -> run[0].units() == 400)
        .findFirst()
        .ifPresent(
            run ->
                report.add(
                    target(
                        "Årshjul / bare engine at N = 400 <= 1.3",
                        run[0].seconds() / run[1].seconds(),
                        1.3)));
    report.add(
        target(
            "per-unit cost " + largest[0].units() + " vs " + smallest[0].units() + " units <= 1.1",
            largest[0].secondsPerUnit() / smallest[0].secondsPerUnit(),
            1.1));
    report.add(
        String.format(
            "target: %d-unit year inside a %d MiB heap: completed, peak %d MiB in use — met",
            largest[0].units(), HeapSampler.maxHeapMiB(), largest[0].peakHeapMiB()));
    for (Model model : models) {
      model.runs().stream()
          .filter(run -> run[0].units() == 400)
          .findFirst()
          .ifPresent(
              run ->
                  report.add(
                      target(
                          model.name()
                              + " ("
                              + model.prefix()
                              + ") / bare engine at N = 400 <= 1.3",
                          run[0].seconds() / run[1].seconds(),
                          1.3)));
    }
    write(report);
    report.forEach(System.out::println);

    // Then every year ran without an incident, and completed as many tasks on both
    List<Run[]> all = new ArrayList<>(runs);
    models.forEach(model -> all.addAll(model.runs()));
    for (Run[] run : all) {
      assertThat(run[0].incidents()).as("incidents, Årshjul, N = " + run[0].units()).isZero();
      assertThat(run[1].incidents()).as("incidents, bare engine, N = " + run[1].units()).isZero();
      assertThat(run[1].tasks()).as("tasks, N = " + run[1].units()).isEqualTo(run[0].tasks());
    }
  }

  /**
   * A governance model besides Skanderborg's: its report rows' prefix, its name, the value of
   * {@code aarshjul.governance-model} (and of the run's name) and the property with its sizes.
   */
  record Model(String prefix, String name, String run, String sizes, List<Run[]> runs) {
    Model(String prefix, String name, String run, String sizes) {
      this(prefix, name, run, sizes, new ArrayList<>());
    }
  }

  /**
   * The sizes the property lists ({@code 100,400,1600} unless set); empty: none, the model is
   * skipped.
   */
  private static int[] sizes(String property) {
    String sizes = System.getProperty(property, "100,400,1600").trim();
    return sizes.isEmpty()
        ? new int[0]
        : Arrays.stream(sizes.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
  }

  /**
   * A row of the table: N (after the model's letter), the model's year, the bare year, the ratio.
   */
  private static String row(String prefix, Run year, Run bare) {
    return String.format(
        "%s%"
            + (6 - prefix.length())
            + "d | %9.1f %6.1f %7d %7.1f %9.0f %5d %5d %4d"
            + " | %7.1f %6.1f %7.1f %9.0f %5d %4d | %6.2f",
        prefix,
        year.units(),
        year.seconds(),
        year.idleSeconds(),
        year.tasks(),
        year.tasksPerSecond(),
        year.statementsPerUnit(),
        year.peakHeapMiB(),
        year.liveHeapMiB(),
        year.incidents(),
        bare.seconds(),
        bare.idleSeconds(),
        bare.tasksPerSecond(),
        bare.statementsPerUnit(),
        bare.peakHeapMiB(),
        bare.incidents(),
        year.seconds() / bare.seconds());
  }

  private Run modelYear(Model model, int units) throws IOException {
    return switch (model.run()) {
      case "hvidovre" -> hvidovreYear(units);
      case "viborg" -> viborgYear(units);
      case "slagelse" -> slagelseYear(units);
      default -> throw new IllegalArgumentException(model.run());
    };
  }

  /**
   * What PostgreSQL's autovacuum does in a running system, done by the benchmark: this machine's
   * PostgreSQL runs with {@code autovacuum = off}, and without fresh statistics the planner keeps
   * treating the engine's fast-growing tables as empty and scans them whole (a 1,600-unit year
   * slowed from 16 to 10 tasks per second, with PostgreSQL using most of the CPU). {@code VACUUM
   * (ANALYZE)} every 30 s, as autovacuum would with its default naptime.
   */
  static final class Autovacuum implements AutoCloseable {

    private final ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "autovacuum");
              thread.setDaemon(true);
              return thread;
            });

    Autovacuum(ItDatabase db) {
      timer.scheduleWithFixedDelay(
          () -> db.jdbc().execute("vacuum (analyze)"), 30, 30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      timer.shutdownNow();
    }
  }

  /**
   * What a user waits for in this run, per action: Årshjul's p50/p95/p99 beside the bare engine's,
   * and issue 18's targets (p95 at most twice the bare engine's and at most 150 ms).
   */
  private static void waitsReport(List<String> report, String model, Run aarshjul, Run bare) {
    StringBuilder history = new StringBuilder("  history rows per unit, " + model + " / bare:");
    aarshjul
        .history()
        .forEach(
            (table, perUnit) ->
                history.append(
                    String.format(
                        " %s %.1f / %.1f;",
                        table, perUnit, bare.history().getOrDefault(table, 0.0))));
    report.add(history.toString());
    report.add(
        String.format(
            "  waits, %s N = %d (ms) | %-20s | %6s %7s %7s %7s | %6s %7s %7s %7s | %6s | %s",
            model,
            aarshjul.units(),
            "action",
            "n",
            "p50",
            "p95",
            "p99",
            "bare n",
            "p50",
            "p95",
            "p99",
            "p95 ×",
            "target p95 <= 2x bare and <= 150 ms"));
    for (UserWaits.Action action : UserWaits.Action.values()) {
      UserWaits.Percentiles mine = aarshjul.waits().percentiles(action);
      UserWaits.Percentiles floor = bare.waits().percentiles(action);
      double ratio = mine.p95() / floor.p95();
      report.add(
          String.format(
              "  waits, %s N = %d (ms) | %-20s | %6d %7.1f %7.1f %7.1f | %6d %7.1f %7.1f %7.1f | %6.2f | %s",
              model,
              aarshjul.units(),
              action.label,
              mine.count(),
              mine.p50(),
              mine.p95(),
              mine.p99(),
              floor.count(),
              floor.p50(),
              floor.p95(),
              floor.p99(),
              ratio,
              ratio <= 2 && mine.p95() <= 150 ? "met" : "NOT met"));
    }
  }

  private static String target(String what, double value, double limit) {
    return String.format("target: %s: %.2f — %s", what, value, value <= limit ? "met" : "NOT met");
  }

  /**
   * Årshjul's year for {@code units} units; asserts it is complete (every contract approved with
   * its goals).
   */
  private Run aarshjulYear(int units) throws IOException {
    return modelYear(
        "aarshjul",
        "skanderborg",
        units,
        people -> new CycleDriver(YEAR, people),
        SKANDERBORG_PROBE,
        db -> {
          assertThat(
                  db.count("select count(*) from development_contract where status = 'APPROVED'"))
              .isEqualTo(units);
          assertThat(db.count("select count(*) from goal")).isEqualTo((long) units * GOALS);
        });
  }

  /**
   * Hvidovre's first year of the term 2026–2029 and year 2's budget review for {@code units} units
   * (on Skanderborg's demo municipality, the demo's committees; the dates of 2026 have passed, so
   * its timers are due at once); asserts every unit's term goals are approved and reviewed.
   */
  private Run hvidovreYear(int units) throws IOException {
    return modelYear(
        "hvidovre",
        "skanderborg",
        units,
        people -> CycleDriver.hvidovreTerm(2026, people),
        SKANDERBORG_PROBE,
        db -> {
          assertThat(
                  db.count(
                      "select count(*) from development_contract c join period p on p.id = c.period_id"
                          + " where p.kind = 'ELECTION_TERM' and c.status = 'APPROVED'"))
              .isEqualTo(units);
          assertThat(
                  db.count(
                      "select count(*) from agreement_review where status in ('KEPT', 'ADJUSTED')"))
              .isEqualTo(units);
        });
  }

  /**
   * The first year of Viborg's term for {@code units} units on Viborg's demo municipality (the term
   * whose next citizen survey lies ahead, so the driven year ends there; {@link
   * dk.aarshjul.it.ViborgDriving}): the council's model adopted, the baseline published, the
   * committees' joint meetings held and their initiatives decided, and every unit's leader in one
   * of the year's SamLabs, each presented and decided.
   */
  private Run viborgYear(int units) throws IOException {
    int firstYear = viborgFirstYear(LocalDate.now(ZoneId.of("Europe/Copenhagen")));
    return modelYear(
        "viborg",
        "viborg",
        units,
        people -> CycleDriver.viborgTerm(firstYear, people),
        new Probe("anders", "martin", "vestervangskolen"),
        db -> {
          long term =
              db.count(
                  "select id from period where kind = 'ELECTION_TERM' and first_year = ?",
                  firstYear);
          assertThat(db.count("select count(*) from council_adoption where adopted")).isOne();
          assertThat(
                  db.count(
                      "select count(*) from data_import where status = 'PUBLISHED' and period_id = ?",
                      term))
              .isEqualTo(2);
          assertThat(
                  db.count(
                      "select count(*) from dialogue_meeting where kind = 'JOINT_COMMITTEE'"
                          + " and meeting_year = ? and status = 'HELD'",
                      firstYear))
              .isPositive()
              .isEqualTo(
                  db.count(
                      "select count(*) from dialogue_meeting where kind = 'JOINT_COMMITTEE'"
                          + " and meeting_year = ?",
                      firstYear));
          assertThat(db.count("select count(*) from initiative where status = 'PROPOSED'"))
              .isZero();
          assertThat(db.count("select count(*) from samlab_unit")).isEqualTo(units);
          assertThat(db.count("select count(distinct unit_id) from samlab_unit")).isEqualTo(units);
          assertThat(db.count("select count(*) from samlab where decision is null")).isZero();
        });
  }

  /**
   * The Viborg term the benchmark drives: the one begun this year or before whose second year's
   * survey (15 September, Viborg's default) lies ahead, else the next.
   */
  static int viborgFirstYear(LocalDate today) {
    int first = today.getYear() - Math.floorMod(today.getYear() - 2022, 4);
    return LocalDate.of(first + 1, 9, 15).isAfter(today) ? first : first + 4;
  }

  /**
   * Slagelse's year (this year: its institution meetings are planned from today) for {@code units}
   * units on Slagelse's demo municipality, until slagelse-year has ended: every unit's
   * udviklingsaftale approved with its goals and followed up, every committee's three meetings
   * held.
   */
  private Run slagelseYear(int units) throws IOException {
    int year = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();
    return modelYear(
        "slagelse",
        "slagelse",
        units,
        people -> CycleDriver.slagelseYear(year, people),
        new Probe("lars", "henning", "soendermarksskolen"),
        db -> {
          String contracts =
              "select c.id from development_contract c join period p on p.id = c.period_id"
                  + " where p.kind = 'BUDGET_YEAR' and p.first_year = ? and c.status = 'APPROVED'";
          assertThat(db.count("select count(*) from (" + contracts + ") c", year)).isEqualTo(units);
          assertThat(
                  db.count(
                      "select count(*) from goal where contract_id in (" + contracts + ")", year))
              .isEqualTo((long) units * GOALS);
          assertThat(
                  db.count(
                      "select count(*) from follow_up_report where status = 'APPROVED'"
                          + " and contract_id in ("
                          + contracts
                          + ")",
                      year))
              .isEqualTo(units);
          assertThat(
                  db.count(
                      "select count(*) from dialogue_meeting where kind = 'INSTITUTION'"
                          + " and meeting_year = ? and status = 'HELD'",
                      year))
              .isEqualTo(
                  db
                      .jdbc()
                      .queryForList(
                          "select count(*) from unit where active group by committee_id",
                          Long.class)
                      .stream()
                      .mapToLong(dk.aarshjul.it.SlagelseDriving::meetingsFor)
                      .sum());
          assertThat(
                  db.count(
                      "select count(*) from act_hi_procinst where proc_def_key_ = 'slagelse-year'"
                          + " and state_ = 'COMPLETED'"))
              .isOne();
        });
  }

  /**
   * The probe's two people in a demo municipality: a member of the directorate, who may read every
   * task, and a unit's leader, who starts a challenge for her unit.
   */
  record Probe(String reader, String leader, String unitCode) {}

  static final Probe SKANDERBORG_PROBE = new Probe("jens", "mette", "gl-rye");

  /**
   * One model's year on a fresh database with the governance model's demo municipality and units up
   * to N, driven by {@link #PEOPLE} people with {@link #GOALS} goals per contract, while the probe
   * does what one more person does; {@code complete} asserts the year is whole.
   */
  private Run modelYear(
      String name,
      String governanceModel,
      int units,
      java.util.function.Function<List<String>, CycleDriver> model,
      Probe probe,
      java.util.function.Consumer<ItDatabase> complete)
      throws IOException {
    try (ItDatabase db = ItDatabase.fresh("aarshjul_bench_" + name + "_" + units)) {
      ConfigurableApplicationContext app = startAarshjul(db, governanceModel);
      try {
        db.addUnits(units - db.activeUnits());
        db.jdbc().execute("analyze");
        UserWaits waits = new UserWaits();
        CycleDriver driver =
            model
                .apply(Collections.nCopies(PEOPLE, baseUrl(app)))
                .goalsPerContract(GOALS)
                .timeSubmits(waits::recordSubmit);
        Run run =
            measure(
                name,
                units,
                db,
                driver::runYear,
                driver::idleTime,
                waits,
                aarshjulProbe(app, probe));
        complete.accept(db);
        return run;
      } finally {
        app.close();
      }
    }
  }

  /**
   * The bare engine's year with exactly {@code tasks} user tasks over {@code units} units, the
   * floor of the named model's year.
   */
  private Run bareYear(String floorOf, int units, long tasks) throws IOException {
    try (ItDatabase db = ItDatabase.fresh("aarshjul_bench_bare_" + units)) {
      ConfigurableApplicationContext app =
          start(
              BareEngineApplication.class,
              db.url(),
              "camunda.bpm.auto-deployment-enabled=false",
              "camunda.bpm.database.schema-update=true",
              // the engine's own full history: the floor Årshjul's audit history is measured
              // against
              "camunda.bpm.history-level=full",
              "camunda.bpm.admin-user.id=admin",
              "camunda.bpm.admin-user.password=demo");
      try {
        int perUnit = (int) (tasks / units);
        DeploymentBuilder deployment =
            app.getBean(RepositoryService.class).createDeployment().name("bart år");
        List<BpmnModelInstance> models = BareYear.models(perUnit);
        deployment.addModelInstance(BareYear.YEAR_PROCESS + ".bpmn", models.get(0));
        deployment.addModelInstance(BareYear.UNIT_PROCESS + ".bpmn", models.get(1));
        deployment.addModelInstance(BareYear.PROBE_PROCESS + ".bpmn", BareYear.probeModel());
        deployment.deploy();
        UserWaits waits = new UserWaits();
        BareYear year =
            new BareYear(baseUrl(app), AppNode.ADMIN_AUTHORIZATION, PEOPLE)
                .timeSubmits(nanos -> waits.record(UserWaits.Action.SUBMIT_FORM, nanos));
        String probe = year.createProbeUser();
        return measure(
            "bare-for-" + floorOf,
            units,
            db,
            () -> year.run(units, (int) (tasks - (long) perUnit * units)),
            year::idleTime,
            waits,
            recorder ->
                new UserWaits.Probe(
                    recorder,
                    baseUrl(app),
                    probe,
                    probe,
                    new UserWaits.Start(
                        "/engine-rest/process-definition/key/" + BareYear.PROBE_PROCESS + "/start",
                        java.util.Map.of())));
      } finally {
        app.close();
      }
    }
  }

  private static Run measure(
      String name,
      int units,
      ItDatabase db,
      Runnable year,
      Supplier<Duration> idle,
      UserWaits waits,
      java.util.function.Function<UserWaits, UserWaits.Probe> probe)
      throws IOException {
    StatementCounter.drainBySql();
    long statementsBefore = StatementCounter.statements();
    long start = System.nanoTime();
    try (HeapSampler heap = new HeapSampler();
        Autovacuum autovacuum = new Autovacuum(db);
        UserWaits.Probe person = probe.apply(waits)) {
      year.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      writeStatements(name + "-" + units, units);
      List<String> byTask = waits.submitsByTask();
      if (!byTask.isEmpty()) {
        // which tasks make up the tail of "submit a form" (ms)
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/submits-" + name + "-" + units + ".txt"), byTask);
      }
      Map<String, Double> history = HistoryProfile.write(name + "-" + units, db, units);
      return new Run(
          units,
          seconds,
          idle.get().toMillis() / 1000.0,
          db.count("select count(*) from act_hi_taskinst where end_time_ is not null"),
          StatementCounter.statements() - statementsBefore,
          heap.peakUsedMiB(),
          heap.peakLiveAfterGcMiB(),
          db.count("select count(*) from act_ru_incident")
              + db.count("select count(*) from act_hi_incident"),
          waits,
          history);
    }
  }

  /**
   * The statements of the run by SQL text, most frequent first, per unit: where a year's database
   * work goes.
   */
  private static void writeStatements(String run, int units) throws IOException {
    if (!StatementCounter.BREAKDOWN) {
      return;
    }
    List<String> lines = new ArrayList<>();
    StatementCounter.drainBySql().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(
            entry ->
                lines.add(
                    String.format("%8.1f  %s", (double) entry.getValue() / units, entry.getKey())));
    Files.createDirectories(Path.of("target/benchmarks"));
    Files.write(Path.of("target/benchmarks/whole-year-statements-" + run + ".txt"), lines);
  }

  /**
   * Årshjul with the governance model's demo municipality. A contract holder may have at most five
   * challenges open; the probe starts one every five seconds from the same unit, so the limit is
   * lifted for the run (the count the check makes is still made).
   */
  private static ConfigurableApplicationContext startAarshjul(
      ItDatabase db, String governanceModel) {
    return start(
        AarshjulApplication.class,
        db.url(),
        "aarshjul.governance-model=" + governanceModel,
        "aarshjul.demo.enabled=true",
        "aarshjul.challenge.max-open-per-unit=1000000");
  }

  /**
   * The probe on Årshjul: a member of the directorate (Skanderborg: Jens) reads the task list and
   * opens forms; a unit's leader (Skanderborg: Mette of Gl. Rye) starts a challenge
   * ("Udfordringsret"), the process a unit starts.
   */
  private static java.util.function.Function<UserWaits, UserWaits.Probe> aarshjulProbe(
      ConfigurableApplicationContext app, Probe probe) {
    return waits ->
        new UserWaits.Probe(
            waits,
            baseUrl(app),
            basic(probe.reader()),
            basic(probe.leader()),
            new UserWaits.Start(
                "/engine-rest/process-definition/key/challenge/submit-form",
                java.util.Map.of(
                    "variables",
                    java.util.Map.of(
                        "unitCode", java.util.Map.of("value", probe.unitCode()),
                        "kind", java.util.Map.of("value", "regel"),
                        "subject", java.util.Map.of("value", "Dobbelt registrering"),
                        "reason", java.util.Map.of("value", "Det tager tid fra kerneopgaven."),
                        "proposedChange", java.util.Map.of("value", "Registrér kun én gang.")))));
  }

  private static String basic(String user) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static ConfigurableApplicationContext start(
      Class<?> application, String databaseUrl, String... properties) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "spring.datasource.url=" + databaseUrl,
                "spring.datasource.username=" + PostgresTestDatabase.user(),
                "spring.datasource.password=" + PostgresTestDatabase.password(),
                "server.port=0",
                "logging.level.root=WARN"));
    all.addAll(List.of(properties));
    // as command-line arguments: they take precedence over the profile's settings
    return new SpringApplicationBuilder(application, StatementCounter.Counting.class)
        .profiles("postgres")
        .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
  }

  private static String baseUrl(ConfigurableApplicationContext app) {
    return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  private static void write(List<String> report) throws IOException {
    Files.createDirectories(Path.of("target/benchmarks"));
    Files.write(Path.of("target/benchmarks/whole-year.txt"), report);
  }
}
