package dk.aarshjul.models.viborg;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Viborg's settings ({@code aarshjul.viborg.*}): when each year's citizen survey is held, as
 * month-day (Viborg's baseline was asked in August–September; default "09-15"). A started term
 * keeps the calendar it was opened with.
 */
@ConfigurationProperties("aarshjul.viborg")
public record ViborgSettings(String survey) {

  public ViborgSettings {
    String monthDay = survey == null || survey.isBlank() ? "09-15" : survey.strip();
    try {
      MonthDay.parse("--" + monthDay);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "aarshjul.viborg.survey skal være måned-dag, fx 09-15, ikke " + monthDay, e);
    }
    survey = monthDay;
  }

  /** The survey's date in {@code year}. */
  LocalDate surveyIn(int year) {
    return MonthDay.parse("--" + survey).atYear(year);
  }
}
