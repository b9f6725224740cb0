package dk.aarshjul.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.it.UpgradeChecks.Check;
import dk.aarshjul.it.UpgradeChecks.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;

/**
 * Upgrade without loss (issue 14, item 7): a municipality running release 0.1.0 (commit eeb6b85)
 * upgrades by starting the new release on its database. The database is a dump made with the
 * release ({@value #DUMP}, see the README next to it): 2026 finished, 2027 in its contract phase
 * (contracts in draft, in hearing, awaiting approval, sent back and approved), challenges decided,
 * awaiting elaboration and awaiting a decision, and the deadline timers of every open task.
 *
 * <p>The dump is restored, everything a user cares about is read from the release schema ({@link
 * UpgradeChecks}), the new release starts on it (Flyway migrates; the job executor stays off so
 * nothing moves while comparing), and the same rows are read again: every domain row with its
 * content, every running instance, open task, timer and variable, users, grants, models and
 * history. Then the new release runs with its job executor and the people complete 2027 and the
 * open challenges in Tasklist's place ({@link CycleDriver}). The figures go to {@code
 * target/upgrade/upgrade-report.md}.
 *
 * <p>The tests run in order on one database: the first makes sure the checks read every domain row
 * of the release, the next four compare what the upgrade kept, the last completes the year. A
 * failing comparison names the rows that went missing or changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeFromReleaseIT {

  static final String DATABASE = "aarshjul_upgrade";
  static final String DUMP = "upgrade/release-0.1.0-eeb6b85.sql.gz";
  static final int FINISHED_YEAR = 2026;
  static final int RUNNING_YEAR = 2027;
  static final Path REPORT = Path.of("target", "upgrade", "upgrade-report.md");

  /** The processes of an annual cycle; their business keys begin with the year ("2027/..."). */
  static final List<String> YEAR_PROCESSES =
      List.of(
          "skanderborg-annual-cycle",
          "theme-meeting",
          "directorate-tracks",
          "development-contract",
          "contract-dialogue",
          "follow-up");

  /**
   * Jobs that must be gone when everything is done: all but the yearly start timer and the nightly
   * history cleanup.
   */
  static final String JOBS_LEFT =
      "select count(*) from act_ru_job where coalesce(process_def_key_, '') <> 'annual-cycle-timer' "
          + "and handler_type_ <> 'history-cleanup'";

  private static final int SHOWN_ROWS = 20;

  private final List<Check> checks = UpgradeChecks.all();
  private final Map<String, List<String>> before = new LinkedHashMap<>();
  private final Map<String, String> beforeErrors = new LinkedHashMap<>();
  private final Map<String, List<String>> after = new LinkedHashMap<>();
  private final Map<String, String> afterErrors = new LinkedHashMap<>();

  /** Row count of every domain table of the release schema. */
  private final Map<String, Long> releaseTables = new TreeMap<>();

  private final Map<String, Long> historyBefore = new TreeMap<>();
  private final Map<String, Long> historyAfterUpgrade = new TreeMap<>();
  private final Map<String, Long> historyAfterYear = new TreeMap<>();
  private final Map<String, Duration> timings = new LinkedHashMap<>();
  private final Map<String, String> yearReport = new LinkedHashMap<>();
  private List<String> flywayBefore = List.of();
  private List<String> flywayAfter = List.of();
  private ItDatabase db;
  private final Instant begin = Instant.now();

  @BeforeAll
  void upgradeTheReleaseDatabase() throws IOException {
    // Given a PostgreSQL database of release 0.1.0 with a finished 2026 and a running 2027
    Instant start = Instant.now();
    restore(DATABASE, DUMP);
    db = new ItDatabase(DATABASE);
    timings.put("restore the dump", Duration.between(start, Instant.now()));
    // And everything a user cares about, read from the release schema
    flywayBefore = flywayHistory();
    db.jdbc()
        .queryForList(
            "select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name <> 'flyway_schema_history'",
            String.class)
        .forEach(table -> releaseTables.put(table, db.count("select count(*) from " + table)));
    historyBefore.putAll(
        historyCounts(
            db.jdbc()
                .queryForList(
                    "select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_name like 'act\\_hi\\_%'",
                    String.class)));
    read(Check::releaseSql, before, beforeErrors);

    // When the new release starts on it (Flyway migrates); its job executor stays off, so nothing
    // moves while comparing
    start = Instant.now();
    try (AppNode node =
        new AppNode(
            "upgrade-migrate", db.url(), List.of("--camunda.bpm.job-execution.enabled=false"))) {
      start(node);
      timings.put(
          "start the new release on it (Flyway migration)", Duration.between(start, Instant.now()));
      flywayAfter = flywayHistory();
      read(Check::currentSql, after, afterErrors);
      historyAfterUpgrade.putAll(historyCounts(historyBefore.keySet()));
    }
  }

  @Test
  @Order(1)
  void shouldReadEveryDomainTableOfTheReleaseCompletely() {
    // Given the release schema as restored from the dump
    // When its domain tables are compared with the checks
    Set<String> checked =
        checks.stream()
            .map(Check::releaseTable)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Set<String> unchecked = new TreeSet<>(releaseTables.keySet());
    unchecked.removeAll(checked);

    // Then every release query runs, every domain table has a check, and each check reads all of
    // its table's rows
    assertThat(beforeErrors).as("release-schema queries that fail on the restored dump").isEmpty();
    assertThat(unchecked)
        .as("domain tables of the release without a check in UpgradeChecks")
        .isEmpty();
    for (Check check : checks) {
      if (check.releaseTable() != null) {
        assertThat(before.get(check.name()))
            .as("rows the check '%s' reads of table %s", check.name(), check.releaseTable())
            .hasSize(releaseTables.getOrDefault(check.releaseTable(), -1L).intValue());
      }
    }
    // And every domain id a running instance holds names an existing row
    assertThat(before.get("domain rows named by running instances' variables"))
        .isNotEmpty()
        .noneMatch(row -> row.endsWith("|<null>"));
  }

  @Test
  @Order(2)
  void shouldApplyEveryMigrationOfTheNewRelease() throws IOException {
    // Given the migrations of the new release
    Set<String> versions = new TreeSet<>();
    Pattern versioned = Pattern.compile("V([0-9._]+)__.*\\.sql");
    for (Resource resource :
        new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
      Matcher matcher = versioned.matcher(String.valueOf(resource.getFilename()));
      if (matcher.matches()) {
        versions.add(matcher.group(1).replace('_', '.'));
      }
    }
    // When the new release has started on the release database
    Set<String> applied =
        flywayAfter.stream().map(row -> row.split("\\|")[0]).collect(Collectors.toSet());

    // Then every migration succeeded, the release's are unchanged and every new one has been
    // applied
    assertThat(flywayAfter)
        .as("flyway_schema_history after the upgrade (version|description|checksum|success)")
        .allMatch(row -> row.endsWith("|true"));
    assertThat(flywayAfter).as("the release's migrations, unchanged").containsAll(flywayBefore);
    assertThat(applied).as("versions applied").containsAll(versions);
  }

  @Test
  @Order(3)
  void shouldKeepEveryDomainRowWithItsContent() {
    // Given the domain rows read from the release schema
    // When they are read again from the upgraded schema
    List<String> problems = differences(check -> check.releaseTable() != null);

    // Then every row is there with the same content
    if (!problems.isEmpty()) {
      fail("The upgrade lost or changed domain rows:\n\n" + String.join("\n\n", problems));
    }
  }

  @Test
  @Order(4)
  void shouldKeepEveryRunningInstanceOpenTaskAndTimerWithoutIncident() {
    // Given the running instances, their variables, open tasks, jobs and event subscriptions of the
    // release
    // (the 2027 year, its 6 running contracts and 3 challenges; the deadline watches of its 10
    // open tasks are compared as deadlines)
    assertThat(before.get("running process instances"))
        .as("running instances in the dump")
        .hasSize(10);
    assertThat(before.get(UpgradeChecks.DEADLINES))
        .as("deadlines of the open tasks in the dump")
        .hasSize(10);
    assertThat(before.get("incidents")).as("incidents in the dump").isEmpty();
    // When they are read again after the upgrade
    List<String> problems =
        differences(check -> check.releaseTable() == null && check.mode() == Mode.SAME);

    // Then every one is there exactly as it was, and there is no incident
    if (!problems.isEmpty()) {
      fail("The upgrade lost or changed running state:\n\n" + String.join("\n\n", problems));
    }
  }

  @Test
  @Order(5)
  void shouldKeepUsersGrantsModelsAndHistory() {
    // Given the users, groups, grants, deployed models and history of the release
    // When they are read again after the upgrade
    List<String> problems = differences(check -> check.mode() == Mode.KEPT);
    historyBefore.forEach(
        (table, count) -> {
          Long now = historyAfterUpgrade.get(table);
          if (now == null || now < count) {
            problems.add(
                table
                    + ": "
                    + count
                    + " history rows before the upgrade, "
                    + (now == null ? "table gone" : now)
                    + " after");
          }
        });

    // Then every one of them is still there (the new release may add its own)
    if (!problems.isEmpty()) {
      fail(
          "The upgrade lost users, grants, models or history:\n\n" + String.join("\n\n", problems));
    }
  }

  @Test
  @Order(6)
  void shouldCompleteTheRunningYearOnTheNewRelease() {
    // Given the upgraded database with 2027 in its contract phase and three challenges running
    List<String> running =
        db.jdbc()
            .queryForList(
                "select business_key_ from act_hi_procinst where state_ = 'ACTIVE' "
                    + "and proc_def_key_ = 'development-contract' and business_key_ like ? order by 1",
                String.class,
                RUNNING_YEAR + "/%");
    assertThat(running).as("2027 contracts running at the upgrade").isNotEmpty();
    int units = db.activeUnits();

    Map<String, Long> finishedYear;
    Map<String, Long> runningYear;
    boolean completed;
    try (AppNode node = new AppNode("upgrade-run", db.url(), List.of())) {
      // When the new release runs with its job executor and the people complete the year's tasks in
      // Tasklist
      Instant start = Instant.now();
      start(node);
      timings.put(
          "start the new release with its job executor", Duration.between(start, Instant.now()));
      start = Instant.now();
      CycleDriver driver = new CycleDriver(RUNNING_YEAR, List.of(node.baseUrl()));
      driver.runYear();
      timings.put("complete " + RUNNING_YEAR, Duration.between(start, Instant.now()));
      yearReport.put(
          "tasks completed in 2027 after the upgrade", driver.completedTasks().toString());
      // And the directorate and the contract holders finish the running challenges
      start = Instant.now();
      int challengeTasks = new Challenges(node.baseUrl()).completeAll();
      yearReport.put("challenge tasks completed after the upgrade", String.valueOf(challengeTasks));
      await("the deadline watches of the completed tasks end")
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  db.count(JOBS_LEFT) == 0
                      && db.count(
                              "select count(*) from act_hi_procinst where state_ = 'ACTIVE' "
                                  + "and proc_def_key_ in ('challenge', 'task-deadline')")
                          == 0);
      timings.put("complete the challenges", Duration.between(start, Instant.now()));
      completed = driver.yearCompleted(node.baseUrl());
      finishedYear = processesOfYear(FINISHED_YEAR);
      runningYear = processesOfYear(RUNNING_YEAR);
    }
    Map<String, Long> domain = db.snapshot(RUNNING_YEAR);
    historyAfterYear.putAll(historyCounts(historyBefore.keySet()));
    yearReport.put(
        "processes of " + FINISHED_YEAR + " (finished before the upgrade)",
        finishedYear.toString());
    yearReport.put(
        "processes of " + RUNNING_YEAR + " (completed after the upgrade)", runningYear.toString());
    yearReport.put("rows of " + FINISHED_YEAR, domainOnly(db.snapshot(FINISHED_YEAR)).toString());
    yearReport.put("rows of " + RUNNING_YEAR, domainOnly(domain).toString());

    // Then the annual cycle of 2027 has ended, and every contract that was running at the upgrade
    // has ended
    assertThat(completed).as("annual cycle " + RUNNING_YEAR + " completed").isTrue();
    assertThat(
            db.jdbc()
                .queryForList(
                    "select business_key_ || ' ' || state_ from act_hi_procinst where proc_def_key_ = "
                        + "'development-contract' and business_key_ like ?",
                    String.class,
                    RUNNING_YEAR + "/%"))
        .as("development-contract instances of " + RUNNING_YEAR)
        .hasSize(units)
        .allMatch(row -> row.endsWith(" COMPLETED"))
        .containsAll(running.stream().map(key -> key + " COMPLETED").toList());
    // And the year ran as a normal year does: the same processes, all completed, as in 2026
    assertThat(runningYear)
        .as("processes of %d by key and state, against %d", RUNNING_YEAR, FINISHED_YEAR)
        .isEqualTo(finishedYear)
        .containsEntry("skanderborg-annual-cycle COMPLETED", 1L)
        .containsEntry("development-contract COMPLETED", (long) units)
        .containsEntry("follow-up COMPLETED", 2L * units);
    // And its contracts were approved, followed up twice and reported on at year end
    assertThat(domain)
        .containsEntry("development_contract status: APPROVED", (long) units)
        .containsEntry("follow_up_report round/status: 1 APPROVED", (long) units)
        .containsEntry("follow_up_report round/status: 2 APPROVED", (long) units)
        .containsEntry("goal_overview presented", 1L)
        .containsEntry("year_end_report concluded", 1L);
    assertThat(
            domain.keySet().stream().filter(key -> key.startsWith("development_contract status:")))
        .as("contract statuses of " + RUNNING_YEAR)
        .containsExactly("development_contract status: APPROVED");
    // And every challenge ended with the directorate's decision
    assertThat(
            db.jdbc()
                .queryForList(
                    "select end_act_id_ from act_hi_procinst where proc_def_key_ = 'challenge' "
                        + "and state_ = 'COMPLETED' order by 1",
                    String.class))
        .containsExactly(
            "EndEvent_ChallengeAccepted",
            "EndEvent_ChallengeAccepted",
            "EndEvent_ChallengeRejected",
            "EndEvent_ChallengeRejected");
    // And nothing is left open and no incident occurred
    assertThat(db.count("select count(*) from act_ru_task")).as("open tasks").isZero();
    assertThat(db.count(JOBS_LEFT)).as("jobs left").isZero();
    assertThat(db.count("select count(*) from act_ru_incident")).as("incidents").isZero();
    assertThat(db.count("select count(*) from act_hi_incident"))
        .as("incidents in history")
        .isZero();
  }

  @AfterAll
  void writeReport() throws IOException {
    try {
      timings.put("whole test", Duration.between(begin, Instant.now()));
      Files.createDirectories(REPORT.getParent());
      Files.writeString(REPORT, report(), StandardCharsets.UTF_8);
      System.out.println(report());
    } finally {
      if (db != null) {
        db.close();
      }
    }
  }

  // ---- restoring and reading
  // -----------------------------------------------------------------------------------

  /**
   * Recreates {@code database} and runs the gzipped plain-SQL dump {@code resource} into it in one
   * transaction.
   */
  static void restore(String database, String resource) throws IOException {
    PostgresTestDatabase.recreate(database);
    String script;
    try (InputStream in =
        UpgradeFromReleaseIT.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The dump " + resource + " is not on the test classpath");
      }
      script = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
    }
    // psql meta-commands around the dump (pg_dump 15.14+ writes "restrict" and "unrestrict" lines)
    // are not SQL
    script =
        Pattern.compile("^\\\\(un)?restrict \\S+$", Pattern.MULTILINE)
            .matcher(script)
            .replaceAll("");
    // PgJDBC splits the script itself, knowing PostgreSQL's quoting (text values contain lines such
    // as "---")
    try (Connection connection =
            DriverManager.getConnection(
                PostgresTestDatabase.urlOf(database),
                PostgresTestDatabase.user(),
                PostgresTestDatabase.password());
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute(script);
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The dump " + resource + " could not be restored: " + e.getMessage(), e);
    }
  }

  private void read(
      java.util.function.Function<Check, String> sqlOf,
      Map<String, List<String>> rows,
      Map<String, String> errors) {
    for (Check check : checks) {
      try {
        rows.put(check.name(), db.jdbc().queryForList(sqlOf.apply(check), String.class));
      } catch (DataAccessException e) {
        errors.put(
            check.name(),
            String.valueOf(e.getMostSpecificCause().getMessage()).lines().findFirst().orElse(""));
      }
    }
  }

  /** version|description|checksum|success of every versioned migration, in the order applied. */
  private List<String> flywayHistory() {
    return db.jdbc()
        .queryForList(
            "select concat_ws('|', version, description, coalesce(checksum::text, ''), success::text) "
                + "from flyway_schema_history where version is not null order by installed_rank",
            String.class);
  }

  private Map<String, Long> historyCounts(java.util.Collection<String> tables) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables) {
      try {
        counts.put(table, db.count("select count(*) from " + table));
      } catch (DataAccessException gone) {
        // reported as missing by the comparison
      }
    }
    return counts;
  }

  /** "key state" → count of the year's instances of the annual-cycle processes. */
  private Map<String, Long> processesOfYear(int year) {
    Map<String, Long> counts = new TreeMap<>();
    db.jdbc()
        .query(
            "select proc_def_key_ || ' ' || state_, count(*) from act_hi_procinst where business_key_ like ? "
                + "and proc_def_key_ in ("
                + YEAR_PROCESSES.stream()
                    .map(key -> "'" + key + "'")
                    .collect(Collectors.joining(", "))
                + ") group by proc_def_key_, state_",
            rs -> {
              counts.put(rs.getString(1), rs.getLong(2));
            },
            year + "/%");
    return counts;
  }

  private static Map<String, Long> domainOnly(Map<String, Long> snapshot) {
    Map<String, Long> domain = new LinkedHashMap<>();
    snapshot.forEach(
        (key, value) -> {
          if (!key.startsWith("act_")
              && !key.startsWith(ItDatabase.NOT_COMPARED)
              && !key.startsWith("task-deadline")) {
            domain.put(key, value);
          }
        });
    return domain;
  }

  // ---- comparing
  // -----------------------------------------------------------------------------------------------

  /**
   * Rows lost (and, for {@link Mode#SAME}, rows added) by the upgrade, per check, with the rows
   * themselves.
   */
  private List<String> differences(Predicate<Check> which) {
    List<String> problems = new ArrayList<>();
    for (Check check : checks) {
      if (!which.test(check) || !before.containsKey(check.name())) {
        continue;
      }
      if (afterErrors.containsKey(check.name())) {
        problems.add(
            check.name()
                + ": its query fails on the upgraded schema ("
                + afterErrors.get(check.name())
                + ").\n"
                + "  If a migration moved this data, read it from its new home in UpgradeChecks.currentSchema(); never delete "
                + "the check.");
        continue;
      }
      Diff diff = diff(before.get(check.name()), after.get(check.name()));
      if (!diff.missing().isEmpty()) {
        problems.add(
            check.name()
                + ": "
                + diff.missing().size()
                + " of "
                + before.get(check.name()).size()
                + " rows of the release are missing or changed after the upgrade:"
                + shown("-", diff.missing()));
      }
      if (check.mode() == Mode.SAME && !diff.added().isEmpty()) {
        problems.add(
            check.name()
                + ": "
                + diff.added().size()
                + " rows after the upgrade that the release did not have:"
                + shown("+", diff.added()));
      }
    }
    return problems;
  }

  record Diff(List<String> missing, List<String> added) {}

  /**
   * Multiset difference: rows of {@code old} not in {@code now}, and rows of {@code now} not in
   * {@code old}.
   */
  static Diff diff(List<String> old, List<String> now) {
    Map<String, Integer> left = new HashMap<>();
    now.forEach(row -> left.merge(row, 1, Integer::sum));
    List<String> missing = new ArrayList<>();
    for (String row : old) {
      if (left.getOrDefault(row, 0) > 0) {
        left.merge(row, -1, Integer::sum);
      } else {
        missing.add(row);
      }
    }
    List<String> added = new ArrayList<>();
    left.forEach(
        (row, count) -> {
          for (int i = 0; i < count; i++) {
            added.add(row);
          }
        });
    missing.sort(null);
    added.sort(null);
    return new Diff(missing, added);
  }

  private static String shown(String sign, List<String> rows) {
    StringBuilder text = new StringBuilder();
    rows.stream()
        .limit(SHOWN_ROWS)
        .forEach(
            row ->
                text.append("\n  ")
                    .append(sign)
                    .append(' ')
                    .append(abbreviate(row.replace("\n", "⏎"))));
    if (rows.size() > SHOWN_ROWS) {
      text.append("\n  … and ").append(rows.size() - SHOWN_ROWS).append(" more");
    }
    return text.toString();
  }

  private static String abbreviate(String row) {
    return row.length() > 400 ? row.substring(0, 400) + " …" : row;
  }

  /**
   * Starts the new release; if it does not come up, the failure shows why (a failed migration, a
   * schema mismatch). Then waits until it is ready: engine-rest answers once the startup runners
   * are done, but the yearly start timer is suspended only on ApplicationReadyEvent
   * (YearlyStartTimer), and a release whose models changed has deployed a new, active one until
   * then.
   */
  private void start(AppNode node) {
    try {
      node.start();
    } catch (RuntimeException e) {
      throw new AssertionError(
          "The new release did not start on the upgraded database (migration or startup failed). "
              + "From "
              + node.logFile()
              + ":\n"
              + errorLines(node.logFile()),
          e);
    }
    await("the yearly start timer suspended (not enabled), i.e. the application is ready")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                db.count(
                        "select count(*) from act_ru_jobdef where proc_def_key_ = 'annual-cycle-timer' "
                            + "and suspension_state_ = 1")
                    == 0);
  }

  /** The lines of a node's log that say why it did not start. */
  private static String errorLines(Path log) {
    try {
      List<String> lines =
          Files.readAllLines(log, StandardCharsets.UTF_8).stream()
              .filter(
                  line ->
                      line.contains("ERROR")
                          || line.contains("Caused by")
                          || line.contains("Flyway")
                          || line.contains("Migrat"))
              .toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(log not readable: " + e.getMessage() + ")";
    }
  }

  // ---- the report
  // ----------------------------------------------------------------------------------------------

  private String report() {
    StringBuilder text = new StringBuilder("# Upgrade from release 0.1.0 (eeb6b85)\n\n");
    text.append("Dump `src/test/resources/")
        .append(DUMP)
        .append("` restored into `")
        .append(DATABASE)
        .append("`, the new release started on it (Flyway), the rows compared, then ")
        .append(RUNNING_YEAR)
        .append(
            " and the open challenges completed on the new release.\n\n## Times\n\n| Step | Seconds |\n|---|---:|\n");
    timings.forEach(
        (step, time) ->
            text.append(String.format("| %s | %.1f |%n", step, time.toMillis() / 1000.0)));

    text.append("\n## Flyway\n\n- Release: ")
        .append(flywayBefore.size())
        .append(" migrations, versions ")
        .append(flywayBefore.stream().map(row -> row.split("\\|")[0]).toList())
        .append("\n- After the upgrade: ")
        .append(flywayAfter.size())
        .append(" migrations; applied by the upgrade: ");
    List<String> applied = flywayAfter.stream().filter(row -> !flywayBefore.contains(row)).toList();
    text.append(applied.isEmpty() ? "none" : String.join(", ", applied)).append('\n');

    text.append("\n## Rows before and after the upgrade\n\n")
        .append(
            "| Check | Mode | Release | After upgrade | Missing/changed | Added | md5 release | md5 after |\n")
        .append("|---|---|---:|---:|---:|---:|---|---|\n");
    for (Check check : checks) {
      List<String> old = before.get(check.name());
      List<String> now = after.get(check.name());
      if (old == null || now == null) {
        text.append("| ")
            .append(check.name())
            .append(" | ")
            .append(check.mode())
            .append(" | ")
            .append(
                old != null
                    ? old.size()
                    : beforeErrors.containsKey(check.name()) ? "query failed" : "not read")
            .append(" | ")
            .append(
                now != null
                    ? now.size()
                    : afterErrors.containsKey(check.name())
                        ? "query failed: " + afterErrors.get(check.name()).replace('|', '/')
                        : "not read")
            .append(" | | | | |\n");
        continue;
      }
      Diff diff = diff(old, now);
      text.append(
          String.format(
              "| %s | %s | %d | %d | %d | %d | %s | %s |%n",
              check.name(),
              check.mode(),
              old.size(),
              now.size(),
              diff.missing().size(),
              diff.added().size(),
              md5(old),
              md5(now)));
    }

    text.append("\n## History tables\n\n| Table | Release | After upgrade | After completing ")
        .append(RUNNING_YEAR)
        .append(" |\n|---|---:|---:|---:|\n");
    historyBefore.forEach(
        (table, count) ->
            text.append(
                String.format(
                    "| %s | %d | %s | %s |%n",
                    table,
                    count,
                    historyAfterUpgrade.getOrDefault(table, -1L),
                    historyAfterYear.containsKey(table) ? historyAfterYear.get(table) : "")));

    text.append("\n## The running year ").append(RUNNING_YEAR).append("\n\n");
    yearReport.forEach(
        (label, value) -> text.append("- ").append(label).append(": ").append(value).append('\n'));
    return text.toString();
  }

  private static String md5(List<String> rows) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("MD5");
      rows.stream()
          .sorted()
          .forEach(row -> digest.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
      return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the running challenges, completed as the directorate and the contract holders would
  // ----------------------

  /**
   * Completes every open challenge task as a member of its candidate group, until no challenge task
   * is left.
   */
  private static final class Challenges {

    private final String base;
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final ObjectMapper json = new ObjectMapper();

    Challenges(String base) {
      this.base = base;
    }

    /** Returns the number of tasks completed. */
    int completeAll() {
      int completed = 0;
      for (int round = 0; round < 10; round++) {
        JsonNode tasks = get("/engine-rest/task?processDefinitionKey=challenge&maxResults=100");
        if (tasks.isEmpty()) {
          return completed;
        }
        for (JsonNode task : tasks) {
          complete(task);
          completed++;
        }
      }
      throw new AssertionError("The challenges still have open tasks after 10 rounds");
    }

    /**
     * The directorate accepts a challenge that was elaborated and rejects the others; the holder
     * elaborates and acknowledges the decision.
     */
    private void complete(JsonNode task) {
      String id = task.get("id").asText();
      String instance = task.get("processInstanceId").asText();
      Map<String, Object> values =
          switch (task.get("taskDefinitionKey").asText()) {
            case "Task_DecideChallenge" ->
                Map.of(
                    "decision",
                    get("/engine-rest/history/task/count?processInstanceId="
                                    + instance
                                    + "&taskDefinitionKey=Task_ElaborateChallenge&finished=true")
                                .get("count")
                                .asLong()
                            > 0
                        ? "imoedekom"
                        : "afvis",
                    "reasoning",
                    "Afgjort efter opgraderingen til den nye version.");
            case "Task_ElaborateChallenge" ->
                Map.of("elaboration", "Rapporten læses ikke af nogen i forvaltningen.");
            case "Task_ReadChallengeDecision" -> Map.of("acknowledged", true);
            default ->
                throw new AssertionError(
                    "Unknown challenge task " + task.get("taskDefinitionKey").asText());
          };
      Map<String, Object> variables = new LinkedHashMap<>();
      values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
      HttpResponse<String> response =
          send(
              memberOfCandidateGroup(id),
              "POST",
              "/engine-rest/task/" + id + "/submit-form",
              Map.of("variables", variables));
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(
            task.get("taskDefinitionKey").asText()
                + " was refused: HTTP "
                + response.statusCode()
                + " "
                + response.body());
      }
    }

    private String memberOfCandidateGroup(String taskId) {
      for (JsonNode link : get("/engine-rest/task/" + taskId + "/identity-links?type=candidate")) {
        if (link.hasNonNull("groupId")) {
          JsonNode members =
              get(
                  "/engine-rest/user?maxResults=1&memberOfGroup="
                      + URLEncoder.encode(link.get("groupId").asText(), StandardCharsets.UTF_8));
          if (!members.isEmpty()) {
            return members.get(0).get("id").asText();
          }
        }
      }
      throw new AssertionError("Task " + taskId + " has no candidate group with a member");
    }

    private JsonNode get(String path) {
      HttpResponse<String> response = send("admin", "GET", path, null);
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
      }
      try {
        return json.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private HttpResponse<String> send(String user, String method, String path, Object body) {
      try {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
          request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
          request
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
