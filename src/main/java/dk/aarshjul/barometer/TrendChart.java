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
 *
 * <p>The chart is scaled to the width of the page, so on a phone it is drawn at about 60 % of its
 * size. barometer.css makes the axis text larger in chart units the narrower the screen is (up to
 * {@link #MAX_FONT} units, so it is at least 12 px on the screen); the margins here leave room for
 * the labels at that size. The value axis has round steps (1, 2, 2.5 or 5 times a power of ten).
 */
record TrendChart(
    int width,
    int height,
    List<Point> points,
    String line,
    Double targetY,
    String targetLabel,
    Double targetLabelY,
    List<Tick> xTicks,
    List<Tick> yTicks,
    int left,
    int right,
    int top,
    int bottom) {

  static final int WIDTH = 560;
  static final int HEIGHT = 236;
  static final int RIGHT = 32;
  static final int TOP = 16;
  static final int BOTTOM = 48;

  /** The largest axis font barometer.css uses, in chart units (on the narrowest screens). */
  static final int MAX_FONT = 24;

  /** The width of a digit or separator in the font, as a part of the font size (generous). */
  static final double CHAR_WIDTH = 0.62;

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
    double pad = high == low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.15;
    double padded = low >= 0 && low - pad < 0 ? 0 : low - pad;
    BigDecimal step = niceStep((high + pad - padded) / 3);
    double min = Math.floor(padded / step.doubleValue()) * step.doubleValue();
    double max = Math.ceil((high + pad) / step.doubleValue()) * step.doubleValue();
    int decimals = Math.max(0, step.stripTrailingZeros().scale());
    List<BigDecimal> tickValues = new ArrayList<>();
    for (BigDecimal value = BigDecimal.valueOf(min).setScale(decimals, RoundingMode.HALF_UP);
        value.doubleValue() <= max + step.doubleValue() / 2;
        value = value.add(step)) {
      tickValues.add(value);
    }
    List<String> tickLabels = tickValues.stream().map(v -> tickLabel(v, decimals)).toList();
    int longest = tickLabels.stream().mapToInt(String::length).max().orElse(1);
    int left = Math.max(48, (int) Math.ceil(longest * CHAR_WIDTH * MAX_FONT) + 12);
    double plotWidth = WIDTH - left - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    int years = toYear - fromYear;
    final int start = fromYear;
    final double bottomValue = min;
    final double range = max - min;
    java.util.function.IntToDoubleFunction x = year -> left + plotWidth * (year - start) / years;
    java.util.function.DoubleUnaryOperator y =
        value -> TOP + plotHeight * (bottomValue + range - value) / range;
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
    // a year label is four digits at the largest font, with room between: every year while they fit
    int every = (int) Math.ceil(4 * CHAR_WIDTH * MAX_FONT * 1.3 / (plotWidth / years));
    List<Tick> xTicks = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      if ((year - fromYear) % every == 0 || year == toYear) {
        xTicks.add(new Tick(round(x.applyAsDouble(year)), String.valueOf(year)));
      }
    }
    List<Tick> yTicks = new ArrayList<>();
    for (int i = 0; i < tickValues.size(); i++) {
      yTicks.add(
          new Tick(round(y.applyAsDouble(tickValues.get(i).doubleValue())), tickLabels.get(i)));
    }
    Double targetY =
        goal.target() == null ? null : round(y.applyAsDouble(goal.target().doubleValue()));
    // the target's label above its line, or below it when the line is near the top
    Double targetLabelY =
        targetY == null ? null : targetY - 8 - MAX_FONT * 0.75 >= 0 ? targetY - 8 : targetY + 26;
    return new TrendChart(
        WIDTH,
        HEIGHT,
        points,
        line.toString(),
        targetY,
        goal.targetShown() == null ? null : "Mål: " + goal.targetShown(),
        targetLabelY,
        xTicks,
        yTicks,
        left,
        WIDTH - RIGHT,
        TOP,
        HEIGHT - BOTTOM);
  }

  /** The smallest round step (1, 2, 2.5 or 5 times a power of ten) of at least {@code rough}. */
  static BigDecimal niceStep(double rough) {
    if (!(rough > 0) || Double.isInfinite(rough)) {
      return BigDecimal.ONE;
    }
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen((int) Math.floor(Math.log10(rough)));
    for (String factor : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal step = power.multiply(new BigDecimal(factor));
      if (step.doubleValue() >= rough * 0.999) {
        return step.stripTrailingZeros();
      }
    }
    return power.multiply(BigDecimal.TEN).stripTrailingZeros();
  }

  private static String tickLabel(BigDecimal value, int decimals) {
    java.text.NumberFormat format =
        java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("da-DK"));
    format.setMaximumFractionDigits(decimals);
    format.setMinimumFractionDigits(decimals);
    return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
