package dk.aarshjul.reporting;

import dk.aarshjul.followup.FollowUpReportRepository;
import dk.aarshjul.followup.GoalStatus;
import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest approved results of units' goals before a year – status (red / yellow / green: not met
 * / partly met / met), documented effect and citizen satisfaction – as the committee's material and
 * the dialogue meetings show them ("opfølgning på foregående års mål og effekt"). Queried, never
 * stored.
 */
@Service
@Transactional(readOnly = true)
public class GoalResults {

  private final FollowUpReportRepository reports;

  public GoalResults(FollowUpReportRepository reports) {
    this.reports = reports;
  }

  /**
   * The year a follow-up was held in: a term's follow-ups are yearly (round n in its year n), a
   * budget year's are in that year.
   */
  static int heldIn(dk.aarshjul.followup.FollowUpReport report) {
    Period period = report.getContract().getYear();
    return period.getKind() == PeriodKind.ELECTION_TERM
        ? period.getFirstYear() + report.getRoundNumber() - 1
        : period.getFirstYear();
  }

  /**
   * For each unit (by id) that has any, the results of its latest approved follow-up held in a year
   * before {@code year}, in goal order.
   */
  public Map<Long, UnitResults> latestBefore(int year, Collection<Long> unitIds) {
    Map<Long, UnitResults> latest = new LinkedHashMap<>();
    if (unitIds.isEmpty()) {
      return latest;
    }
    for (GoalStatus status : reports.findApprovedStatusesOfUnitsBefore(unitIds, year)) {
      int round = status.getReport().getRoundNumber();
      int heldIn = heldIn(status.getReport());
      if (heldIn >= year) {
        continue;
      }
      Long unitId = status.getReport().getContract().getUnit().getId();
      UnitResults results = latest.get(unitId);
      if (results == null) {
        results =
            new UnitResults(
                status.getReport().getContract().getUnit().getName(),
                status.getReport().getId(),
                heldIn,
                round,
                new ArrayList<>());
        latest.put(unitId, results);
      }
      if (!results.reportId().equals(status.getReport().getId())) {
        continue; // an older report of the same unit
      }
      results
          .goals()
          .add(
              new GoalResult(
                  status.getGoal().getTitle(),
                  status.getColour(),
                  status.getEffect(),
                  status.getSatisfactionResult()));
    }
    return latest;
  }

  /** A unit's results of one follow-up. */
  public record UnitResults(
      String unit, Long reportId, int year, int round, List<GoalResult> goals) {}

  /** One goal's result. */
  public record GoalResult(
      String goal, TrafficLight colour, String effect, String satisfactionResult) {}
}
