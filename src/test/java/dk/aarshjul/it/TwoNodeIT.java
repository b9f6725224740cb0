package dk.aarshjul.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two application JVMs on one PostgreSQL database, both with their job executors on, run a year for
 * {@value #UNITS} units: the open tasks are dealt out to the two nodes in turn and completed by
 * four threads at once (two per node). Every job must have run once – no duplicate contract, goal,
 * version, hearing, dialogue, follow-up report, goal status, roll-up or process instance, no job
 * with two successful runs – and no incident. The optimistic locking conflicts the nodes ran into
 * (and retried) are counted from their logs.
 */
class TwoNodeIT {

  static final int YEAR = 2032;
  static final int UNITS = 100;
  static final String DATABASE = "aarshjul_it_two_nodes";

  /** Duplicates: each query lists the rows that exist more than once. */
  static final Map<String, String> DUPLICATE_QUERIES = duplicateQueries();

  @Test
  void shouldRunEveryJobOnceWhenTwoNodesShareOneDatabase() throws IOException {
    Instant begin = Instant.now();
    Map<String, Long> counts;
    Map<String, Integer> duplicates = new LinkedHashMap<>();
    Map<String, Long> jobsPerNode = new LinkedHashMap<>();
    Duration yearTime;
    CycleDriver driver;
    AppNode a;
    AppNode b;
    try (ItDatabase db = ItDatabase.fresh(DATABASE)) {
      // Given two nodes on one database (started one after the other: the first creates schema and
      // demo data)
      a = new AppNode("two-node-a", db.url(), nodeArgs("node-a"));
      b = new AppNode("two-node-b", db.url(), nodeArgs("node-b"));
      try (a;
          b) {
        a.start();
        db.addUnits(UNITS - db.activeUnits());
        b.start();

        // When a whole year runs with the open tasks dealt out alternately to the two nodes and
        // completed by four
        // people at once (two per node)
        driver = new CycleDriver(YEAR, List.of(a.baseUrl(), b.baseUrl(), a.baseUrl(), b.baseUrl()));
        Instant start = Instant.now();
        driver.runYear();
        yearTime = Duration.between(start, Instant.now());
        counts = db.snapshot(YEAR);
        DUPLICATE_QUERIES.forEach((label, sql) -> duplicates.put(label, db.rows(sql).size()));
        db.jdbc()
            .query(
                "select coalesce(hostname_, '?'), count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ "
                    + "order by 1",
                rs -> {
                  jobsPerNode.put(rs.getString(1), rs.getLong(2));
                });
      }
    }
    Map<String, Map<String, Long>> optimisticLocking = new LinkedHashMap<>();
    for (AppNode node : List.of(a, b)) {
      optimisticLocking.put(node.name(), optimisticLockingExceptions(node.logFile()));
    }

    String report =
        report(
            counts,
            duplicates,
            jobsPerNode,
            optimisticLocking,
            driver,
            a,
            b,
            yearTime,
            Duration.between(begin, Instant.now()));
    System.out.println(report);
    Files.writeString(
        Path.of("target", "it-logs", "two-node-report.txt"), report, StandardCharsets.UTF_8);

    // Then no row exists twice and no job ran twice
    assertThat(duplicates)
        .as("rows that exist more than once")
        .allSatisfy((label, rows) -> assertThat(rows).as(label).isZero());
    // And the year is whole, without incidents, on both nodes' job executors
    assertThat(counts)
        .containsEntry("development_contract status: APPROVED", (long) UNITS)
        .containsEntry("goal", 2L * UNITS)
        .containsEntry("follow_up_report round/status: 1 APPROVED", (long) UNITS)
        .containsEntry("follow_up_report round/status: 2 APPROVED", (long) UNITS)
        .containsEntry("act_hi_procinst key/state: development-contract COMPLETED", (long) UNITS)
        .containsEntry("act_hi_procinst key/state: follow-up COMPLETED", 2L * UNITS)
        .containsEntry("act_hi_procinst key/state: skanderborg-annual-cycle COMPLETED", 1L)
        .containsEntry("year_end_report concluded", 1L)
        .containsEntry("act_ru_incident", 0L)
        .containsEntry("act_hi_incident", 0L)
        .containsEntry(ItDatabase.JOBS_LEFT, 0L)
        // the yearly start timer stays suspended on both nodes unless a municipality turns it on
        .containsEntry("act_ru_job yearly timer: suspended", 1L)
        .containsEntry("act_ru_task", 0L);
    assertThat(jobsPerNode).as("successful jobs per node").containsKeys("node-a", "node-b");
  }

  /**
   * Debug logging of job execution and command contexts shows every optimistic locking conflict.
   */
  private static List<String> nodeArgs(String hostname) {
    return List.of(
        "--logging.level.org.camunda.bpm.engine.jobexecutor=DEBUG",
        "--logging.level.org.camunda.bpm.engine.context=DEBUG",
        // the engine's host name is written to the job log: which node ran a job
        "--camunda.bpm.generic-properties.properties.hostname=" + hostname);
  }

  /**
   * Transactions that ended in an OptimisticLockingException, by where they ran: the command
   * context logs each one once at DEBUG ("ENGINE-16002 Exception while closing command context:
   * ENGINE-03005 ... updated by another transaction concurrently"); job executor threads are named
   * camundaTaskExecutor-n, REST requests http-nio-…-exec-n.
   */
  static Map<String, Long> optimisticLockingExceptions(Path log) throws IOException {
    Pattern event =
        Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T.* \\[([^\\]]*)\\] org\\.camunda\\.bpm\\.engine\\.context\\s+: "
                + "ENGINE-16002 .*(ENGINE-03005|OptimisticLockingException).*");
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("jobs", 0L);
    counts.put("REST", 0L);
    counts.put("other", 0L);
    try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
      lines
          .map(event::matcher)
          .filter(java.util.regex.Matcher::matches)
          .forEach(
              match -> {
                String thread = match.group(1).strip();
                String where =
                    thread.contains("TaskExecutor")
                        ? "jobs"
                        : thread.contains("exec-") ? "REST" : "other";
                counts.merge(where, 1L, Long::sum);
              });
    }
    return counts;
  }

  private static Map<String, String> duplicateQueries() {
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put(
        "development_contract per (unit, year)",
        "select unit_id, period_id from development_contract group by unit_id, period_id having count(*) > 1");
    queries.put(
        "goal per (contract, position)",
        "select contract_id, position from goal group by contract_id, position having count(*) > 1");
    queries.put(
        "contract_version per (contract, version)",
        "select contract_id, version_number from contract_version group by contract_id, version_number having count(*) > 1");
    queries.put(
        "contract_version APPROVED per contract",
        "select contract_id from contract_version where reason = 'APPROVED' group by contract_id having count(*) > 1");
    queries.put(
        "contract_review approving per contract",
        "select contract_id from contract_review where approved group by contract_id having count(*) > 1");
    queries.put(
        "stakeholder_comment per (contract, body)",
        "select contract_id, body from stakeholder_comment group by contract_id, body having count(*) > 1");
    queries.put(
        "theme_meeting per year",
        "select period_id from theme_meeting group by period_id having count(*) > 1");
    queries.put(
        "goal_overview per year",
        "select period_id from goal_overview group by period_id having count(*) > 1");
    queries.put(
        "dialogue_meeting per (year, title)",
        "select period_id, title from dialogue_meeting group by period_id, title having count(*) > 1");
    queries.put(
        "dialogue_participant per contract",
        "select contract_id from dialogue_participant group by contract_id having count(*) > 1");
    queries.put(
        "dialogue_agreement per (meeting, contract)",
        "select meeting_id, contract_id from dialogue_agreement group by meeting_id, contract_id having count(*) > 1");
    queries.put(
        "follow_up_report per (contract, round)",
        "select contract_id, round_number from follow_up_report group by contract_id, round_number having count(*) > 1");
    queries.put(
        "goal_status per (report, goal)",
        "select report_id, goal_id from goal_status group by report_id, goal_id having count(*) > 1");
    queries.put(
        "status_rollup per (year, round, scope)",
        "select period_id, round_number, scope_key from status_rollup group by period_id, round_number, scope_key having count(*) > 1");
    queries.put(
        "year_end_report per year",
        "select period_id from year_end_report group by period_id having count(*) > 1");
    queries.put(
        "process instances per (process, business key)",
        "select proc_def_key_, business_key_ from act_hi_procinst where proc_def_key_ in ('development-contract', 'follow-up', "
            + "'contract-dialogue', 'theme-meeting', 'directorate-tracks', 'skanderborg-annual-cycle') "
            + "group by proc_def_key_, business_key_ having count(*) > 1");
    // the history cleanup is one recurring job that runs many times in its nightly window (22-05)
    // by design
    queries.put(
        "successful runs per job (act_hi_job_log)",
        "select job_id_ from act_hi_job_log where job_state_ = 2 and job_def_type_ <> 'history-cleanup' "
            + "group by job_id_ having count(*) > 1");
    queries.put(
        "completed user tasks per (process instance, activity instance)",
        "select proc_inst_id_, act_inst_id_ from act_hi_taskinst where delete_reason_ = 'completed' "
            + "group by proc_inst_id_, act_inst_id_ having count(*) > 1");
    return queries;
  }

  private static String report(
      Map<String, Long> counts,
      Map<String, Integer> duplicates,
      Map<String, Long> jobsPerNode,
      Map<String, Map<String, Long>> optimisticLocking,
      CycleDriver driver,
      AppNode a,
      AppNode b,
      Duration yearTime,
      Duration total) {
    StringBuilder text = new StringBuilder();
    text.append("\n=== TwoNodeIT: år ")
        .append(YEAR)
        .append(", ")
        .append(UNITS)
        .append(" enheder, to JVM'er på én database ===\n");
    text.append(
        String.format(
            "Opstart: %s %.1f s, %s %.1f s; året: %.1f s; hele testen: %.1f s%n",
            a.name(),
            a.lastStartup().toMillis() / 1000.0,
            b.name(),
            b.lastStartup().toMillis() / 1000.0,
            yearTime.toMillis() / 1000.0,
            total.toMillis() / 1000.0));
    text.append("Udførte opgaver: ").append(driver.completedTasks()).append('\n');
    text.append("REST-kald: ")
        .append(driver.restCalls())
        .append("; opgaver afvist med OptimisticLockingException og gentaget: ")
        .append(driver.optimisticLockingRetries())
        .append('\n');
    text.append("Vellykkede jobs pr. node (act_hi_job_log): ").append(jobsPerNode).append('\n');
    long conflicts =
        optimisticLocking.values().stream()
            .flatMap(m -> m.values().stream())
            .mapToLong(Long::longValue)
            .sum();
    text.append(
            "OptimisticLockingException i nodernes logge (transaktioner, gentaget af job executor/driver): ")
        .append(conflicts)
        .append(' ')
        .append(optimisticLocking)
        .append('\n');
    text.append("Mislykkede jobforsøg i act_hi_job_log: ")
        .append(counts.get(ItDatabase.NOT_COMPARED + "act_hi_job_log failures"))
        .append('\n');
    text.append("\nDubletter (rækker der findes mere end én gang):\n");
    duplicates.forEach((label, rows) -> text.append(String.format("  %-70s %d%n", label, rows)));
    text.append("\nOptællinger:\n");
    counts.forEach((label, count) -> text.append(String.format("  %-70s %8d%n", label, count)));
    return text.toString();
  }
}
