package dk.aarshjul.deadline;

import dk.aarshjul.period.PeriodDate;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Due dates of the user tasks, used by the models ({@code camunda:dueDate}): from the year's
 * calendar where the DUS sets one (contract deadline, dialogue window), else a named period from
 * application.yaml. A task is due at the configured time of day, Danish time, and never sooner than
 * the minimum period after it is created.
 */
@Component("taskDeadlines")
@EnableConfigurationProperties(DeadlineProperties.class)
public class TaskDeadlines {

  private final DeadlineProperties properties;
  private final Periods periods;

  public TaskDeadlines(DeadlineProperties properties, Periods periods) {
    this.properties = properties;
    this.periods = periods;
  }

  /** Due the named period (application.yaml, aarshjul.deadlines.periods) from today. */
  public Date after(String periodName) {
    Period period = properties.getPeriods().get(periodName);
    if (period == null) {
      throw new IllegalStateException(
          "Fristen '" + periodName + "' er ikke sat i aarshjul.deadlines.periods");
    }
    return atDueTime(today().plus(period));
  }

  /** The year's contract deadline from the period's calendar, else the period 'kontrakt'. */
  public Date contractDeadline(Integer year) {
    return fromCalendar(
        periods
            .dateOf(year, PeriodDateKind.CONTRACT_DEADLINE, 1)
            .map(PeriodDate::getOnDate)
            .orElse(null),
        "kontrakt");
  }

  /** A term's agreement deadline from its calendar, else the period 'kontrakt'. */
  public Date contractDeadlineIn(Long periodId) {
    return fromCalendar(
        periods
            .dateOf(periodId, PeriodDateKind.CONTRACT_DEADLINE, 1)
            .map(PeriodDate::getOnDate)
            .orElse(null),
        "kontrakt");
  }

  /** The end of the year's dialogue window from the period's calendar, else the period 'dialog'. */
  public Date dialogueWindowCloses(Integer year) {
    return fromCalendar(
        periods
            .dateOf(year, PeriodDateKind.DIALOGUE_WINDOW, 1)
            .map(PeriodDate::getUntilDate)
            .orElse(null),
        "dialog");
  }

  /**
   * When the candidate group is reminded of a task due at {@code due}
   * (aarshjul.deadlines.reminder-before).
   */
  public Date reminderAt(Date due) {
    return Date.from(
        ZonedDateTime.ofInstant(due.toInstant(), FormValues.DENMARK)
            .minus(properties.getReminderBefore())
            .toInstant());
  }

  /**
   * Whether a reminder before {@code due} is still ahead; when the due date is too close, there is
   * none.
   */
  public boolean remindsBefore(Date due) {
    return reminderAt(due).after(ClockUtil.getCurrentTime());
  }

  /**
   * When a task due at {@code due} and still open goes to the directorate
   * (aarshjul.deadlines.escalate-after).
   */
  public Date escalateAt(Date due) {
    return Date.from(
        ZonedDateTime.ofInstant(due.toInstant(), FormValues.DENMARK)
            .plus(properties.getEscalateAfter())
            .toInstant());
  }

  private Date fromCalendar(LocalDate date, String fallbackPeriod) {
    return date == null ? after(fallbackPeriod) : atDueTime(date);
  }

  /** The date at the due time, but at least the minimum period from now. */
  Date atDueTime(LocalDate date) {
    LocalDate earliest = today().plus(properties.getMinimum());
    LocalDate due = date.isBefore(earliest) ? earliest : date;
    return Date.from(due.atTime(properties.getDueTime()).atZone(FormValues.DENMARK).toInstant());
  }

  private static LocalDate today() {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.DENMARK)
        .toLocalDate();
  }
}
