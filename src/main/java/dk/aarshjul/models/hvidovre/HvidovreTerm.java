package dk.aarshjul.models.hvidovre;

import dk.aarshjul.contract.TermAgreements;
import dk.aarshjul.dialogue.CommitteeDialogues;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Period.DateEntry;
import dk.aarshjul.period.PeriodCalendar;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.Periods;
import dk.aarshjul.period.RequirementRule;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hvidovre's term, as its processes ask for it ({@code ${hvidovreTerm.…}}): opening a term with its
 * calendar and requirements, the committees and years it runs over, who works for a committee, and
 * what each year's steps run over.
 */
@Component("hvidovreTerm")
@EnableConfigurationProperties(HvidovreSettings.class)
@Transactional
public class HvidovreTerm {

  static final String MAX_GOALS_CODE = "FAA_MAAL";
  static final String BEACON_CODE = "PEJLEMAERKE";

  private final Periods periods;
  private final PeriodCalendar calendar;
  private final CommitteeRepository committees;
  private final UnitRepository units;
  private final CommitteeDialogues dialogues;
  private final TermAgreements agreements;
  private final HvidovreSettings settings;

  public HvidovreTerm(
      Periods periods,
      PeriodCalendar calendar,
      CommitteeRepository committees,
      UnitRepository units,
      CommitteeDialogues dialogues,
      TermAgreements agreements,
      HvidovreSettings settings) {
    this.periods = periods;
    this.calendar = calendar;
    this.committees = committees;
    this.units = units;
    this.dialogues = dialogues;
    this.agreements = agreements;
    this.settings = settings;
  }

  /**
   * Opens the election term beginning in {@code firstYear} for Hvidovre's model: goals in the
   * common template, at most {@code max-goals} per institution, every goal serving a beacon, and
   * the calendar from the settings.
   */
  public Period open(Object firstYearValue, String actor) {
    Period term = periods.openElectionTerm(firstYearValue, null, GoalTemplate.EFFECT);
    term.addLimitedRequirement(
        MAX_GOALS_CODE,
        "Få udviklingsmål",
        "Højst "
            + settings.maxGoals()
            + " mål pr. institution: få mål kan kommunikeres til borgere og medarbejdere.",
        RequirementRule.MAX_GOALS,
        settings.maxGoals());
    term.addRequirement(
        BEACON_CODE,
        "Hvert mål tjener et politisk pejlemærke",
        "Målene peger i den retning, der blev aftalt på dialogmøderne, og er i overensstemmelse med"
            + " fagudvalgets politiske pejlemærker.",
        RequirementRule.EVERY_GOAL_SERVES_BEACON,
        null);
    int first = term.getFirstYear();
    term.replaceDates(
        PeriodDateKind.CONTRACT_DEADLINE,
        List.of(DateEntry.on(HvidovreSettings.in(first, settings.goalsDue()))));
    List<DateEntry> windows = new ArrayList<>();
    List<DateEntry> followUps = new ArrayList<>();
    List<DateEntry> adoptions = new ArrayList<>();
    for (int year : term.years()) {
      windows.add(
          DateEntry.window(
              HvidovreSettings.in(year, settings.dialogueFrom()),
              HvidovreSettings.in(year, settings.dialogueTo())));
      followUps.add(DateEntry.on(HvidovreSettings.in(year, settings.followUp())));
      if (year < term.getLastYear()) {
        // adopted in the autumn for the next year: adoption n is the budget of the term's year n+1
        adoptions.add(
            new DateEntry(
                HvidovreSettings.in(year, settings.budgetAdoption()),
                null,
                "Budget " + (year + 1)));
      }
    }
    term.replaceDates(PeriodDateKind.DIALOGUE_WINDOW, windows);
    term.replaceDates(PeriodDateKind.FOLLOW_UP, followUps);
    term.replaceDates(PeriodDateKind.BUDGET_ADOPTION, adoptions);
    term.open(actor);
    return term;
  }

  /** The committees with active institutions, by name: one committee-term instance each. */
  @Transactional(readOnly = true)
  public List<String> committeeCodes() {
    return dialogues.committeesWithUnits().stream().map(Committee::getCode).toList();
  }

  /** The years of the term, first to last. */
  @Transactional(readOnly = true)
  public List<Integer> years(Long periodId) {
    return periods.get(periodId).years();
  }

  /** Whether {@code year} is the term's first: the year beacons and goals are set. */
  @Transactional(readOnly = true)
  public boolean isFirstYear(Long periodId, Integer year) {
    return periods.get(periodId).getFirstYear() == year;
  }

  /** The committee's secretariat: prepares its material and registers its decisions. */
  @Transactional(readOnly = true)
  public String secretariat(String committeeCode) {
    return committee(committeeCode).secretariatGroup();
  }

  /** The committee's active institutions (staff units included: they agree goals too). */
  @Transactional(readOnly = true)
  public List<String> unitCodes(String committeeCode) {
    return units.findByCommitteeCodeAndActiveTrueOrderByName(committeeCode).stream()
        .map(Unit::getCode)
        .toList();
  }

  /** The committee's approved term agreements, by institution name. */
  @Transactional(readOnly = true)
  public List<Long> approvedContractIds(Long periodId, String committeeCode) {
    return agreements.approvedIds(periodId, committeeCode);
  }

  /** The committee's dialogue meetings of the year (planned by then). */
  @Transactional(readOnly = true)
  public List<Long> meetingIds(Long periodId, Integer year, String committeeCode) {
    return dialogues.meetingIds(periodId, year, committeeCode);
  }

  /** The year's follow-up round: its number in the term (round n in year n). */
  @Transactional(readOnly = true)
  public int round(Long periodId, Integer year) {
    return periods.get(periodId).yearNumber(year);
  }

  /** When the year's follow-up is due (at once when passed). */
  @Transactional(readOnly = true)
  public Date followUpDate(Long periodId, Integer year) {
    return calendar.dateInPeriod(
        periodId, PeriodDateKind.FOLLOW_UP.name(), periods.get(periodId).yearNumber(year));
  }

  /** When the budget of {@code year} is adopted by the calendar (at once when passed). */
  @Transactional(readOnly = true)
  public Date budgetAdoption(Long periodId, Integer year) {
    return calendar.dateInPeriod(
        periodId,
        PeriodDateKind.BUDGET_ADOPTION.name(),
        periods.get(periodId).yearNumber(year) - 1);
  }

  /** The committee's beacons are decided: the goals can serve them. */
  @Transactional(readOnly = true)
  public boolean beaconsDecided(Long periodId, String committeeCode) {
    Period period = periods.get(periodId);
    return period.aims(AimKind.BEACON, committee(committeeCode).getId()).stream()
        .anyMatch(dk.aarshjul.period.Aim::isDecided);
  }

  Committee committee(String committeeCode) {
    return committees
        .findByCode(committeeCode)
        .orElseThrow(
            () -> new IllegalStateException("Udvalget '" + committeeCode + "' findes ikke."));
  }
}
