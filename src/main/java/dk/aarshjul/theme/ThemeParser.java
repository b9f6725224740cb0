package dk.aarshjul.theme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Turns the themes a form or REST client submitted (a Json list, most important first) into
 * validated {@link Theme}s. Every problem is reported in Danish, naming the theme and the field.
 */
class ThemeParser {

  static final int MAX_THEMES = 15;
  static final int MAX_TITLE = ThemeFields.THEME_TITLE.maxLength();
  static final int MAX_TEXT = ThemeFields.THEME_DESCRIPTION.maxLength();

  private static final Set<String> THEME_FIELDS = Set.of("kind", "title", "description");

  private final ObjectMapper objectMapper;

  ThemeParser(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  List<Theme> parseThemes(String json) {
    JsonNode root;
    try {
      root = json == null ? null : objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid("Temaerne kunne ikke læses. Udfyld formularen igen.");
    }
    if (root == null || root.isNull() || !root.isArray() || root.isEmpty()) {
      throw invalid("Registrér mindst ét prioriteret tema eller dilemma.");
    }
    if (root.size() > MAX_THEMES) {
      throw invalid(
          "Der kan højst registreres "
              + MAX_THEMES
              + " temaer og dilemmaer (der er "
              + root.size()
              + ").");
    }
    List<Theme> themes = new ArrayList<>();
    int priority = 1;
    for (JsonNode item : root) {
      themes.add(parseTheme(item, priority++));
    }
    return themes;
  }

  private Theme parseTheme(JsonNode item, int priority) {
    String prefix = "Prioritet " + priority + ": ";
    if (!item.isObject()) {
      throw invalid(prefix + "temaet har et ugyldigt format.");
    }
    for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!THEME_FIELDS.contains(name)) {
        throw invalid(prefix + "feltet '" + name + "' kendes ikke.");
      }
    }
    ThemeKind kind = parseKind(item.get("kind"), prefix);
    String title = text(item, "title", "Titel", MAX_TITLE, prefix);
    if (title == null) {
      throw invalid(prefix + "'Titel' skal udfyldes.");
    }
    String description = text(item, "description", "Beskrivelse", MAX_TEXT, prefix);
    return new Theme(kind, title, description);
  }

  private static ThemeKind parseKind(JsonNode node, String prefix) {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      throw invalid(prefix + "vælg om det er et tema eller et dilemma.");
    }
    if (!node.isTextual()) {
      throw invalid(prefix + "'Type' skal være tema eller dilemma.");
    }
    return ThemeKind.fromFormValue(node.asText().strip())
        .orElseThrow(
            () ->
                invalid(
                    prefix
                        + "typen '"
                        + node.asText()
                        + "' findes ikke. Vælg tema eller dilemma."));
  }

  private static String text(JsonNode item, String field, String label, int max, String prefix) {
    return FormValues.optionalText(item, field, ThemeMeetingVariables.THEMES, prefix, label, max);
  }

  static InvalidSubmissionException invalid(String message) {
    return new InvalidSubmissionException(ThemeMeetingVariables.THEMES, message);
  }
}
