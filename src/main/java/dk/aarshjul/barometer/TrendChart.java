package dk.aarshjul.barometer;

import dk.aarshjul.reporting.Barometer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal's values per year drawn as an SVG line chart (coordinates computed here, drawn by the
 * template): the values as a line with a marked point per year, the target as a dashed line. The
 * same values are always in a table beside it.
 */
record TrendChart(
    int width,
    int height,
    List<Point> points,
    String line,
    Double targetY,
    String targetLabel,
    List<Tick> xTicks,
    List<Tick> yTicks,
    int left,
    int right,
    int top,
    int bottom) {

  static final int WIDTH = 560;
  static final int HEIGHT = 220;
  static final int LEFT = 64;
  static final int RIGHT = 16;
  static final int TOP = 16;
  static final int BOTTOM = 34;

  /** A measured point: where, and what it says ("2027: 6,8 %"). */
  record Point(double x, double y, String label, boolean baseline) {}

  /** An axis tick: where and its text. */
  record Tick(double position, String label) {}

  static TrendChart of(Barometer.GoalView goal, int firstYear, int lastYear) {
    int fromYear = Math.min(firstYear, goal.baselineYear());
    for (Barometer.ValueView value : goal.values()) {
      fromYear = Math.min(fromYear, value.year());
    }
    int toYear = Math.max(lastYear, fromYear + 1);
    List<BigDecimal> all =
        new ArrayList<>(goal.values().stream().map(Barometer.ValueView::value).toList());
    if (goal.target() != null) {
      all.add(goal.target());
    }
    double low = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double high = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    double pad = high == low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.2;
    double min = low >= 0 && low - pad < 0 ? 0 : low - pad;
    double max = high + pad;
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    int years = toYear - fromYear;
    final int start = fromYear;
    java.util.function.IntToDoubleFunction x = year -> LEFT + plotWidth * (year - start) / years;
    java.util.function.DoubleUnaryOperator y =
        value -> TOP + plotHeight * (max - value) / (max - min);
    List<Point> points = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Barometer.ValueView value : goal.values()) {
      double px = round(x.applyAsDouble(value.year()));
      double py = round(y.applyAsDouble(value.value().doubleValue()));
      points.add(
          new Point(
              px, py, value.year() + ": " + value.shown(), value.year() == goal.baselineYear()));
      line.append(line.isEmpty() ? "" : " ").append(px).append(',').append(py);
    }
    List<Tick> xTicks = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      xTicks.add(new Tick(round(x.applyAsDouble(year)), String.valueOf(year)));
    }
    List<Tick> yTicks = new ArrayList<>();
    for (int i = 0; i <= 3; i++) {
      double value = min + (max - min) * i / 3;
      yTicks.add(new Tick(round(y.applyAsDouble(value)), tickLabel(value, max - min)));
    }
    Double targetY =
        goal.target() == null ? null : round(y.applyAsDouble(goal.target().doubleValue()));
    return new TrendChart(
        WIDTH,
        HEIGHT,
        points,
        line.toString(),
        targetY,
        goal.targetShown() == null ? null : "Mål: " + goal.targetShown(),
        xTicks,
        yTicks,
        LEFT,
        WIDTH - RIGHT,
        TOP,
        HEIGHT - BOTTOM);
  }

  private static String tickLabel(double value, double range) {
    int decimals = range >= 30 ? 0 : range >= 3 ? 1 : 2;
    java.text.NumberFormat format =
        java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("da-DK"));
    format.setMaximumFractionDigits(decimals);
    format.setMinimumFractionDigits(0);
    return format.format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
