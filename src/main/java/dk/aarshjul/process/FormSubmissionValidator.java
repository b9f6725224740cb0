package dk.aarshjul.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.aarshjul.process.FormSchema.Field;
import dk.aarshjul.process.FormSchema.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks a submission against the deployed form, before any listener reads it: only the form's
 * input fields, with the component's type, within its sizes and options, read-only fields
 * unchanged. {@link #checkRequired} runs after the listener's own (more specific) checks, as a
 * safety net for required fields. Messages are Danish and name the field's label; every one ends
 * with "Intet er gemt.", since the transaction rolls back.
 */
final class FormSubmissionValidator {

  /** Most characters of a Json value (a dynamic list or checklist) as text. */
  public static final int MAX_JSON_CHARS = 500_000;

  /** Most items of a dynamic list. */
  public static final int MAX_ITEMS = 100;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String NOTHING_STORED = " Intet er gemt.";
  private static final Set<String> PRIMITIVE_TYPES =
      Set.of("string", "integer", "long", "short", "double", "boolean", "date");

  private FormSubmissionValidator() {}

  /**
   * One variable in the scope the form writes to (the task's local variables, or a new process
   * instance's).
   *
   * @param changed created or changed by this submission
   * @param original its value before the submission (as Json), only read when changed; missing when
   *     it did not exist or is not known
   */
  public record Submitted(String name, TypedValue value, boolean changed, JsonNode original) {}

  /**
   * The allowed values of an options variable ({@code valuesKey}); empty when the variable is
   * missing.
   */
  public interface Options extends Function<String, Set<String>> {}

  /**
   * Rejects anything in the submission the form does not allow (except missing required fields).
   */
  public static void checkSubmission(
      FormSchema schema, Collection<Submitted> variables, Options options) {
    for (Submitted variable : variables) {
      Field field = schema.fields().get(variable.name());
      if (field == null) {
        if (variable.changed()) {
          throw new InvalidSubmissionException(
              variable.name(),
              "Formularen har ikke feltet '"
                  + variable.name()
                  + "', eller feltet kan ikke ændres."
                  + NOTHING_STORED);
        }
        continue;
      }
      JsonNode value = topLevel(field, variable.value());
      if (variable.changed() || !field.readonly()) {
        // an editable field may have been changed before the completion (PUT
        // /task/{id}/localVariables)
        characters(field, field.label(), value, field.key(), "");
      }
      JsonNode original = variable.changed() ? variable.original() : value;
      if (field.readonly() && !same(value, original)) {
        throw reject(field, "", "kan ikke ændres");
      }
      check(field, value, field.key(), "", original, options);
    }
  }

  /**
   * Rejects a missing required field (not read-only, not hidden by a condition); {@code values}
   * gives the field's value.
   */
  public static void checkRequired(FormSchema schema, Function<String, TypedValue> values) {
    for (Field field : schema.fields().values()) {
      if (field.readonly() || field.conditional()) {
        continue;
      }
      JsonNode value = topLevel(field, values.apply(field.key()));
      if (field.required() && blank(value)) {
        throw reject(field, "", "skal udfyldes");
      }
      if (field.kind() == Kind.LIST && value.isArray()) {
        int row = 0;
        for (JsonNode item : value) {
          row++;
          for (Field child : field.children().values()) {
            if (child.required()
                && !child.readonly()
                && !child.conditional()
                && blank(item.path(child.key()))) {
              throw new InvalidSubmissionException(
                  field.key(),
                  rowPrefix(field, row)
                      + "feltet '"
                      + child.label()
                      + "' skal udfyldes."
                      + NOTHING_STORED);
            }
          }
        }
      }
    }
  }

  // ---- top-level variables: the Camunda value type must fit the component
  // ----------------------------------------

  /**
   * The variable's value as Json for the checks; rejects a variable type the component cannot send.
   */
  static JsonNode topLevel(Field field, TypedValue typed) {
    String type = typed == null || typed.getType() == null ? "" : typed.getType().getName();
    if (typed == null || type.equals("null")) {
      return NullNode.getInstance();
    }
    if (type.equals("json")) {
      // not deserialized: the serialized text is what was submitted
      String text;
      if (typed instanceof SerializableValue serializable
          && serializable.getValueSerialized() != null) {
        text = serializable.getValueSerialized();
      } else if (typed instanceof SerializableValue serializable
          && !serializable.isDeserialized()) {
        text = null;
      } else if (typed.getValue() == null || typed.getValue() instanceof SpinJsonNode) {
        text = typed.getValue() == null ? null : typed.getValue().toString();
      } else {
        throw typeMismatch(field, "", type);
      }
      JsonNode node = text == null ? NullNode.getInstance() : parse(field, text);
      if (!node.isArray() && !node.isNull()) {
        throw reject(field, "", "skal være en liste");
      }
      return node;
    }
    if (!PRIMITIVE_TYPES.contains(type)) {
      // Java objects, bytes, files, XML: never read (not even deserialized), never sent by a form
      throw typeMismatch(field, "", type.isEmpty() ? "ukendt" : type);
    }
    Object value = typed.getValue();
    if (value == null) {
      return NullNode.getInstance();
    }
    switch (type) {
      case "string" -> {
        String text = (String) value;
        int limit =
            PastedFile.VARIABLE.equals(field.key())
                ? PastedFile.MAX_CHARACTERS
                : FormValues.MAX_STRING;
        if (text.length() > limit) {
          throw reject(field, "", "må højst være " + limit + " tegn (er " + text.length() + ")");
        }
        if (field.kind() == Kind.LIST || field.kind() == Kind.MULTI_CHOICE) {
          return parse(field, text); // a REST client may send a list as a Json string
        }
        return TextNode.valueOf(text);
      }
      case "integer", "long", "short", "double" -> {
        if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
          throw reject(field, "", "skal være et tal");
        }
        return DecimalNode.valueOf(new BigDecimal(value.toString()));
      }
      case "boolean" -> {
        return BooleanNode.valueOf((Boolean) value);
      }
      case "date" -> {
        if (field.kind() != Kind.DATE) {
          throw typeMismatch(field, "", type);
        }
        return TextNode.valueOf(FormValues.parseDate(value).toString());
      }
      default -> throw typeMismatch(field, "", type);
    }
  }

  private static JsonNode parse(Field field, String text) {
    if (text.length() > MAX_JSON_CHARS) {
      throw reject(
          field, "", "er for stort: højst " + MAX_JSON_CHARS + " tegn (er " + text.length() + ")");
    }
    if (text.isBlank()) {
      return NullNode.getInstance();
    }
    try {
      JsonNode node = JSON.readTree(text);
      return node == null ? NullNode.getInstance() : node;
    } catch (IOException e) {
      throw reject(field, "", "er ikke en gyldig liste");
    }
  }

  // ---- characters: text is plain text
  // ---------------------------------------------------------------------------

  /**
   * Rejects a forbidden character ({@link PlainText#forbidden}) in any text of the value: the value
   * itself, each element of a list, each key and text inside a list row (named by the row and the
   * row's field).
   */
  private static void characters(
      Field field, String label, JsonNode value, String top, String prefix) {
    if (value == null) {
      return;
    }
    if (value.isTextual()) {
      PlainText.check(value.asText(), top, prefix, label);
    } else if (value.isArray()) {
      int row = 0;
      for (JsonNode element : value) {
        row++;
        if (element.isObject() && field != null && field.kind() == Kind.LIST) {
          String itemPrefix = prefix + rowPrefix(field, row);
          for (Iterator<String> names = element.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            PlainText.check(name, top, itemPrefix, name);
            Field child = field.children().get(name);
            characters(
                child, child == null ? name : child.label(), element.get(name), top, itemPrefix);
          }
        } else {
          characters(field, label, element, top, prefix);
        }
      }
    } else if (value.isObject()) {
      for (Iterator<java.util.Map.Entry<String, JsonNode>> entries = value.fields();
          entries.hasNext(); ) {
        var entry = entries.next();
        PlainText.check(entry.getKey(), top, prefix, label);
        characters(null, label, entry.getValue(), top, prefix);
      }
    }
  }

  // ---- values, the same at the top level and inside a list item
  // ---------------------------------------------------

  /**
   * Checks one value against its field.
   *
   * @param top the top-level key the message is reported on
   * @param prefix names the list row, e.g. "Udviklingsmål, række 2: "
   * @param original the value before the submission (missing when not known): read-only parts must
   *     equal it
   */
  private static void check(
      Field field, JsonNode value, String top, String prefix, JsonNode original, Options options) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    switch (field.kind()) {
      case TEXT -> text(field, value, top, prefix);
      case NUMBER -> number(field, value, top, prefix);
      case CHECKBOX -> {
        if (!value.isBoolean()) {
          throw reject(top, field, prefix, "skal være ja eller nej");
        }
      }
      case CHOICE -> {
        if (!value.isTextual()) {
          throw reject(top, field, prefix, "skal være et af valgene");
        }
        option(field, value.asText(), top, prefix, options);
      }
      case MULTI_CHOICE -> {
        if (!value.isArray()) {
          throw reject(top, field, prefix, "skal være en liste");
        }
        if (value.size() > MAX_ITEMS) {
          throw reject(top, field, prefix, "må højst have " + MAX_ITEMS + " valg");
        }
        for (JsonNode element : value) {
          if (!element.isTextual()) {
            throw reject(top, field, prefix, "må kun indeholde valgene som tekst");
          }
          option(field, element.asText(), top, prefix, options);
        }
      }
      case DATE -> date(field, value, top, prefix);
      case LIST -> list(field, value, top, prefix, original, options);
      default -> throw new IllegalStateException(field.kind().name());
    }
  }

  private static void text(Field field, JsonNode value, String top, String prefix) {
    if (!value.isTextual()) {
      throw reject(top, field, prefix, "skal være tekst");
    }
    int length = value.asText().length();
    if (length > field.textLimit()) {
      throw reject(
          top, field, prefix, "må højst være " + field.textLimit() + " tegn (er " + length + ")");
    }
    if (field.minLength() != null
        && length > 0
        && value.asText().strip().length() < field.minLength()) {
      throw reject(top, field, prefix, "skal være mindst " + field.minLength() + " tegn");
    }
  }

  private static void number(Field field, JsonNode value, String top, String prefix) {
    if (!value.isNumber()) {
      throw reject(top, field, prefix, "skal være et tal");
    }
    BigDecimal number = value.decimalValue();
    if (field.decimalDigits() != null
        && field.decimalDigits() == 0
        && number.stripTrailingZeros().scale() > 0) {
      throw reject(top, field, prefix, "skal være et helt tal");
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      throw reject(top, field, prefix, "skal være mindst " + field.min().toPlainString());
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      throw reject(top, field, prefix, "må højst være " + field.max().toPlainString());
    }
  }

  private static void date(Field field, JsonNode value, String top, String prefix) {
    if (!value.isTextual()) {
      throw reject(top, field, prefix, "er ikke en dato (ÅÅÅÅ-MM-DD)");
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      return;
    }
    try {
      if (ISO_DATE.matcher(text).matches()) {
        LocalDate.parse(text);
      } else if (field.dateTime() || text.length() > 10 && text.charAt(10) == 'T') {
        // an ISO date-time keeps its date (FormValues.parseDate reads it so)
        try {
          OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
          LocalDateTime.parse(text);
        }
      } else {
        throw reject(top, field, prefix, "er ikke en dato (ÅÅÅÅ-MM-DD)");
      }
    } catch (DateTimeParseException e) {
      throw reject(top, field, prefix, "er ikke en dato (ÅÅÅÅ-MM-DD)");
    }
  }

  private static void option(
      Field field, String value, String top, String prefix, Options options) {
    if (value.isEmpty() || field.unknownOptions()) {
      return;
    }
    Collection<String> allowed =
        field.values() != null ? field.values() : options.apply(field.valuesKey());
    if (!allowed.contains(value)) {
      String shown = value.length() > 60 ? FormValues.cut(value, 60) : value;
      throw reject(top, field, prefix, "har værdien '" + shown + "', som ikke er et af valgene");
    }
  }

  private static void list(
      Field field, JsonNode value, String top, String prefix, JsonNode original, Options options) {
    if (!value.isArray()) {
      throw reject(top, field, prefix, "skal være en liste");
    }
    if (value.size() > MAX_ITEMS) {
      throw reject(
          top, field, prefix, "må højst have " + MAX_ITEMS + " rækker (har " + value.size() + ")");
    }
    boolean originalKnown = original != null && original.isArray();
    if (!field.allowAddRemove() && originalKnown && original.size() != value.size()) {
      throw reject(
          top,
          field,
          prefix,
          "skal have "
              + original.size()
              + (original.size() == 1 ? " række" : " rækker")
              + " (har "
              + value.size()
              + "); rækker kan ikke tilføjes eller fjernes");
    }
    Set<String> allowedKeys = new HashSet<>(field.children().keySet());
    allowedKeys.addAll(field.itemDisplayKeys());
    int row = 0;
    for (JsonNode item : value) {
      row++;
      String itemPrefix = prefix + rowPrefix(field, row);
      if (!item.isObject()) {
        throw new InvalidSubmissionException(
            top, itemPrefix + "rækken har et ugyldigt format." + NOTHING_STORED);
      }
      JsonNode originalItem =
          originalKnown && row <= original.size()
              ? original.get(row - 1)
              : MissingNode.getInstance();
      for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowedKeys.contains(name)) {
          throw new InvalidSubmissionException(
              top,
              itemPrefix + "formularen har ikke feltet '" + shorten(name) + "'." + NOTHING_STORED);
        }
        Field child = field.children().get(name);
        JsonNode childValue = item.get(name);
        if ((child == null || child.readonly())
            && !blank(childValue)
            && !same(childValue, originalItem.path(name))) {
          throw new InvalidSubmissionException(
              top,
              itemPrefix
                  + "feltet '"
                  + (child == null ? name : child.label())
                  + "' kan ikke ændres."
                  + NOTHING_STORED);
        }
        if (child == null) {
          if (!childValue.isTextual() && !childValue.isBoolean() && !childValue.isNull()) {
            throw new InvalidSubmissionException(
                top, itemPrefix + "feltet '" + name + "' har et ugyldigt format." + NOTHING_STORED);
          }
          continue;
        }
        check(child, childValue, top, itemPrefix, originalItem.path(name), options);
      }
    }
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------------------

  private static String rowPrefix(Field list, int row) {
    return list.label() + ", række " + row + ": ";
  }

  private static String shorten(String text) {
    return text.length() > 60 ? FormValues.cut(text, 60) : text;
  }

  /** Missing, null, blank text or an empty list. */
  static boolean blank(JsonNode value) {
    return value == null
        || value.isNull()
        || value.isMissingNode()
        || value.isTextual() && value.asText().isBlank()
        || value.isArray() && value.isEmpty();
  }

  /** Equal as the form shows them: missing = null = "", numbers by value. */
  static boolean same(JsonNode a, JsonNode b) {
    boolean aEmpty =
        a == null || a.isNull() || a.isMissingNode() || a.isTextual() && a.asText().isEmpty();
    boolean bEmpty =
        b == null || b.isNull() || b.isMissingNode() || b.isTextual() && b.asText().isEmpty();
    if (aEmpty || bEmpty) {
      return aEmpty && bEmpty;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static InvalidSubmissionException typeMismatch(Field field, String prefix, String type) {
    return reject(
        field.key(), field, prefix, "har en type (" + type + "), som formularen ikke kan sende");
  }

  private static InvalidSubmissionException reject(Field field, String prefix, String problem) {
    return reject(field.key(), field, prefix, problem);
  }

  private static InvalidSubmissionException reject(
      String top, Field field, String prefix, String problem) {
    String message =
        prefix.isEmpty()
            ? "Feltet '" + field.label() + "' " + problem + "."
            : prefix + "feltet '" + field.label() + "' " + problem + ".";
    return new InvalidSubmissionException(top, message + NOTHING_STORED);
  }
}
