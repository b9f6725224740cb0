package dk.aarshjul.followup;

import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which contracts are followed up, and the red/yellow/green counts of a round per area and municipality. */
@Service
@Transactional
public class RollUpService {

  private final FollowUpReportRepository reports;
  private final StatusRollupRepository rollups;
  private final Periods years;

  public RollUpService(FollowUpReportRepository reports, StatusRollupRepository rollups, Periods years) {
    this.reports = reports;
    this.rollups = rollups;
    this.years = years;
  }

  /** The year's approved contracts ordered by unit name (Danish alphabet: Æ, Ø, Å last). */
  @Transactional(readOnly = true)
  public List<DevelopmentContract> approvedContracts(int year) {
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    return reports.findApprovedContracts(year).stream()
        .sorted(Comparator.<DevelopmentContract, String>comparing(contract -> contract.getUnit().getName(), danish)
            .thenComparing(DevelopmentContract::getId))
        .toList();
  }

  /** Counts the round and stores it per area and for the municipality; running it again updates the rows. */
  public List<StatusRollup> rollUp(int year, int round) {
    Period cycleYear = years.findBudgetYear(year)
        .orElseThrow(() -> new IllegalStateException("Året " + year + " findes ikke i årshjulet"));
    RoundCounts counts = count(approvedContracts(year), reports.findByYear(year), round);
    List<StatusRollup> stored = new ArrayList<>();
    for (Map.Entry<Area, StatusCounts> area : counts.perArea().entrySet()) {
      stored.add(store(cycleYear, round, area.getKey(), area.getValue()));
    }
    stored.add(store(cycleYear, round, null, counts.municipality()));
    return stored;
  }

  @Transactional(readOnly = true)
  public List<StatusRollup> storedRollUp(int year, int round) {
    return years.findBudgetYear(year)
        .map(cycleYear -> rollups.findByYearIdAndRoundNumberOrderByScopeKey(cycleYear.getId(), round))
        .orElse(List.of());
  }

  private StatusRollup store(Period year, int round, Area area, StatusCounts counts) {
    StatusRollup rollup = rollups.findByYearIdAndRoundNumberAndScopeKey(year.getId(), round, StatusRollup.keyOf(area))
        .orElseGet(() -> new StatusRollup(year, round, area));
    rollup.update(counts);
    return rollups.save(rollup);
  }

  /**
   * Counts the goal colours of the approved reports of a round; a contract without an approved report for the
   * round counts as a missing report. Areas are ordered by name (Danish alphabet).
   */
  static RoundCounts count(List<DevelopmentContract> contracts, List<FollowUpReport> yearReports, int round) {
    Map<Long, FollowUpReport> byContract = new HashMap<>();
    for (FollowUpReport report : yearReports) {
      if (report.getRoundNumber() == round) {
        byContract.put(report.getContract().getId(), report);
      }
    }
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    Map<Long, Area> areas = new HashMap<>();
    Map<Long, StatusCounts> perAreaId = new HashMap<>();
    StatusCounts municipality = StatusCounts.NONE;
    for (DevelopmentContract contract : contracts) {
      Area area = contract.getUnit().getArea();
      FollowUpReport report = byContract.get(contract.getId());
      StatusCounts counts = report != null && report.getStatus() == FollowUpStatus.APPROVED
          ? colours(report)
          : new StatusCounts(0, 0, 0, 0, 1);
      areas.putIfAbsent(area.getId(), area);
      perAreaId.merge(area.getId(), counts, StatusCounts::plus);
      municipality = municipality.plus(counts);
    }
    Map<Area, StatusCounts> perArea = new LinkedHashMap<>();
    areas.values().stream().sorted(Comparator.comparing(Area::getName, danish))
        .forEach(area -> perArea.put(area, perAreaId.get(area.getId())));
    return new RoundCounts(round, municipality, perArea);
  }

  private static StatusCounts colours(FollowUpReport report) {
    int red = 0;
    int yellow = 0;
    int green = 0;
    for (GoalStatus status : report.getGoalStatuses()) {
      switch (status.getColour()) {
        case ROED -> red++;
        case GUL -> yellow++;
        case GROEN -> green++;
      }
    }
    return new StatusCounts(red, yellow, green, 1, 0);
  }

  /** The counts of one round. */
  record RoundCounts(int round, StatusCounts municipality, Map<Area, StatusCounts> perArea) {}
}
