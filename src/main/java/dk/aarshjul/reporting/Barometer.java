package dk.aarshjul.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The public Sammenhængsbarometer of one period, as published: the council's themes with their
 * goals, each goal's values per year against its baseline and target with a status in plain Danish,
 * the survey's statements on coherence, and the rule that turns values into a status. Only
 * published indicators and published imports are in it.
 */
public record Barometer(
    long periodId,
    String periodName,
    String periodTitle,
    int firstYear,
    int lastYear,
    List<ThemeView> themes,
    List<GoalView> statements,
    List<RuleView> rules,
    Instant lastPublished) {

  /** A theme (tema) with its goals and a summary of their statuses. */
  public record ThemeView(
      int number, String title, String description, List<GoalView> goals, String summary) {

    /** The theme's anchor and address part: "tema-2". */
    public String slug() {
      return "tema-" + number;
    }
  }

  /**
   * A goal (or a coherence statement: no goal, no target) with how it is measured and its values.
   *
   * @param values every published value, oldest first (the baseline year's among them)
   * @param sentence the status in one plain-Danish sentence
   */
  public record GoalView(
      long indicatorId,
      Long goalId,
      String title,
      String measure,
      String source,
      String sourceDetail,
      String unit,
      int baselineYear,
      BigDecimal target,
      String targetShown,
      boolean higherIsBetter,
      List<ValueView> values,
      BarometerStatus status,
      String sentence) {

    /** The published value of the baseline year, or none. */
    public ValueView baseline() {
      return values.stream().filter(v -> v.year() == baselineYear).findFirst().orElse(null);
    }

    /** The newest value after the baseline year, or none. */
    public ValueView latest() {
      return values.stream()
          .filter(v -> v.year() > baselineYear)
          .reduce((first, second) -> second)
          .orElse(null);
    }
  }

  /** A value of a year, formatted for reading ("7,9 %"), with how many answered a survey. */
  public record ValueView(int year, BigDecimal value, String shown, Integer respondents) {}

  /** A rule of the traffic-light decision table with the status it gives. */
  public record RuleView(String description, BarometerStatus status) {}
}
