package dk.aarshjul.reporting;

import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.followup.FollowUpReport;
import dk.aarshjul.followup.FollowUpReportRepository;
import dk.aarshjul.followup.FollowUpStatus;
import dk.aarshjul.followup.FollowUpVariables;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.DanishText;
import dk.aarshjul.process.InvalidSubmissionException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end report (årsrapport) for directorate and council: traffic-light counts of the last
 * round and their development per round, per area and for the municipality, and each unit's goals
 * with colour and documented effect. Read by the next year's theme meeting through {@link
 * #reportFor(int)}.
 */
@Service
@Transactional
public class YearEndReportService {

  static final int CONCLUSION_LENGTH = ReportFields.DIRECTORATE_CONCLUSION.maxLength();

  private final YearEndReportRepository yearEndReports;
  private final FollowUpReportRepository reports;
  private final RollUpService rollUps;
  private final StatusRollupRepository storedRollups;
  private final Periods years;

  public YearEndReportService(
      YearEndReportRepository yearEndReports,
      FollowUpReportRepository reports,
      RollUpService rollUps,
      StatusRollupRepository storedRollups,
      Periods years) {
    this.yearEndReports = yearEndReports;
    this.reports = reports;
    this.rollUps = rollUps;
    this.storedRollups = storedRollups;
    this.years = years;
  }

  /**
   * The year's report (markdown) followed by the directorate's conclusion when it has concluded;
   * empty when no report was compiled for the year.
   */
  @Transactional(readOnly = true)
  public Optional<String> reportFor(int year) {
    return stored(year).map(report -> MarkdownReports.yearEndWithConclusion(data(year, report)));
  }

  /** The stored report of the year, if compiled. */
  @Transactional(readOnly = true)
  public Optional<YearEndReport> stored(int year) {
    return years
        .findBudgetYear(year)
        .flatMap(cycleYear -> yearEndReports.findByYearId(cycleYear.getId()));
  }

  /**
   * Compiles the report: records when, and returns it as data (queried from the follow-ups, never
   * stored as text).
   */
  public YearEndReportData compile(int year) {
    Period cycleYear = cycleYear(year);
    YearEndReport report =
        yearEndReports
            .findByYearId(cycleYear.getId())
            .orElseGet(() -> new YearEndReport(cycleYear));
    report.compiled();
    yearEndReports.save(report);
    return data(year, report);
  }

  /** The year's report as data, as compiled (its date) and concluded. */
  @Transactional(readOnly = true)
  public YearEndReportData data(int year) {
    return data(
        year,
        stored(year)
            .orElseThrow(
                () ->
                    new IllegalStateException("Årsrapporten for " + year + " er ikke udarbejdet")));
  }

  /**
   * What the "Behandl årsrapport" form shows; compiles the report first if that has not happened.
   */
  public YearEndView forTask(int year) {
    Period cycleYear = cycleYear(year);
    Optional<YearEndReport> stored = yearEndReports.findByYearId(cycleYear.getId());
    YearEndReportData data =
        stored.map(report -> data(year, report)).orElseGet(() -> compile(year));
    List<String> parts =
        DanishText.split(
            MarkdownReports.yearEnd(data),
            FollowUpVariables.YEAR_END_REPORT_PARTS,
            "Rapporten er forkortet her; hele rapporten er gemt og bruges på næste års temamøde.");
    return new YearEndView(
        "### Årsrapport " + year + " – behandling i direktionen",
        parts,
        stored.map(YearEndReport::getConclusion).orElse(null));
  }

  /** Stores the directorate's conclusion on the year's report. */
  public void recordConclusion(int year, Object conclusionValue, String actor) {
    Period cycleYear = cycleYear(year);
    YearEndReport report =
        yearEndReports
            .findByYearId(cycleYear.getId())
            .orElseThrow(
                () ->
                    new IllegalStateException("Årsrapporten for " + year + " er ikke udarbejdet"));
    if (conclusionValue != null && !(conclusionValue instanceof String)) {
      throw new InvalidSubmissionException(
          FollowUpVariables.DIRECTORATE_CONCLUSION, "Konklusionen skal være tekst.");
    }
    String conclusion = conclusionValue == null ? "" : ((String) conclusionValue).strip();
    if (conclusion.isEmpty()) {
      throw new InvalidSubmissionException(
          FollowUpVariables.DIRECTORATE_CONCLUSION,
          "Skriv direktionens konklusion på årsrapporten.");
    }
    if (conclusion.length() > CONCLUSION_LENGTH) {
      throw new InvalidSubmissionException(
          FollowUpVariables.DIRECTORATE_CONCLUSION,
          "Konklusionen må højst være " + CONCLUSION_LENGTH + " tegn.");
    }
    report.conclude(conclusion, actor);
  }

  // ---- the data
  // ----------------------------------------------------------------------------------------

  private YearEndReportData data(int year, YearEndReport report) {
    List<DevelopmentContract> contracts = rollUps.approvedContracts(year);
    List<FollowUpReport> yearReports = reports.findByYear(year);
    TreeSet<Integer> rounds = new TreeSet<>();
    yearReports.forEach(followUp -> rounds.add(followUp.getRoundNumber()));
    // a round that was rolled up without any report (e.g. no approved contracts yet) still shows
    years
        .findBudgetYear(year)
        .ifPresent(
            cycleYear ->
                storedRollups
                    .findByYearId(cycleYear.getId())
                    .forEach(rollup -> rounds.add(rollup.getRoundNumber())));
    List<RollUpService.RoundCounts> perRound = new ArrayList<>();
    for (int round : rounds) {
      perRound.add(RollUpService.count(contracts, yearReports, round));
    }
    List<YearEndReportData.RoundCounts> municipality =
        perRound.stream()
            .map(round -> new YearEndReportData.RoundCounts(round.round(), round.municipality()))
            .toList();

    List<Area> areas =
        contracts.stream()
            .map(contract -> contract.getUnit().getArea())
            .filter(distinctById())
            .sorted(
                Comparator.comparing(
                    Area::getName, Collator.getInstance(Locale.forLanguageTag("da-DK"))))
            .toList();
    List<YearEndReportData.AreaReport> areaReports = new ArrayList<>();
    for (Area area : areas) {
      List<YearEndReportData.RoundCounts> counts =
          perRound.stream()
              .map(
                  round ->
                      new YearEndReportData.RoundCounts(
                          round.round(),
                          round.perArea().entrySet().stream()
                              .filter(entry -> entry.getKey().getId().equals(area.getId()))
                              .map(Map.Entry::getValue)
                              .findFirst()
                              .orElse(StatusCounts.NONE)))
              .toList();
      List<YearEndReportData.UnitReport> units =
          contracts.stream()
              .filter(contract -> contract.getUnit().getArea().getId().equals(area.getId()))
              .map(contract -> unit(contract, yearReports))
              .toList();
      areaReports.add(new YearEndReportData.AreaReport(area.getName(), counts, units));
    }
    return new YearEndReportData(
        year,
        contracts.size(),
        report.getCompiledAt(),
        municipality,
        areaReports,
        report.getConclusion());
  }

  private static YearEndReportData.UnitReport unit(
      DevelopmentContract contract, List<FollowUpReport> yearReports) {
    Optional<FollowUpReport> latest =
        yearReports.stream()
            .filter(report -> report.getContract().getId().equals(contract.getId()))
            .filter(report -> report.getStatus() == FollowUpStatus.APPROVED)
            .max(Comparator.comparingInt(FollowUpReport::getRoundNumber));
    if (latest.isEmpty()) {
      return new YearEndReportData.UnitReport(contract.getUnit().getName(), null, List.of());
    }
    List<YearEndReportData.GoalLine> goals =
        latest.get().getGoalStatuses().stream()
            .map(
                status ->
                    new YearEndReportData.GoalLine(
                        status.getColour(),
                        status.getGoal().getTitle(),
                        status.getActualValue(),
                        status.getGoal().getTarget(),
                        status.getEffect()))
            .toList();
    return new YearEndReportData.UnitReport(
        contract.getUnit().getName(), latest.get().getRoundNumber(), goals);
  }

  private static Predicate<Area> distinctById() {
    Set<Long> seen = new HashSet<>();
    return area -> seen.add(area.getId());
  }

  private Period cycleYear(int year) {
    return years
        .findBudgetYear(year)
        .orElseThrow(() -> new IllegalStateException("Året " + year + " findes ikke i årshjulet"));
  }

  /**
   * What the "Behandl årsrapport" form shows: a title, the report in parts of at most 4,000
   * characters.
   */
  public record YearEndView(String title, List<String> reportParts, String conclusion) {}
}
