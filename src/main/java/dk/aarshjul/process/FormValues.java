package dk.aarshjul.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reading submitted form values the same way in every block: text with a size limit, dates,
 * form-sized texts.
 */
public final class FormValues {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * The rows of a dynamic list as a form (a Json variable) or a REST client (Json text) submitted
   * it: an array of objects, empty when none was sent; anything else is refused in Danish on {@code
   * field}.
   */
  public static com.fasterxml.jackson.databind.JsonNode rows(Object value, String field) {
    com.fasterxml.jackson.databind.JsonNode rows;
    try {
      rows = value == null ? null : JSON.readTree(value.toString());
    } catch (java.io.IOException e) {
      throw unreadableList(field);
    }
    if (rows == null || rows.isNull()) {
      return JSON.createArrayNode();
    }
    if (!rows.isArray()) {
      throw unreadableList(field);
    }
    for (com.fasterxml.jackson.databind.JsonNode row : rows) {
      if (!row.isObject()) {
        throw unreadableList(field);
      }
    }
    return rows;
  }

  private static InvalidSubmissionException unreadableList(String field) {
    return new InvalidSubmissionException(
        field, "Listen kunne ikke læses. Udfyld formularen igen.");
  }

  /** A String process variable holds at most 4,000 characters. */
  public static final int MAX_STRING = 4000;

  public static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final java.time.format.DateTimeFormatter LONG_DATE =
      java.time.format.DateTimeFormatter.ofPattern(
          "d. MMMM yyyy", java.util.Locale.forLanguageTag("da-DK"));

  private FormValues() {}

  /** Stripped text, null when empty; rejects non-text and text longer than {@code max}. */
  public static String optionalText(Object value, String field, String label, int max) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new InvalidSubmissionException(field, "'" + label + "' skal være tekst.");
    }
    return checked(text, field, "", label, max);
  }

  /**
   * A text field of one entry of a dynamic list ({@code item.name}); messages start with {@code
   * prefix}, which names the entry (e.g. "Mål 2: "), and are reported on the list's form field.
   */
  public static String optionalText(
      com.fasterxml.jackson.databind.JsonNode item,
      String name,
      String field,
      String prefix,
      String label,
      int max) {
    com.fasterxml.jackson.databind.JsonNode node = item.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidSubmissionException(field, prefix + "'" + label + "' skal være tekst.");
    }
    return checked(node.asText(), field, prefix, label, max);
  }

  private static String checked(String text, String field, String prefix, String label, int max) {
    String found = PlainText.forbidden(text);
    if (found != null) {
      throw new InvalidSubmissionException(
          field,
          prefix
              + "'"
              + label
              + "' indeholder "
              + PlainText.describe(found)
              + ", som ikke er tilladt. Intet er gemt.");
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new InvalidSubmissionException(
          field,
          prefix
              + "'"
              + label
              + "' må højst være "
              + max
              + " tegn (er "
              + stripped.length()
              + ").");
    }
    return stripped.isEmpty() ? null : stripped;
  }

  /** Like {@link #optionalText} but required: empty gives {@code missingMessage}. */
  public static String requiredText(
      Object value, String field, String label, int max, String missingMessage) {
    String text = optionalText(value, field, label, max);
    if (text == null) {
      throw new InvalidSubmissionException(field, missingMessage);
    }
    return text;
  }

  /**
   * A date as Tasklist sends it (an ISO string, a date-time string keeps its date) or a Java client
   * (a Date); null when empty. Throws IllegalArgumentException when the value is not a date, so
   * callers word the message.
   */
  public static LocalDate parseDate(Object value) {
    if (value == null || (value instanceof String blank && blank.isBlank())) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    if (value instanceof String text) {
      String iso = text.strip();
      try {
        return LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a date: " + text, e);
      }
    }
    throw new IllegalArgumentException("not a date: " + value.getClass().getSimpleName());
  }

  /** Cuts a text for a form variable (at most 4,000 characters), marking the cut with "…". */
  public static String fitForm(String text) {
    return cut(text, MAX_STRING);
  }

  /**
   * Cuts a text to at most {@code max} characters ending with "…", never inside a surrogate pair
   * (an emoji).
   */
  public static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  /** A date as the forms' texts show it, e.g. "14. november 2027". */
  public static String longDate(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** A moment as the date it fell on in Denmark, e.g. "14. november 2027". */
  public static String longDate(java.time.Instant instant) {
    return LONG_DATE.format(instant.atZone(DENMARK));
  }
}
