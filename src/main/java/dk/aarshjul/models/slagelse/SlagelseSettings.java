package dk.aarshjul.models.slagelse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slagelse's settings ({@code aarshjul.slagelse.*}): when in the year the udviklingsaftaler are
 * followed up red/yellow/green, as month-day (default "11-01").
 */
@ConfigurationProperties("aarshjul.slagelse")
public record SlagelseSettings(String followUp) {

  public SlagelseSettings {
    String monthDay = followUp == null || followUp.isBlank() ? "11-01" : followUp.strip();
    try {
      MonthDay.parse("--" + monthDay);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "aarshjul.slagelse.follow-up skal være måned-dag, fx 11-01, ikke " + monthDay, e);
    }
    followUp = monthDay;
  }

  /** The follow-up's date in {@code year}. */
  LocalDate followUpIn(int year) {
    return MonthDay.parse("--" + followUp).atYear(year);
  }
}
