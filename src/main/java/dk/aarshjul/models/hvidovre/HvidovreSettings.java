package dk.aarshjul.models.hvidovre;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Hvidovre's settings ({@code aarshjul.hvidovre.*}): the most goals an institution may have (few
 * goals can be communicated; default 5) and the term's calendar as month-day ("09-01") – when the
 * goals for the term are due in its first year, each year's dialogue window and follow-up, and the
 * council's budget adoption (for the next year). A started term keeps the calendar it was opened
 * with.
 */
@ConfigurationProperties("aarshjul.hvidovre")
public record HvidovreSettings(
    Integer maxGoals,
    String goalsDue,
    String dialogueFrom,
    String dialogueTo,
    String followUp,
    String budgetAdoption) {

  public HvidovreSettings {
    maxGoals = maxGoals == null ? 5 : maxGoals;
    if (maxGoals < 1 || maxGoals > 20) {
      throw new IllegalArgumentException("aarshjul.hvidovre.max-goals skal være fra 1 til 20");
    }
    goalsDue = check("goals-due", goalsDue, "09-01");
    dialogueFrom = check("dialogue-from", dialogueFrom, "03-01");
    dialogueTo = check("dialogue-to", dialogueTo, "05-31");
    followUp = check("follow-up", followUp, "11-15");
    budgetAdoption = check("budget-adoption", budgetAdoption, "10-10");
  }

  private static String check(String name, String value, String fallback) {
    String monthDay = value == null || value.isBlank() ? fallback : value.strip();
    try {
      MonthDay.parse("--" + monthDay);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "aarshjul.hvidovre."
              + name
              + " skal være måned-dag, fx "
              + fallback
              + " (er "
              + value
              + ")");
    }
    return monthDay;
  }

  /** The month-day {@code value} in {@code year}. */
  static java.time.LocalDate in(int year, String value) {
    return MonthDay.parse("--" + value).atYear(year);
  }
}
