package dk.aarshjul.measure;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Danes write them: a decimal comma, dots grouping thousands ("96.921", "7,9",
 * "1.234,5"); a decimal point is accepted when it cannot be a thousands dot ("7.9"). A trailing
 * percent sign is allowed.
 */
final class DanishNumber {

  private static final Pattern DANISH = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
  private static final Pattern POINT = Pattern.compile("-?\\d+\\.\\d{1,2}");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(\\.\\d{3})+|\\d+");

  private DanishNumber() {}

  static Optional<BigDecimal> decimal(String text) {
    String value = text.strip().replace(" ", "").replace("\u00A0", "");
    if (value.endsWith("%")) {
      value = value.substring(0, value.length() - 1);
    }
    if (DANISH.matcher(value).matches()) {
      return Optional.of(new BigDecimal(value.replace(".", "").replace(',', '.')));
    }
    if (POINT.matcher(value).matches()) {
      return Optional.of(new BigDecimal(value));
    }
    return Optional.empty();
  }

  static Optional<Integer> whole(String text) {
    String value = text.strip().replace(" ", "").replace("\u00A0", "");
    if (!WHOLE.matcher(value).matches() || value.replace(".", "").length() > 9) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value.replace(".", "")));
  }

  /** Danish display: "7,9", "96.921", at most two decimals. */
  static String format(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("da-DK"));
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
