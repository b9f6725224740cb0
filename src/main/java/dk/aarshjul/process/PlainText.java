package dk.aarshjul.process;

import java.util.Locale;

/**
 * Text from users is plain text. Three rules, each declared once here:
 *
 * <ul>
 *   <li>{@link #forbidden}: what a submitted text may not contain (control characters other than
 *       line feed, carriage return and tab; lone surrogates; bidi embeddings, overrides and
 *       isolates), checked by the server validation ({@link FormSubmissionValidator}) on every
 *       path, and by the engine for task comments;
 *   <li>{@link #markdown} and {@link #markdownBlock}: user text (and user display names) inside the
 *       markdown the server builds for the forms' text fields is shown as text, never as markup,
 *       links or images;
 *   <li>{@link #forLog}: user text in a log line cannot start a new line or hide characters.
 * </ul>
 */
public final class PlainText {

  /**
   * ASCII characters that form markdown (CommonMark, GFM) or HTML anywhere in a line: emphasis,
   * code, links and images (brackets), HTML tags and entities, tables, strikethrough, e-mail
   * autolinks, heading marks. Each is backslash-escaped; the rest of ASCII punctuation is escaped
   * only where it forms something (see {@link #markdown}).
   */
  private static final String MARKDOWN_SPECIALS = "\\`*_[]<>#|~&@";

  /** What starts a block (list item, setext underline, quote, heading) at the start of a line. */
  private static final String LINE_START_SPECIALS = "-+=>#*";

  private static final int MAX_LOGGED = 500;

  private PlainText() {}

  /**
   * The first character a submitted text may not hold, as "U+0000"; null when the text is fine.
   * Refused: control characters (C0, DEL, C1) other than line feed, carriage return and tab; a
   * surrogate without its pair; bidi embedding, override and isolate controls (U+202A–U+202E,
   * U+2066–U+2069), which reorder what others read.
   */
  public static String forbidden(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (forbidden(c)) {
        return codePoint(c);
      }
    }
    return null;
  }

  private static boolean forbidden(char c) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return false;
    }
    return Character.isISOControl(c)
        || Character.isSurrogate(c)
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069';
  }

  /** The Danish word for what was found, e.g. "et usynligt styretegn (U+0000)". */
  public static String describe(String codePoint) {
    int c = Integer.parseInt(codePoint.substring(2), 16);
    if (Character.isSurrogate((char) c)) {
      return "et ufuldstændigt tegn (" + codePoint + ", en halv surrogat)";
    }
    if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
      return "et usynligt tegn, der vender tekstens retning (" + codePoint + ")";
    }
    return "et usynligt styretegn (" + codePoint + ")";
  }

  /**
   * Refuses a submitted text that holds a {@link #forbidden} character, with a Danish message
   * naming the field, e.g. "Feltet 'Titel' indeholder et usynligt styretegn (U+0000), som ikke er
   * tilladt. Intet er gemt."
   *
   * @param prefix names the row of a list, e.g. "Udviklingsmål, række 2: " (then "feltet" is lower
   *     case)
   */
  public static void check(String text, String field, String prefix, String label) {
    String found = forbidden(text);
    if (found != null) {
      throw new InvalidSubmissionException(field, rejection(prefix, label, found));
    }
  }

  /** The Danish message for a forbidden character in a field. */
  public static String rejection(String prefix, String label, String codePoint) {
    String subject = prefix == null || prefix.isEmpty() ? "Feltet" : prefix + "feltet";
    return subject
        + " '"
        + forLog(label)
        + "' indeholder "
        + describe(codePoint)
        + ", som ikke er tilladt. Intet er gemt.";
  }

  // ---- markdown
  // -------------------------------------------------------------------------------------------------

  /**
   * User text for one line of markdown: every markdown and HTML character is backslash-escaped (so
   * no emphasis, heading, list, link, image, autolink or HTML tag can form), and line breaks become
   * spaces (so the text cannot start a line of its own). Null gives "".
   */
  public static String markdown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (forbidden(c) && !Character.isSurrogate(c)) {
        // stored before the validation refused them, or a display name: not shown
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\t') {
        // a run of line breaks and tabs is one space
        if (!space && out.length() > 0) {
          out.append(' ');
        }
        space = true;
        continue;
      }
      if (c == ' ' && out.length() == 0) {
        continue;
      }
      space = c == ' ';
      if (escaped(c, text, i, out.length() == 0)) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.toString().strip();
    // "1. " or "1) " at the start would be an ordered list item where the text starts a line or a
    // list item
    int digits = 0;
    while (digits < escaped.length() && digits < 9 && Character.isDigit(escaped.charAt(digits))) {
      digits++;
    }
    if (digits > 0
        && digits < escaped.length()
        && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')) {
      escaped = escaped.substring(0, digits) + "\\" + escaped.substring(digits);
    }
    return escaped;
  }

  /**
   * Whether character {@code i} of {@code text} would form markdown, so it is backslash-escaped.
   */
  private static boolean escaped(char c, String text, int i, boolean lineStart) {
    if (MARKDOWN_SPECIALS.indexOf(c) >= 0 || lineStart && LINE_START_SPECIALS.indexOf(c) >= 0) {
      return true;
    }
    // autolinks (GFM): "http://…", "https://…", "www.…"
    if (c == ':' && text.startsWith("//", i + 1)) {
      return true;
    }
    return c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3);
  }

  /**
   * Multi-line user text as its own quoted block of markdown: each of the user's lines is a line of
   * the quote ("&gt; …", escaped as {@link #markdown}), so the user's line breaks are kept but can
   * never start a heading, a list item or a line that looks like the system's own ("Status: …").
   * Starts on a new line; null or blank gives "".
   */
  public static String markdownBlock(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    String[] lines = text.strip().split("\r\n|\r|\n", -1);
    boolean blank = false;
    for (String line : lines) {
      String escaped = markdown(line);
      if (escaped.isEmpty()) {
        blank = true;
        continue;
      }
      if (out.length() > 0) {
        // a blank line between paragraphs stays a new paragraph of the quote; a single break a line
        // break
        out.append(blank ? "\n>\n" : "  \n");
      }
      out.append("> ").append(escaped);
      blank = false;
    }
    return out.toString();
  }

  // ---- logs
  // -----------------------------------------------------------------------------------------------------

  /**
   * User text for a log line: line breaks, tabs and other control, bidi and lone surrogate
   * characters are written as visible escapes (\n, \r, \t, \\u0000), a backslash doubled, and the
   * text cut to 500 characters, so it cannot forge or hide a log line.
   */
  public static String forLog(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LOGGED) + 16);
    for (int i = 0; i < text.length() && out.length() < MAX_LOGGED; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        default -> {
          if (forbidden(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            out.append("\\u").append(String.format(Locale.ROOT, "%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (out.length() >= MAX_LOGGED && text.length() > MAX_LOGGED) {
      out.append("…");
    }
    return out.toString();
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
