package dk.aarshjul.process;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field of a Camunda Form, declared once: its key (for a field of a dynamic list, its key
 * within a row), its Danish label, whether it is required, its most characters and, for a number,
 * its range. The block's parser and service read their limits and messages from it; the form in
 * processes/ shows the same rules in the browser, and {@code FormFieldsTest} fails when a form and
 * its declaration differ.
 */
public record FormField(
    String key, String label, boolean required, Integer maxLength, Integer min, Integer max) {

  public static FormField requiredText(String key, String label, int maxLength) {
    return new FormField(key, label, true, maxLength, null, null);
  }

  public static FormField optionalText(String key, String label, int maxLength) {
    return new FormField(key, label, false, maxLength, null, null);
  }

  /** A choice (select, radio, checkbox) or a date: required or not, no length. */
  public static FormField choice(String key, String label, boolean required) {
    return new FormField(key, label, required, null, null, null);
  }

  /**
   * A decimal number typed as Danish text ("7,5", "97.000") in a text field of at most 20
   * characters – a number field would show it with a decimal point; the service reads and checks
   * it.
   */
  public static FormField decimal(String key, String label, boolean required) {
    return new FormField(key, label, required, 20, null, null);
  }

  /** A required whole number from {@code min} to {@code max}. */
  public static FormField number(String key, String label, int min, int max) {
    return new FormField(key, label, true, null, min, max);
  }

  /** The same field as a field of a dynamic list's rows ("list.key"), as the form check sees it. */
  public FormField inList(String list) {
    return new FormField(list + "." + key, label, required, maxLength, min, max);
  }

  /**
   * The field's text in one row of a dynamic list (Json): stripped, empty as none; a missing
   * required text or one too long is refused with a Danish message naming the row ({@code prefix})
   * and the label, on {@code variable}.
   */
  public String text(JsonNode row, String variable, String prefix) {
    String text =
        FormValues.optionalText(
            row,
            key,
            variable,
            prefix,
            label,
            maxLength == null ? FormValues.MAX_STRING : maxLength);
    if (text == null && required) {
      throw new InvalidSubmissionException(variable, prefix + "'" + label + "' skal udfyldes.");
    }
    return text;
  }

  /**
   * A form's (or REST client's) value of this text field: stripped; refused in Danish when it is
   * not text, too long, or missing ({@code missingMessage}).
   */
  public String requiredValue(Object value, String missingMessage) {
    String text =
        FormValues.optionalText(
            value, key, label, maxLength == null ? FormValues.MAX_STRING : maxLength);
    if (text == null) {
      throw new InvalidSubmissionException(key, missingMessage);
    }
    return text;
  }

  /** As {@link #requiredValue}, but a missing value is none. */
  public String optionalValue(Object value) {
    return FormValues.optionalText(
        value, key, label, maxLength == null ? FormValues.MAX_STRING : maxLength);
  }
}
