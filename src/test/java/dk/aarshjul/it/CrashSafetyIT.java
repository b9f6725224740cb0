package dk.aarshjul.it;

import static dk.aarshjul.it.KillPlan.Point.afterTask;
import static dk.aarshjul.it.KillPlan.Point.afterTaskWhen;
import static dk.aarshjul.it.KillPlan.Point.inFlight;
import static dk.aarshjul.it.KillPlan.Point.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of a whole year on PostgreSQL: the packaged application runs as its own JVM (job
 * executor on) and a year for {@value #UNITS} units is driven through engine-rest twice on two
 * fresh databases – once undisturbed (baseline) and once with the JVM killed (SIGKILL) at {@code
 * KILL_POINTS} points and restarted each time, the driver continuing from whatever had committed.
 * Both years must end with the same rows everywhere: contracts by status, goals, versions,
 * dialogues, follow-up reports, goal statuses, roll-ups, the year-end report, and the engine's
 * history of process instances, tasks and activities; no incident and no job left.
 *
 * <p>The nodes get a job lock time of 10 s instead of Camunda's 5 minutes, so jobs the killed JVM
 * had locked are taken up again after 10 s (see the report); otherwise they run as in production.
 */
class CrashSafetyIT {

  static final int YEAR = 2031;

  /** Demo units (8) plus extra ones. */
  static final int UNITS = 24;

  static final List<String> NODE_ARGS =
      List.of(
          "--camunda.bpm.job-execution.lock-time-in-millis=10000",
          "--camunda.bpm.job-execution.max-wait=2000");

  @Test
  void shouldCompleteTheYearWithEverythingIntactWhenTheJvmIsKilledAtManyPoints()
      throws IOException {
    Instant begin = Instant.now();
    // Given a baseline year without kills
    Map<String, Long> baseline;
    Map<String, String> baselineContent;
    Duration baselineTime;
    try (ItDatabase db = ItDatabase.fresh("aarshjul_it_crash_base");
        AppNode node = new AppNode("crash-base", db.url(), NODE_ARGS)) {
      node.start();
      db.addUnits(UNITS - db.activeUnits());
      Instant start = Instant.now();
      new CycleDriver(YEAR, List.of(node.baseUrl())).runYear();
      baselineTime = Duration.between(start, Instant.now());
      baseline = db.snapshot(YEAR);
      baselineContent = db.contentDigests(YEAR);
    }

    // When the same year runs with the JVM killed at every point and restarted
    Map<String, Long> killed;
    Map<String, String> killedContent;
    List<KillPlan.Fired> fired;
    List<KillPlan.Point> notFired;
    Duration killTime;
    try (ItDatabase db = ItDatabase.fresh("aarshjul_it_crash_kill");
        AppNode node = new AppNode("crash-kill", db.url(), NODE_ARGS)) {
      node.start();
      db.addUnits(UNITS - db.activeUnits());
      CycleDriver driver = new CycleDriver(YEAR, List.of(node.baseUrl()));
      Instant start = Instant.now();
      try (KillPlan plan = new KillPlan(node, db, YEAR, UNITS, killPoints()).driving(driver)) {
        boolean done = false;
        while (!done) {
          try {
            driver.runYear();
            done = true;
          } catch (CycleDriver.NodeUnavailableException e) {
            plan.recover(e);
          }
        }
        fired = List.copyOf(plan.fired());
        notFired = List.copyOf(plan.notFired());
      }
      killTime = Duration.between(start, Instant.now());
      killed = db.snapshot(YEAR);
      killedContent = db.contentDigests(YEAR);
    }

    String report =
        report(
                baseline,
                killed,
                fired,
                notFired,
                baselineTime,
                killTime,
                Duration.between(begin, Instant.now()))
            + contentReport(baselineContent, killedContent);
    System.out.println(report);
    Files.createDirectories(Path.of("target", "it-logs"));
    Files.writeString(
        Path.of("target", "it-logs", "crash-report.txt"), report, StandardCharsets.UTF_8);

    // Then every kill point was passed, and both years left exactly the same rows behind
    assertThat(fired).as("kill points fired").hasSizeGreaterThanOrEqualTo(10);
    assertThat(notFired).as("kill points never reached").isEmpty();
    assertThat(compared(killed))
        .as("counts after the year with kills")
        .isEqualTo(compared(baseline));
    assertThat(killedContent).as("content after the year with kills").isEqualTo(baselineContent);
    // And the year is whole: every contract approved with its goals, every follow-up approved,
    // nothing left running
    assertThat(baseline)
        .containsEntry("development_contract status: APPROVED", (long) UNITS)
        .containsEntry("goal", 2L * UNITS)
        .containsEntry("follow_up_report round/status: 1 APPROVED", (long) UNITS)
        .containsEntry("follow_up_report round/status: 2 APPROVED", (long) UNITS)
        .containsEntry("act_hi_procinst key/state: development-contract COMPLETED", (long) UNITS)
        .containsEntry("act_hi_procinst key/state: follow-up COMPLETED", 2L * UNITS)
        .containsEntry("act_hi_procinst key/state: skanderborg-annual-cycle COMPLETED", 1L)
        .containsEntry("year_end_report concluded", 1L)
        .containsEntry("goal_overview presented", 1L);
    for (Map<String, Long> run : List.of(baseline, killed)) {
      // nothing is left running: no task, no job (every task's deadline job ended with it), no
      // incident
      assertThat(run)
          .containsEntry("act_ru_incident", 0L)
          .containsEntry("act_hi_incident", 0L)
          .containsEntry(ItDatabase.JOBS_LEFT, 0L)
          .containsEntry("act_ru_task", 0L)
          .containsEntry("act_ru_execution", 0L);
    }
  }

  /**
   * Ten-plus points across the year, each during job execution or between/inside task completions.
   */
  static List<KillPlan.Point> killPoints() {
    String contracts =
        "select c.id from development_contract c join period y on y.id = c.period_id where y.kind = 'BUDGET_YEAR' and y.first_year = "
            + YEAR;
    String created = "select count(*) from (" + contracts + ") c";
    String approved =
        "select count(*) from development_contract where status = 'APPROVED' and id in ("
            + contracts
            + ")";
    String reports =
        "select count(*) from follow_up_report where contract_id in ("
            + contracts
            + ") and round_number = ";
    String approvedReports =
        "select count(*) from follow_up_report where status = 'APPROVED' and contract_id in ("
            + contracts
            + ") and round_number = ";
    int third = UNITS / 3;
    return List.of(
        afterTask(
            "DUS udgivet: kontrakternes multi-instance venter som job", "Task_PublishTracks", 1),
        when(
            "Midt i oprettelsen af kontraktinstanser (jobs)",
            "select (" + created + ") >= 1",
            "select (" + created + ") >= " + third),
        afterTask("Mellem udkast (8. udkast indsendt)", "Task_DraftContract", 8),
        inFlight("Under indsendelse af 14. udkast", "Task_DraftContract", 14, 40),
        afterTask("Mellem høringssvar (2. svar)", "Task_GiveStakeholderComment", 2),
        afterTask(
            "Mellem godkendelser (10.), kontrakter afsluttes af jobs", "Task_ApproveContract", 10),
        afterTaskWhen(
            "Sidste godkendelse: afslutningsjobs og sammenstilling af overblik",
            "Task_ApproveContract",
            "select (" + approved + ") = " + UNITS),
        afterTask(
            "Overblik præsenteret: dialogvinduets timer forfalden, møder sammensættes",
            "Task_PresentGoalsToCouncil",
            1),
        afterTask("Mellem dialogmøder (1. møde holdt)", "Task_HoldDialogueMeeting", 1),
        when(
            "Midt i opfølgning 1 (multi-instance, jobs)",
            "select (" + reports + "1) >= 1",
            "select (" + reports + "1) >= " + third),
        afterTask("Mellem statusrapporter (10.)", "Task_ReportGoalStatus", 10),
        inFlight("Under indsendelse af 12. gennemgang", "Task_ReviewGoalStatus", 12, 120),
        afterTaskWhen(
            "Sidste gennemgang i runde 1: afslutningsjobs, opsummering, timer for runde 2",
            "Task_ReviewGoalStatus",
            "select (" + approvedReports + "1) = " + UNITS),
        when(
            "Midt i opfølgning 2 (multi-instance, jobs)",
            "select (" + reports + "2) >= 1",
            "select (" + reports + "2) >= " + third),
        afterTaskWhen(
            "Sidste gennemgang i runde 2: opsummering og årsrapport (jobs)",
            "Task_ReviewGoalStatus",
            "select (" + approvedReports + "2) = " + UNITS),
        inFlight(
            "Under indsendelse af direktionens behandling af årsrapporten",
            "Task_ConsiderYearEndReport",
            1,
            15));
  }

  private static String contentReport(Map<String, String> baseline, Map<String, String> killed) {
    StringBuilder text =
        new StringBuilder("\nIndhold (md5 af rækkerne uden id'er og tidsstempler):\n");
    baseline.forEach(
        (table, digest) ->
            text.append(
                String.format(
                    "%-62s %s  %s%n",
                    table,
                    digest,
                    digest.equals(killed.get(table)) ? "ens" : "FORSKEL: " + killed.get(table))));
    return text.toString();
  }

  private static Map<String, Long> compared(Map<String, Long> counts) {
    Map<String, Long> compared = new LinkedHashMap<>(counts);
    compared.keySet().removeIf(key -> key.startsWith(ItDatabase.NOT_COMPARED));
    return compared;
  }

  private static String report(
      Map<String, Long> baseline,
      Map<String, Long> killed,
      List<KillPlan.Fired> fired,
      List<KillPlan.Point> notFired,
      Duration baselineTime,
      Duration killTime,
      Duration total) {
    StringBuilder text = new StringBuilder();
    text.append("\n=== CrashSafetyIT: år ")
        .append(YEAR)
        .append(", ")
        .append(UNITS)
        .append(" enheder ===\n");
    text.append(
        String.format(
            "Baseline (ingen drab): %.1f s; med drab: %.1f s; hele testen: %.1f s%n",
            baselineTime.toMillis() / 1000.0,
            killTime.toMillis() / 1000.0,
            total.toMillis() / 1000.0));
    text.append("\nSIGKILL-punkter (tilstand = hvad der var committet, da JVM'en døde):\n");
    text.append(
        String.format(
            "%-3s %-78s %7s  %-9s %s%n", "#", "punkt", "efter s", "genstart", "tilstand ved drab"));
    for (KillPlan.Fired point : fired) {
      text.append(
          String.format(
              "%-3d %-78s %7.1f  %6d ms %s%n",
              point.number(),
              point.name(),
              point.atSeconds(),
              point.restartMillis(),
              point.stateAtKill()));
    }
    for (KillPlan.Point point : notFired) {
      text.append("    IKKE NÅET: ").append(point.name()).append('\n');
    }
    text.append("\nOptællinger (baseline / med drab):\n");
    Set<String> labels = new LinkedHashSet<>(baseline.keySet());
    labels.addAll(killed.keySet());
    List<String> differing = new ArrayList<>();
    for (String label : labels) {
      Long base = baseline.getOrDefault(label, 0L);
      Long kill = killed.getOrDefault(label, 0L);
      boolean same = base.equals(kill);
      boolean compared = !label.startsWith(ItDatabase.NOT_COMPARED);
      if (!same && compared) {
        differing.add(label);
      }
      text.append(
          String.format(
              "%-72s %8d %8d  %s%n",
              label, base, kill, !compared ? "(sammenlignes ikke)" : same ? "" : "FORSKEL"));
    }
    text.append(
        differing.isEmpty()
            ? "\nAlle sammenlignede optællinger er ens.\n"
            : "\nFORSKELLE: " + differing + "\n");
    return text.toString();
  }
}
