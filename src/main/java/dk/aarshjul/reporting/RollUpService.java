package dk.aarshjul.reporting;

import dk.aarshjul.contract.ContractRepository;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.followup.FollowUpReport;
import dk.aarshjul.followup.FollowUpReportRepository;
import dk.aarshjul.followup.FollowUpScope;
import dk.aarshjul.followup.FollowUpStatus;
import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.UnitRepository;
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
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which contracts are followed up, and the red/yellow/green counts of a round per area and
 * municipality.
 */
@Service
@Transactional
public class RollUpService {

  private final FollowUpReportRepository reports;
  private final FollowUpScope scope;
  private final StatusRollupRepository rollups;
  private final Periods years;
  private final UnitRepository units;
  private final ContractRepository contracts;

  public RollUpService(
      FollowUpReportRepository reports,
      FollowUpScope scope,
      StatusRollupRepository rollups,
      Periods years,
      UnitRepository units,
      ContractRepository contracts) {
    this.units = units;
    this.contracts = contracts;
    this.reports = reports;
    this.scope = scope;
    this.rollups = rollups;
    this.years = years;
  }

  /** The year's approved contracts ordered by unit name (Danish alphabet: Æ, Ø, Å last). */
  @Transactional(readOnly = true)
  public List<DevelopmentContract> approvedContracts(int year) {
    return scope.approvedContracts(year);
  }

  /**
   * Counts the round and stores it per area and for the municipality; running it again updates the
   * rows.
   */
  public List<StatusRollup> rollUp(int year, int round) {
    Period cycleYear =
        years
            .findBudgetYear(year)
            .orElseThrow(
                () -> new IllegalStateException("Året " + year + " findes ikke i årshjulet"));
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
    return years
        .findBudgetYear(year)
        .map(
            cycleYear ->
                rollups.findByYearIdAndRoundNumberOrderByScopeKey(cycleYear.getId(), round))
        .orElse(List.of());
  }

  private StatusRollup store(Period year, int round, Area area, StatusCounts counts) {
    StatusRollup rollup =
        rollups
            .findByYearIdAndRoundNumberAndScopeKey(year.getId(), round, StatusRollup.keyOf(area))
            .orElseGet(() -> new StatusRollup(year, round, area));
    rollup.update(counts);
    return rollups.save(rollup);
  }

  /**
   * Counts the goal colours of the approved reports of a round; a contract without an approved
   * report for the round counts as a missing report. Areas are ordered by name (Danish alphabet).
   */
  static RoundCounts count(
      List<DevelopmentContract> contracts, List<FollowUpReport> yearReports, int round) {
    Map<Long, FollowUpReport> byContract = new HashMap<>();
    for (FollowUpReport report : yearReports) {
      if (report.getRoundNumber() == round) {
        byContract.put(report.getContract().getId(), report);
      }
    }
    Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    Map<Long, Area> areas = new HashMap<>();
    Map<Long, StatusCounts> perAreaId = new HashMap<>();
    Map<Long, StatusCounts> perContract = new HashMap<>();
    StatusCounts municipality = StatusCounts.NONE;
    for (DevelopmentContract contract : contracts) {
      Area area = contract.getUnit().getArea();
      FollowUpReport report = byContract.get(contract.getId());
      StatusCounts counts =
          report != null && report.getStatus() == FollowUpStatus.APPROVED
              ? colours(report)
              : new StatusCounts(0, 0, 0, 0, 1);
      areas.putIfAbsent(area.getId(), area);
      perContract.put(contract.getId(), counts);
      perAreaId.merge(area.getId(), counts, StatusCounts::plus);
      municipality = municipality.plus(counts);
    }
    Map<Area, StatusCounts> perArea = new LinkedHashMap<>();
    areas.values().stream()
        .sorted(Comparator.comparing(Area::getName, danish))
        .forEach(area -> perArea.put(area, perAreaId.get(area.getId())));
    return new RoundCounts(round, municipality, perArea, perContract);
  }

  private static StatusCounts colours(FollowUpReport report) {
    int red = 0;
    int yellow = 0;
    int green = 0;
    for (TrafficLight colour : report.colours()) {
      switch (colour) {
        case ROED -> red++;
        case GUL -> yellow++;
        case GROEN -> green++;
      }
    }
    return new StatusCounts(red, yellow, green, 1, 0);
  }

  /**
   * A round's red/yellow/green counts in every scope: the municipality, each area, each committee
   * and each unit (a unit without an approved report for the round counts as a missing report).
   * Queried, not stored.
   */
  @Transactional(readOnly = true)
  public RollUp rollUpOf(int year, int round) {
    List<DevelopmentContract> contracts = approvedContracts(year);
    RoundCounts counts = count(contracts, reports.findByYear(year), round);
    Map<Long, String[]> committeeOfUnit = new HashMap<>();
    units
        .committeesOfUnits()
        .forEach(
            row ->
                committeeOfUnit.put(
                    (Long) row[0], new String[] {String.valueOf(row[1]), (String) row[2]}));
    Map<String, StatusCounts> perCommittee =
        new java.util.TreeMap<>(Collator.getInstance(Locale.forLanguageTag("da-DK")));
    Map<String, StatusCounts> perUnit = new LinkedHashMap<>();
    for (DevelopmentContract contract : contracts) {
      StatusCounts unitCounts =
          counts.perContract().getOrDefault(contract.getId(), StatusCounts.NONE);
      perUnit.put(contract.getUnit().getName(), unitCounts);
      String[] committee = committeeOfUnit.get(contract.getUnit().getId());
      perCommittee.merge(
          committee == null ? "(intet udvalg)" : committee[1], unitCounts, StatusCounts::plus);
    }
    Map<String, StatusCounts> perArea = new LinkedHashMap<>();
    counts.perArea().forEach((area, areaCounts) -> perArea.put(area.getName(), areaCounts));
    return new RollUp(year, round, counts.municipality(), perArea, perCommittee, perUnit);
  }

  /**
   * A committee's roll-up of one year of a term (Hvidovre's yearly follow-up): its approved term
   * agreements' red/yellow/green counts, in total and per institution (a missing or unapproved
   * report counts as missing). Queried, not stored.
   */
  @Transactional(readOnly = true)
  public CommitteeYear committeeYear(long periodId, int year, String committeeCode) {
    Period period = years.get(periodId);
    int round = period.yearNumber(year);
    StatusCounts total = StatusCounts.NONE;
    Map<String, StatusCounts> perUnit = new LinkedHashMap<>();
    String committee = committeeCode;
    for (Long contractId : contracts.findApprovedIdsOfCommittee(periodId, committeeCode)) {
      Optional<FollowUpReport> report = reports.findByContractIdAndRoundNumber(contractId, round);
      StatusCounts counts =
          report.filter(r -> r.getStatus() == FollowUpStatus.APPROVED).isPresent()
              ? colours(report.get())
              : new StatusCounts(0, 0, 0, 0, 1);
      DevelopmentContract contract =
          report
              .map(FollowUpReport::getContract)
              .orElseGet(() -> contracts.findById(contractId).orElseThrow());
      committee = contract.getUnit().getCommittee().getName();
      perUnit.put(contract.getUnit().getName(), counts);
      total = total.plus(counts);
    }
    return new CommitteeYear(committee, year, total, perUnit);
  }

  /** A committee's counts of one year of a term, per institution by name. */
  public record CommitteeYear(
      String committee, int year, StatusCounts total, Map<String, StatusCounts> perUnit) {

    /** The roll-up as markdown for the committee's task. */
    public String markdown() {
      StringBuilder text =
          new StringBuilder("#### Status i ")
              .append(dk.aarshjul.process.PlainText.markdown(committee))
              .append(' ')
              .append(year)
              .append("\n\n**I alt:** ")
              .append(total.display())
              .append("\n\n");
      perUnit.forEach(
          (unit, counts) ->
              text.append("- ")
                  .append(dk.aarshjul.process.PlainText.markdown(unit))
                  .append(": ")
                  .append(counts.display())
                  .append('\n'));
      return text.toString();
    }
  }

  /**
   * A round's counts per scope, each map in Danish alphabetical order of its names (units by name).
   */
  public record RollUp(
      int year,
      int round,
      StatusCounts municipality,
      Map<String, StatusCounts> perArea,
      Map<String, StatusCounts> perCommittee,
      Map<String, StatusCounts> perUnit) {}

  /** The counts of one round (per contract too: a unit's own roll-up). */
  record RoundCounts(
      int round,
      StatusCounts municipality,
      Map<Area, StatusCounts> perArea,
      Map<Long, StatusCounts> perContract) {}
}
