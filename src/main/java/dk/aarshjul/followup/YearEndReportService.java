package dk.aarshjul.followup;

import dk.aarshjul.process.PlainText;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end report (årsrapport) for directorate and council: traffic-light counts of the last round and
 * their development per round, per area and for the municipality, and each unit's goals with colour and
 * documented effect. Read by the next year's theme meeting through {@link #reportFor(int)}.
 */
@Service
@Transactional
public class YearEndReportService {

  private final YearEndReportRepository yearEndReports;
  private final FollowUpReportRepository reports;
  private final RollUpService rollUps;
  private final StatusRollupRepository storedRollups;
  private final Periods years;

  public YearEndReportService(YearEndReportRepository yearEndReports, FollowUpReportRepository reports,
      RollUpService rollUps, StatusRollupRepository storedRollups, Periods years) {
    this.yearEndReports = yearEndReports;
    this.reports = reports;
    this.rollUps = rollUps;
    this.storedRollups = storedRollups;
    this.years = years;
  }

  /**
   * The year's compiled report (full text, markdown) followed by the directorate's conclusion when it has
   * concluded; empty when no report was compiled for the year.
   */
  @Transactional(readOnly = true)
  public Optional<String> reportFor(int year) {
    return years.findBudgetYear(year).flatMap(cycleYear -> yearEndReports.findByYearId(cycleYear.getId()))
        .map(report -> report.getConclusion() == null ? report.getReportText()
            : report.getReportText() + "\n\n## Direktionens konklusion\n\n"
                + PlainText.markdownBlock(report.getConclusion()));
  }

  /** The stored report of the year, if compiled. */
  @Transactional(readOnly = true)
  public Optional<YearEndReport> stored(int year) {
    return years.findBudgetYear(year).flatMap(cycleYear -> yearEndReports.findByYearId(cycleYear.getId()));
  }

  /** Compiles the report from the follow-up reports and stores it (again); returns the full text. */
  public String compile(int year) {
    Period cycleYear = cycleYear(year);
    String text = compose(year);
    YearEndReport report = yearEndReports.findByYearId(cycleYear.getId()).orElseGet(() -> new YearEndReport(cycleYear));
    report.compiled(text);
    yearEndReports.save(report);
    return text;
  }

  /** What the "Behandl årsrapport" form shows; compiles the report first if that has not happened. */
  public YearEndView forTask(int year) {
    Period cycleYear = cycleYear(year);
    Optional<YearEndReport> stored = yearEndReports.findByYearId(cycleYear.getId());
    String text = stored.map(YearEndReport::getReportText).orElseGet(() -> compile(year));
    List<String> parts = DanishText.split(text, FollowUpVariables.YEAR_END_REPORT_PARTS,
        "Rapporten er forkortet her; hele rapporten er gemt og bruges på næste års temamøde.");
    return new YearEndView("### Årsrapport " + year + " – behandling i direktionen", parts,
        stored.map(YearEndReport::getConclusion).orElse(null));
  }

  /** Stores the directorate's conclusion on the year's report. */
  public void recordConclusion(int year, Object conclusionValue, String actor) {
    Period cycleYear = cycleYear(year);
    YearEndReport report = yearEndReports.findByYearId(cycleYear.getId())
        .orElseThrow(() -> new IllegalStateException("Årsrapporten for " + year + " er ikke udarbejdet"));
    if (conclusionValue != null && !(conclusionValue instanceof String)) {
      throw new InvalidSubmissionException(FollowUpVariables.DIRECTORATE_CONCLUSION, "Konklusionen skal være tekst.");
    }
    String conclusion = conclusionValue == null ? "" : ((String) conclusionValue).strip();
    if (conclusion.isEmpty()) {
      throw new InvalidSubmissionException(FollowUpVariables.DIRECTORATE_CONCLUSION,
          "Skriv direktionens konklusion på årsrapporten.");
    }
    if (conclusion.length() > DanishText.MAX_VARIABLE) {
      throw new InvalidSubmissionException(FollowUpVariables.DIRECTORATE_CONCLUSION,
          "Konklusionen må højst være " + DanishText.MAX_VARIABLE + " tegn.");
    }
    report.conclude(conclusion, actor);
  }

  // ---- the text -----------------------------------------------------------------------------------------

  private String compose(int year) {
    List<DevelopmentContract> contracts = rollUps.approvedContracts(year);
    List<FollowUpReport> yearReports = reports.findByYear(year);
    TreeSet<Integer> rounds = new TreeSet<>();
    yearReports.forEach(report -> rounds.add(report.getRoundNumber()));
    // a round that was rolled up without any report (e.g. no approved contracts yet) still shows
    years.findBudgetYear(year).ifPresent(cycleYear -> storedRollups.findByYearId(cycleYear.getId())
        .forEach(rollup -> rounds.add(rollup.getRoundNumber())));
    List<RollUpService.RoundCounts> perRound = new ArrayList<>();
    for (int round : rounds) {
      perRound.add(RollUpService.count(contracts, yearReports, round));
    }

    StringBuilder text = new StringBuilder();
    text.append("# Årsrapport ").append(year).append(" – opfølgning på udviklingskontrakterne\n\n");
    text.append("Til direktionen og Byrådet. Status (rød-gul-grøn) på udviklingsmålene i årets ").append(contracts.size())
        .append(contracts.size() == 1 ? " godkendte udviklingskontrakt" : " godkendte udviklingskontrakter")
        .append(" og den dokumenterede virkning for borgerne. Udarbejdet ").append(DanishText.date(Instant.now()))
        .append(".\n\n");
    text.append("Farver: ").append(TrafficLight.GROEN.display()).append(" = opfyldt · ")
        .append(TrafficLight.GUL.display()).append(" = delvist opfyldt · ")
        .append(TrafficLight.ROED.display()).append(" = ikke opfyldt. Kun mål i godkendte opfølgninger tælles med.\n\n");
    if (perRound.isEmpty()) {
      text.append("Der er ikke gennemført opfølgning på kontrakterne i ").append(year).append(".\n\n");
    }

    text.append("## Hele kommunen\n\n");
    appendCounts(text, perRound, RollUpService.RoundCounts::municipality);

    List<Area> areas = contracts.stream().map(contract -> contract.getUnit().getArea())
        .filter(distinctById()).sorted(Comparator.comparing(Area::getName, Collator.getInstance(Locale.forLanguageTag("da-DK"))))
        .toList();
    for (Area area : areas) {
      text.append("## ").append(PlainText.markdown(area.getName())).append("\n\n");
      appendCounts(text, perRound, counts -> counts.perArea().entrySet().stream()
          .filter(entry -> entry.getKey().getId().equals(area.getId())).map(Map.Entry::getValue).findFirst()
          .orElse(StatusCounts.NONE));
      for (DevelopmentContract contract : contracts) {
        if (contract.getUnit().getArea().getId().equals(area.getId())) {
          appendUnit(text, contract, yearReports);
        }
      }
    }
    return text.toString().stripTrailing() + "\n";
  }

  private static void appendCounts(StringBuilder text, List<RollUpService.RoundCounts> perRound,
      Function<RollUpService.RoundCounts, StatusCounts> scope) {
    if (perRound.isEmpty()) {
      return;
    }
    RollUpService.RoundCounts last = perRound.get(perRound.size() - 1);
    text.append("**Seneste opfølgning (runde ").append(last.round()).append("):** ")
        .append(scope.apply(last).display()).append("\n\n");
    if (perRound.size() > 1) {
      text.append("Udvikling pr. runde:\n\n");
      for (RollUpService.RoundCounts round : perRound) {
        text.append("- Runde ").append(round.round()).append(": ").append(scope.apply(round).display()).append('\n');
      }
      text.append('\n');
    }
  }

  private static void appendUnit(StringBuilder text, DevelopmentContract contract, List<FollowUpReport> yearReports) {
    text.append("### ").append(PlainText.markdown(contract.getUnit().getName())).append("\n\n");
    Optional<FollowUpReport> latest = yearReports.stream()
        .filter(report -> report.getContract().getId().equals(contract.getId()))
        .filter(report -> report.getStatus() == FollowUpStatus.APPROVED)
        .max(Comparator.comparingInt(FollowUpReport::getRoundNumber));
    if (latest.isEmpty()) {
      text.append("Ingen godkendt opfølgning i år.\n\n");
      return;
    }
    text.append("Seneste godkendte opfølgning: runde ").append(latest.get().getRoundNumber()).append(".\n\n");
    for (GoalStatus status : latest.get().getGoalStatuses()) {
      text.append("- ").append(status.getColour().display()).append(" – **").append(PlainText.markdown(status.getGoal().getTitle()))
          .append("**");
      // the target is the goal's own in the approved contract, never a value reported in a follow-up
      String target = status.getGoal().getTarget();
      text.append(" (");
      if (status.getActualValue() != null) {
        text.append("faktisk ").append(DanishText.number(status.getActualValue())).append("; ");
      }
      text.append(target == null || target.isBlank() ? "intet mål i kontrakten"
          : "mål i kontrakten: " + PlainText.markdown(target)).append(')');
      text.append(". Virkning for borgerne: ").append(PlainText.markdown(status.getEffect())).append('\n');
    }
    text.append('\n');
  }

  private static Predicate<Area> distinctById() {
    Set<Long> seen = new HashSet<>();
    return area -> seen.add(area.getId());
  }

  private Period cycleYear(int year) {
    return years.findBudgetYear(year).orElseThrow(() -> new IllegalStateException("Året " + year + " findes ikke i årshjulet"));
  }

  /** What the "Behandl årsrapport" form shows: a title, the report in parts of at most 4,000 characters. */
  public record YearEndView(String title, List<String> reportParts, String conclusion) {}
}
