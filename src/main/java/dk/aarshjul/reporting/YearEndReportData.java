package dk.aarshjul.reporting;

import dk.aarshjul.followup.TrafficLight;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The year-end report (årsrapport) as data: the red/yellow/green roll-up of every follow-up round
 * for the municipality and per area, and per unit the goals of its latest approved follow-up with
 * their documented effect.
 */
record YearEndReportData(
    int year,
    int contracts,
    Instant compiledAt,
    List<RoundCounts> municipality,
    List<AreaReport> areas,
    String conclusion) {

  /** A scope's counts in one round. */
  public record RoundCounts(int round, StatusCounts counts) {}

  public record AreaReport(String name, List<RoundCounts> rounds, List<UnitReport> units) {}

  /** A unit and its latest approved follow-up round (none: no approved follow-up this year). */
  public record UnitReport(String name, Integer latestRound, List<GoalLine> goals) {}

  /**
   * A goal's status: colour, the value reported, the contract's target and the effect for citizens.
   */
  public record GoalLine(
      TrafficLight colour, String title, BigDecimal actual, String target, String effect) {}
}
