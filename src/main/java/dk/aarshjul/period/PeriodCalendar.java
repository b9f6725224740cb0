package dk.aarshjul.period;

import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.process.FormValues;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the models' expressions ask of a period's calendar: the units that get an agreement, when
 * the dialogue window opens and the follow-up rounds and dates, as instants at the start of the
 * Danish working day. Used as {@code ${cycleCalendar.…}} in the models (the bean keeps the name
 * running instances use).
 */
@Component("cycleCalendar")
@Transactional(readOnly = true)
public class PeriodCalendar {

  /** Timers fire at the start of the Danish working day, whatever time zone the server runs in. */
  static final LocalTime WORKDAY_START = LocalTime.of(8, 0);

  private final Periods periods;
  private final UnitRepository units;

  public PeriodCalendar(Periods periods, UnitRepository units) {
    this.periods = periods;
    this.units = units;
  }

  /** The codes of all active units: each gets its own development-contract instance. */
  public List<String> activeUnitCodes(Integer year) {
    return units.findByActiveTrueOrderByName().stream().map(Unit::getCode).toList();
  }

  /**
   * When the contract dialogues may begin; at once when the calendar has no window or it has begun.
   */
  public Date dialogueWindowOpens(Integer year) {
    return atWorkdayStart(
        periods
            .dateOf(year, PeriodDateKind.DIALOGUE_WINDOW, 1)
            .map(PeriodDate::getOnDate)
            .orElse(null));
  }

  /** The follow-up rounds of the year, 1..n. */
  public List<Integer> followUpRounds(Integer year) {
    return periods.datesOf(year, PeriodDateKind.FOLLOW_UP).stream()
        .map(PeriodDate::getNumber)
        .toList();
  }

  /** When follow-up round {@code round} is due. */
  public Date followUpDate(Integer year, Integer round) {
    return atWorkdayStart(
        periods
            .dateOf(year, PeriodDateKind.FOLLOW_UP, round)
            .map(PeriodDate::getOnDate)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Året " + year + " har ingen opfølgningsrunde " + round)));
  }

  /**
   * When a term's date of {@code kind} number {@code number} is reached (e.g. the follow-up of its
   * second year: FOLLOW_UP 2); at once when it has passed.
   */
  public Date dateInPeriod(Long periodId, String kind, Integer number) {
    PeriodDateKind dateKind = PeriodDateKind.valueOf(kind);
    return atWorkdayStart(
        periods
            .dateOf(periodId, dateKind, number)
            .map(PeriodDate::getOnDate)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Periodens kalender har ingen dato '"
                            + dateKind.label()
                            + "' nr. "
                            + number)));
  }

  private static Date atWorkdayStart(LocalDate date) {
    Date now = ClockUtil.getCurrentTime();
    if (date == null) {
      return now;
    }
    Date at = Date.from(date.atTime(WORKDAY_START).atZone(FormValues.DENMARK).toInstant());
    return at.before(now) ? now : at;
  }
}
