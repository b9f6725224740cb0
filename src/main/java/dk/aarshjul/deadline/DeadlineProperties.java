package dk.aarshjul.deadline;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Default deadlines (application.yaml, {@code aarshjul.deadlines}): the periods a task gets when
 * the year's DUS does not set its date, and when reminders and escalations come.
 */
@ConfigurationProperties("aarshjul.deadlines")
public class DeadlineProperties {

  /** The time of day a task is due (Danish time). */
  private LocalTime dueTime = LocalTime.of(16, 0);

  /**
   * A new task always gets at least this long, also when the DUS date has passed (e.g. a contract
   * sent back).
   */
  private Period minimum = Period.ofDays(3);

  /** How long before the due date the candidate group is reminded. */
  private Period reminderBefore = Period.ofDays(3);

  /**
   * How long after the due date (and the group chief's escalation) a still open task goes to the
   * directorate.
   */
  private Period escalateAfter = Period.ofDays(7);

  /**
   * When a failed deadline step (a mail while the mail server is down) is tried again: after each
   * of these, 13 hours in all; then Cockpit shows an incident.
   */
  private List<Duration> mailRetries =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofHours(4),
          Duration.ofHours(8));

  /**
   * Named periods used by the models' due-date expressions, e.g. {@code
   * ${taskDeadlines.after('hoering')}}.
   */
  private Map<String, Period> periods = new LinkedHashMap<>();

  public LocalTime getDueTime() {
    return dueTime;
  }

  public void setDueTime(LocalTime dueTime) {
    this.dueTime = dueTime;
  }

  public Period getMinimum() {
    return minimum;
  }

  public void setMinimum(Period minimum) {
    this.minimum = minimum;
  }

  public Period getReminderBefore() {
    return reminderBefore;
  }

  public void setReminderBefore(Period reminderBefore) {
    this.reminderBefore = reminderBefore;
  }

  public Period getEscalateAfter() {
    return escalateAfter;
  }

  public void setEscalateAfter(Period escalateAfter) {
    this.escalateAfter = escalateAfter;
  }

  public List<Duration> getMailRetries() {
    return mailRetries;
  }

  public void setMailRetries(List<Duration> mailRetries) {
    this.mailRetries = mailRetries;
  }

  public Map<String, Period> getPeriods() {
    return periods;
  }

  public void setPeriods(Map<String, Period> periods) {
    this.periods = periods;
  }
}
