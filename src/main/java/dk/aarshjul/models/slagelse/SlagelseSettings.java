package dk.aarshjul.models.slagelse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slagelse's settings ({@code aarshjul.slagelse.*}), as month-day: when the udviklingsaftaler are
 * due (default "10-01": after the year's dialogue meetings, whose minutes they are written from)
 * and when they are followed up red/yellow/green (default "11-01", after the due date).
 */
@ConfigurationProperties("aarshjul.slagelse")
public record SlagelseSettings(String agreementsDue, String followUp) {

  public SlagelseSettings {
    agreementsDue = monthDay(agreementsDue, "10-01", "agreements-due");
    followUp = monthDay(followUp, "11-01", "follow-up");
    if (!MonthDay.parse("--" + agreementsDue).isBefore(MonthDay.parse("--" + followUp))) {
      throw new IllegalArgumentException(
          "aarshjul.slagelse.agreements-due ("
              + agreementsDue
              + ") skal ligge før aarshjul.slagelse.follow-up ("
              + followUp
              + "): aftalerne følges op, efter de er skrevet.");
    }
  }

  private static String monthDay(String value, String fallback, String name) {
    String monthDay = value == null || value.isBlank() ? fallback : value.strip();
    try {
      MonthDay.parse("--" + monthDay);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "aarshjul.slagelse."
              + name
              + " skal være måned-dag, fx "
              + fallback
              + ", ikke "
              + monthDay,
          e);
    }
    return monthDay;
  }

  /** The udviklingsaftaler's due date in {@code year}. */
  LocalDate agreementsDueIn(int year) {
    return MonthDay.parse("--" + agreementsDue).atYear(year);
  }

  /** The follow-up's date in {@code year}. */
  LocalDate followUpIn(int year) {
    return MonthDay.parse("--" + followUp).atYear(year);
  }
}
