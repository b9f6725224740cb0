package dk.aarshjul.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input fields of a Camunda Form (form-js JSON schema): what a submission of that form may
 * contain. Display components (text, html, separator, …) have no value; groups without a path only
 * lay out their children. A form with a component the server cannot check (e.g. a file picker, a
 * group with its own path, a nested key) does not parse, so a process owner who deploys one finds
 * out at the first test submission instead of the check silently missing.
 */
record FormSchema(String id, Map<String, Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Component types that show something but submit nothing. */
  private static final Set<String> DISPLAY_TYPES =
      Set.of(
          "text",
          "html",
          "separator",
          "spacer",
          "image",
          "iframe",
          "table",
          "button",
          "documentPreview");

  /**
   * A key may only be a plain name: form-js reads "a.b" as a nested object, which the server does
   * not model.
   */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * {@code this.goalInfo} in a display component inside a dynamic list names a key of the list
   * item.
   */
  private static final Pattern THIS_KEY = Pattern.compile("\\bthis\\.([A-Za-z_][A-Za-z0-9_]*)");

  public enum Kind {
    /** textfield, textarea: a String */
    TEXT,
    /** number: Integer/Long/Short/Double, a Json number in a list */
    NUMBER,
    /** checkbox: a Boolean */
    CHECKBOX,
    /** radio, select: one String among the options */
    CHOICE,
    /** checklist, taglist: a Json array of Strings among the options */
    MULTI_CHOICE,
    /** datetime (date subtype): an ISO date String */
    DATE,
    /** dynamiclist: a Json array of objects holding the children */
    LIST
  }

  /**
   * One input field.
   *
   * @param values static options ({@code values}); null when the options come from {@code
   *     valuesKey} or an expression
   * @param valuesKey the variable holding the options, prefilled by the task listener
   * @param unknownOptions the options are a FEEL expression the server cannot evaluate: any option
   *     is accepted
   * @param readonly {@code readonly} or {@code disabled} (true or an expression): a submission must
   *     not change it
   * @param conditional hidden by a condition the server cannot evaluate: {@code required} is not
   *     enforced
   * @param children the fields of each item of a dynamic list, by key
   * @param itemDisplayKeys keys of a list item that the list's display components show ({@code
   *     this.goalInfo}); an item may carry them as the listener prefilled them, unchanged
   */
  public record Field(
      String key,
      String label,
      Kind kind,
      boolean required,
      Integer minLength,
      Integer maxLength,
      BigDecimal min,
      BigDecimal max,
      Integer decimalDigits,
      List<String> values,
      String valuesKey,
      boolean unknownOptions,
      boolean readonly,
      boolean conditional,
      Map<String, Field> children,
      Set<String> itemDisplayKeys,
      boolean allowAddRemove,
      boolean dateTime) {

    /**
     * The most characters a text (or an option) of this field may have: its maxLength, at most
     * 4,000 – a {@link PastedFile} at most {@link PastedFile#MAX_CHARACTERS}: it never stays in the
     * engine.
     */
    public int textLimit() {
      int limit =
          PastedFile.VARIABLE.equals(key) ? PastedFile.MAX_CHARACTERS : FormValues.MAX_STRING;
      return maxLength == null ? limit : Math.min(maxLength, limit);
    }
  }

  /**
   * Parses a form; throws IllegalArgumentException (naming the component) when it cannot be
   * checked.
   */
  public static FormSchema parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("the form is not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("components").isArray()) {
      throw new IllegalArgumentException("the form has no components");
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(root.get("components"), fields, null);
    return new FormSchema(root.path("id").asText(null), Map.copyOf(fields));
  }

  /**
   * Adds the input fields of {@code components} (flattening groups without a path) to {@code
   * fields}.
   */
  private static void collect(
      JsonNode components, Map<String, Field> fields, Set<String> displayKeys) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (displayKeys != null) {
        // a row key a component's condition reads (=not(this.usesSatisfaction)) comes with the row
        Matcher condition = THIS_KEY.matcher(component.path("conditional").path("hide").asText(""));
        while (condition.find()) {
          displayKeys.add(condition.group(1));
        }
      }
      if (DISPLAY_TYPES.contains(type)) {
        if (displayKeys != null) {
          for (String text :
              List.of(
                  component.path("text").asText(""),
                  component.path("content").asText(""),
                  component.path("source").asText(""),
                  component.path("url").asText(""))) {
            Matcher matcher = THIS_KEY.matcher(text);
            while (matcher.find()) {
              displayKeys.add(matcher.group(1));
            }
          }
        }
        continue;
      }
      if (type.equals("default") || type.equals("group")) {
        if (component.hasNonNull("path") && !component.get("path").asText().isEmpty()) {
          throw new IllegalArgumentException(
              "group with its own path '" + component.get("path").asText() + "' is not supported");
        }
        collect(component.path("components"), fields, displayKeys);
        continue;
      }
      Field field = field(component, type);
      if (fields.put(field.key(), field) != null) {
        throw new IllegalArgumentException("the key '" + field.key() + "' is used twice");
      }
    }
  }

  private static Field field(JsonNode component, String type) {
    boolean list = type.equals("dynamiclist");
    String key = component.path(list ? "path" : "key").asText("");
    if (!PLAIN_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(type + " component has an unsupported key '" + key + "'");
    }
    Kind kind =
        switch (type) {
          case "textfield", "textarea" -> Kind.TEXT;
          case "number" -> Kind.NUMBER;
          case "checkbox" -> Kind.CHECKBOX;
          case "radio", "select" -> Kind.CHOICE;
          case "checklist", "taglist" -> Kind.MULTI_CHOICE;
          case "datetime" -> Kind.DATE;
          case "dynamiclist" -> Kind.LIST;
          default ->
              throw new IllegalArgumentException(
                  "component type '" + type + "' (key '" + key + "') is not supported");
        };
    String subtype = component.path("subtype").asText("date");
    if (kind == Kind.DATE && !subtype.equals("date") && !subtype.equals("datetime")) {
      throw new IllegalArgumentException(
          "datetime subtype '" + subtype + "' (key '" + key + "') is not supported");
    }
    JsonNode validate = component.path("validate");
    String label = firstText(component, "label", "dateLabel", "timeLabel");
    List<String> values = null;
    String valuesKey = null;
    boolean unknownOptions = false;
    if (kind == Kind.CHOICE || kind == Kind.MULTI_CHOICE) {
      if (component.path("values").isArray()) {
        values = new ArrayList<>();
        for (JsonNode option : component.get("values")) {
          values.add(option.isObject() ? option.path("value").asText() : option.asText());
        }
        values = List.copyOf(values);
      } else if (component.hasNonNull("valuesKey")) {
        valuesKey = component.get("valuesKey").asText();
      } else {
        unknownOptions = true;
      }
    }
    Map<String, Field> children = Map.of();
    Set<String> itemDisplayKeys = Set.of();
    if (kind == Kind.LIST) {
      Map<String, Field> childFields = new LinkedHashMap<>();
      Set<String> shown = new LinkedHashSet<>();
      collect(component.path("components"), childFields, shown);
      shown.removeAll(childFields.keySet());
      children = Map.copyOf(childFields);
      itemDisplayKeys = Set.copyOf(shown);
    }
    return new Field(
        key,
        label == null ? key : label,
        kind,
        validate.path("required").asBoolean(false),
        integer(validate, "minLength"),
        integer(validate, "maxLength"),
        decimal(validate, "min"),
        decimal(validate, "max"),
        integer(component, "decimalDigits"),
        values,
        valuesKey,
        unknownOptions,
        flag(component, "readonly") || flag(component, "disabled"),
        component.hasNonNull("conditional"),
        children,
        itemDisplayKeys,
        component.path("allowAddRemove").asBoolean(true),
        subtype.equals("datetime"));
  }

  /** true, or an expression (which the server cannot evaluate, so it counts as set). */
  private static boolean flag(JsonNode component, String name) {
    JsonNode node = component.get(name);
    if (node == null || node.isNull()) {
      return false;
    }
    return node.isBoolean() ? node.asBoolean() : node.isTextual() && !node.asText().isBlank();
  }

  private static String firstText(JsonNode component, String... names) {
    for (String name : names) {
      if (component.hasNonNull(name) && !component.get(name).asText().isBlank()) {
        return component.get(name).asText().strip();
      }
    }
    return null;
  }

  private static Integer integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.intValue() : null;
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.decimalValue() : null;
  }

  /** Every input field with its path, list children as {@code list.child}; for tests and logs. */
  public List<String> fieldPaths() {
    List<String> paths = new ArrayList<>();
    fields.values().forEach(field -> addPaths(field, "", paths));
    return paths;
  }

  /** The field's path and, for a dynamic list, its rows' fields' ("list.field", nested too). */
  private static void addPaths(Field field, String prefix, List<String> paths) {
    paths.add(prefix + field.key());
    field.children().values().forEach(child -> addPaths(child, prefix + field.key() + ".", paths));
  }
}
