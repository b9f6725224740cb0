package dk.aarshjul.period;

import dk.aarshjul.process.InvalidSubmissionException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and finds periods: what every model asks of the kernel. */
@Service
@Transactional
public class Periods {

  private final PeriodRepository periods;
  private final PeriodDateRepository dates;

  public Periods(PeriodRepository periods, PeriodDateRepository dates) {
    this.periods = periods;
    this.dates = dates;
  }

  /**
   * Opens a budget year for planning; rejects a value that is not a plausible year, or a year
   * already opened.
   */
  public Period openBudgetYear(Object yearValue, String title) {
    return openBudgetYear(yearValue, title, GoalTemplate.DUS);
  }

  /**
   * As {@link #openBudgetYear(Object, String)}, for a year whose agreements are written in {@code
   * template} (e.g. Slagelse's udviklingsaftaler: {@link GoalTemplate#AGREEMENT}).
   */
  public Period openBudgetYear(Object yearValue, String title, GoalTemplate template) {
    int year = requireYear(yearValue);
    if (findBudgetYear(year).isPresent()) {
      throw new InvalidSubmissionException(
          PeriodVariables.YEAR.name(), "Årshjulet for " + year + " er allerede startet.");
    }
    return periods.saveAndFlush(Period.budgetYear(year, title).useTemplate(template));
  }

  /**
   * Opens the election term beginning 1 January {@code firstYear} for planning; rejects a year that
   * does not begin a term, and a term already opened.
   */
  public Period openElectionTerm(Object firstYearValue, String title, GoalTemplate template) {
    int firstYear = requireYear(firstYearValue);
    if (!Period.isTermStart(firstYear)) {
      throw new InvalidSubmissionException(
          PeriodVariables.FIRST_YEAR.name(),
          "En valgperiode begynder 1. januar efter et kommunalvalg, fx "
              + Period.termStartingIn(firstYear)
              + " eller "
              + (Period.termStartingIn(firstYear) + PeriodKind.TERM_YEARS)
              + "; ikke "
              + firstYear
              + ".");
    }
    if (periods.existsByKindAndFirstYear(PeriodKind.ELECTION_TERM, firstYear)) {
      throw new InvalidSubmissionException(
          PeriodVariables.FIRST_YEAR.name(),
          "Valgperioden "
              + firstYear
              + "–"
              + (firstYear + PeriodKind.TERM_YEARS - 1)
              + " er allerede startet.");
    }
    String name = firstYear + "–" + (firstYear + PeriodKind.TERM_YEARS - 1);
    return periods.saveAndFlush(
        Period.electionTerm(firstYear, title == null ? "Valgperioden " + name : title)
            .useTemplate(template));
  }

  /** The period with this id, with its calendar, requirements and aims loaded. */
  @Transactional(readOnly = true)
  public Period get(long periodId) {
    Period period =
        periods
            .findById(periodId)
            .orElseThrow(() -> new IllegalStateException("Perioden " + periodId + " findes ikke"));
    period.getRequirements().size();
    period.getDates().size();
    period.getAims().size();
    return period;
  }

  /**
   * The period locked for update until the transaction ends: two committees numbering their aims
   * (beacons) at the same time take turns instead of colliding on a number.
   */
  public Period lock(long periodId) {
    Period period =
        periods
            .lockById(periodId)
            .orElseThrow(() -> new IllegalStateException("Perioden " + periodId + " findes ikke"));
    period.getAims().size();
    return period;
  }

  /** The election term beginning in {@code firstYear}, if opened. */
  @Transactional(readOnly = true)
  public Optional<Period> findElectionTerm(int firstYear) {
    return periods.findByKindAndFirstYear(PeriodKind.ELECTION_TERM, firstYear);
  }

  /** The period's date of one kind and number, if its calendar has one. */
  @Transactional(readOnly = true)
  public Optional<PeriodDate> dateOf(long periodId, PeriodDateKind kind, int number) {
    return dates.findInPeriod(periodId, kind).stream()
        .filter(date -> date.getNumber() == number)
        .findFirst();
  }

  /** The budget year {@code year}, with its calendar, requirements and aims loaded. */
  @Transactional(readOnly = true)
  public Period budgetYear(int year) {
    Period period =
        findBudgetYear(year)
            .orElseThrow(() -> new IllegalStateException("Året " + year + " findes ikke"));
    period.getRequirements().size();
    period.getDates().size();
    return period;
  }

  /**
   * The budget year's dates of one kind, in order (one query: a due date is computed for every
   * task). Refused like {@link #budgetYear} when the year does not exist.
   */
  @Transactional(readOnly = true)
  public List<PeriodDate> datesOf(int year, PeriodDateKind kind) {
    List<PeriodDate> found = dates.findInBudgetYear(year, kind);
    if (found.isEmpty() && !periods.existsByKindAndFirstYear(PeriodKind.BUDGET_YEAR, year)) {
      throw new IllegalStateException("Året " + year + " findes ikke");
    }
    return found;
  }

  /**
   * The budget year's date of one kind and number (e.g. its contract deadline: number 1), if its
   * calendar has one.
   */
  @Transactional(readOnly = true)
  public Optional<PeriodDate> dateOf(int year, PeriodDateKind kind, int number) {
    return datesOf(year, kind).stream().filter(date -> date.getNumber() == number).findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<Period> findBudgetYear(int year) {
    return periods.findByKindAndFirstYear(PeriodKind.BUDGET_YEAR, year);
  }

  /**
   * The budget year named by a process variable or form value; Danish message when it is no year or
   * unknown.
   */
  @Transactional(readOnly = true)
  public Period requireBudgetYear(Object yearValue) {
    int year = requireYear(yearValue);
    return findBudgetYear(year)
        .orElseThrow(
            () ->
                new InvalidSubmissionException(
                    PeriodVariables.YEAR.name(),
                    "Året "
                        + year
                        + " findes ikke i årshjulet. Start årshjulet for "
                        + year
                        + " først."));
  }

  /** A whole year between 2000 and 2200, else a Danish message on the year field. */
  public static int requireYear(Object yearValue) {
    if (!(yearValue instanceof Number number)
        || number.intValue() != number.doubleValue()
        || number.intValue() < 2000
        || number.intValue() > 2200) {
      throw new InvalidSubmissionException(
          PeriodVariables.YEAR.name(), "Angiv året som et helt tal, fx 2028.");
    }
    return number.intValue();
  }
}
