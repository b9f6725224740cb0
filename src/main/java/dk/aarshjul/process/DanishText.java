package dk.aarshjul.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Danish formatting of numbers and dates, and cutting markdown to what a String process variable
 * holds.
 */
public final class DanishText {

  /** A String process variable holds at most 4,000 characters. */
  public static final int MAX_VARIABLE = 4000;

  private DanishText() {}

  /** 4.5 → "4,5", 1000 → "1000"; null → "–". */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /**
   * A moment as the Danish long date it fell on, e.g. "6. december 2026" – the one date style every
   * form and report uses.
   */
  public static String date(Instant instant) {
    return instant == null ? "–" : FormValues.longDate(instant);
  }

  /** Cuts a text to at most {@code max} characters, ending with an ellipsis when cut. */
  public static String cut(String text, int max) {
    return dk.aarshjul.process.FormValues.cut(text, max);
  }

  /** An end index that does not split a surrogate pair (e.g. an emoji). */
  private static int safeEnd(String text, int end) {
    return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
  }

  /** Cuts markdown to one String variable and says so in the text when it had to. */
  public static String cutToVariable(String markdown, String notice) {
    if (markdown.length() <= MAX_VARIABLE) {
      return markdown;
    }
    String suffix = "\n\n*" + notice + "*";
    return cut(markdown, MAX_VARIABLE - suffix.length()) + suffix;
  }

  /**
   * Splits markdown into at most {@code parts} pieces of at most 4,000 characters each: before a
   * heading when one is in the second half of the piece, else at a line break in its last quarter,
   * else at a space. Text beyond the last piece is cut with the notice. Always returns {@code
   * parts} entries (empty strings at the end).
   */
  public static List<String> split(String markdown, int parts, String notice) {
    List<String> pieces = new ArrayList<>();
    String rest = markdown.strip();
    while (!rest.isEmpty() && pieces.size() < parts - 1) {
      if (rest.length() <= MAX_VARIABLE) {
        pieces.add(rest);
        rest = "";
        break;
      }
      String window = rest.substring(0, MAX_VARIABLE);
      int at = window.lastIndexOf("\n#");
      if (at < MAX_VARIABLE / 2) {
        at = window.lastIndexOf('\n');
      }
      if (at < MAX_VARIABLE * 3 / 4) {
        at = window.lastIndexOf(' ');
      }
      if (at <= 0) {
        at = safeEnd(rest, MAX_VARIABLE);
      }
      pieces.add(rest.substring(0, at).stripTrailing());
      rest = rest.substring(at).strip();
    }
    if (!rest.isEmpty()) {
      pieces.add(cutToVariable(rest, notice));
    }
    while (pieces.size() < parts) {
      pieces.add("");
    }
    return pieces;
  }
}
