package dk.aarshjul.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.challenge.ChallengeFields;
import dk.aarshjul.contract.ContractFields;
import dk.aarshjul.contract.GoalFields;
import dk.aarshjul.dialogue.DialogueFields;
import dk.aarshjul.followup.FollowUpFields;
import dk.aarshjul.models.skanderborg.SkanderborgFields;
import dk.aarshjul.theme.ThemeFields;
import dk.aarshjul.tracks.TrackFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A field declared once in code and shown in a form has the same rules in both: required and most
 * characters.
 */
class FormFieldsTest {

  /** Every block's declared form fields, per form key. */
  static final List<Map<String, List<FormField>>> DECLARATIONS =
      List.of(
          GoalFields.FORMS,
          ContractFields.FORMS,
          ChallengeFields.FORMS,
          dk.aarshjul.hearing.HearingFields.FORMS,
          TrackFields.FORMS,
          DialogueFields.FORMS,
          ThemeFields.FORMS,
          FollowUpFields.FORMS,
          dk.aarshjul.contract.TermGoalFields.FORMS,
          dk.aarshjul.contract.AgreementGoalFields.FORMS,
          dk.aarshjul.models.hvidovre.HvidovreFields.FORMS,
          dk.aarshjul.measure.MeasureFields.FORMS,
          dk.aarshjul.measure.IndicatorForm.FORMS,
          dk.aarshjul.theme.WorkshopFields.FORMS,
          dk.aarshjul.models.viborg.ViborgFields.FORMS,
          dk.aarshjul.models.viborg.SamLabFields.FORMS,
          dk.aarshjul.dialogue.JointMeetingVariables.FORMS,
          dk.aarshjul.conduct.ConductFields.FORMS,
          dk.aarshjul.dialogue.InstitutionMeetingFields.FORMS,
          dk.aarshjul.models.slagelse.SlagelseFields.FORMS,
          SkanderborgFields.FORMS);

  @Test
  void shouldDeclareTheFieldsOfEveryFormThatChecksOne() throws IOException {
    // Given every form of processes/ with a checked field (required, length or range)
    java.util.Set<String> declared = new java.util.TreeSet<>();
    DECLARATIONS.forEach(declarations -> declared.addAll(declarations.keySet()));
    java.util.Set<String> checking = new java.util.TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        String key = file.getFileName().toString().replace(".form", "");
        if (!fields(key).isEmpty()) {
          checking.add(key);
        }
      }
    }
    // Then each has its declaration in a block
    assertThat(declared).containsAll(checking);
  }

  @Test
  void shouldShowEveryDeclaredFieldWithItsDeclaredRulesInItsForm() throws IOException {
    for (Map<String, List<FormField>> declarations : DECLARATIONS) {
      for (Map.Entry<String, List<FormField>> form : declarations.entrySet()) {
        // Given the form's fields with their validation, a list row's field as "list.field"
        Map<String, JsonNode> shown = fields(form.getKey());

        // Then each declared field is in the form with the declared rules
        for (FormField field : form.getValue()) {
          JsonNode component = shown.get(field.key());
          assertThat(component)
              .as(form.getKey() + ".form has the field " + field.key())
              .isNotNull();
          JsonNode validate = component.path("validate");
          assertThat(validate.path("required").asBoolean(false))
              .as(form.getKey() + " " + field.key() + " required")
              .isEqualTo(field.required());
          Integer maxLength = validate.has("maxLength") ? validate.get("maxLength").asInt() : null;
          assertThat(maxLength)
              .as(form.getKey() + " " + field.key() + " maxLength")
              .isEqualTo(field.maxLength());
          Integer min = validate.has("min") ? validate.get("min").asInt() : null;
          Integer max = validate.has("max") ? validate.get("max").asInt() : null;
          assertThat(min).as(form.getKey() + " " + field.key() + " min").isEqualTo(field.min());
          assertThat(max).as(form.getKey() + " " + field.key() + " max").isEqualTo(field.max());
        }
        // And every field of the form with a rule is declared (nothing is checked in the browser
        // only)
        List<String> declared = form.getValue().stream().map(FormField::key).toList();
        shown.forEach(
            (key, component) -> {
              JsonNode validate = component.path("validate");
              if (validate.path("required").asBoolean(false)
                  || validate.has("maxLength")
                  || validate.has("min")) {
                assertThat(declared)
                    .as(form.getKey() + ".form's field " + key + " is declared")
                    .contains(key);
              }
            });
      }
    }
  }

  private static Map<String, JsonNode> fields(String formKey) throws IOException {
    Path file;
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      file =
          files
              .filter(path -> path.getFileName().toString().equals(formKey + ".form"))
              .findFirst()
              .orElseThrow();
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    collect(new ObjectMapper().readTree(file.toFile()), "", fields);
    return fields;
  }

  private static void collect(JsonNode container, String prefix, Map<String, JsonNode> fields) {
    for (JsonNode component : container.path("components")) {
      String key =
          component.has("key")
              ? component.get("key").asText()
              : component.has("path") ? component.get("path").asText() : null;
      JsonNode rules = component.path("validate");
      if (key != null
          && (rules.path("required").asBoolean(false)
              || rules.has("maxLength")
              || rules.has("min"))) {
        fields.put(prefix + key, component);
      }
      collect(
          component,
          "dynamiclist".equals(component.path("type").asText()) ? prefix + key + "." : prefix,
          fields);
    }
  }
}
