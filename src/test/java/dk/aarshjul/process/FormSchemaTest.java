package dk.aarshjul.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dk.aarshjul.process.FormSchema.Field;
import dk.aarshjul.process.FormSchema.Kind;
import dk.aarshjul.process.FormSubmissionValidator.Submitted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser over the process owners' real forms, and the validator's rules on a few hand-made
 * submissions.
 */
class FormSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DISPLAY = Set.of("text", "separator", "html", "spacer", "image");

  static Stream<Path> forms() throws IOException {
    return Files.walk(Path.of("processes")).filter(p -> p.toString().endsWith(".form")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void shouldParseEveryDeployedFormWithEveryInputField(Path form) throws IOException {
    // Given a form of the process owners' folder
    String text = Files.readString(form);

    // When it is parsed
    FormSchema schema = FormSchema.parse(text);

    // Then every keyed component (and every dynamic list) is an input field, and nothing else is
    List<String> expected = new ArrayList<>();
    collectKeys(JSON.readTree(text).get("components"), "", expected);
    assertThat(schema.fieldPaths()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(schema.id()).isEqualTo(form.getFileName().toString().replace(".form", ""));
    // and every field has a Danish label to name it in messages
    schema.fields().values().forEach(field -> assertThat(field.label()).isNotBlank());
  }

  private static void collectKeys(JsonNode components, String prefix, List<String> keys) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (DISPLAY.contains(type)) {
        continue;
      }
      if (type.equals("dynamiclist")) {
        keys.add(prefix + component.get("path").asText());
        collectKeys(
            component.get("components"), prefix + component.get("path").asText() + ".", keys);
      } else {
        keys.add(prefix + component.get("key").asText());
      }
    }
  }

  @Test
  void shouldReadTheRulesOfTheDraftContractForm() throws IOException {
    // Given the draft contract form
    FormSchema schema =
        FormSchema.parse(Files.readString(Path.of("processes/draft-contract.form")));

    // Then its goals list has the children with their types, sizes and options
    Field goals = schema.fields().get("goals");
    assertThat(goals.kind()).isEqualTo(Kind.LIST);
    assertThat(goals.label()).isEqualTo("Udviklingsmål");
    assertThat(goals.children().get("title").maxLength()).isEqualTo(200);
    assertThat(goals.children().get("title").required()).isTrue();
    assertThat(goals.children().get("track").valuesKey()).isEqualTo("trackOptions");
    assertThat(goals.children().get("addresses").kind()).isEqualTo(Kind.MULTI_CHOICE);
    assertThat(goals.children().get("multiYear").kind()).isEqualTo(Kind.CHECKBOX);
    assertThat(schema.fields().get("leadershipSpanAssessment").textLimit()).isEqualTo(4000);
  }

  @Test
  void shouldReadReadOnlyAndDisplayKeysOfListItems() throws IOException {
    // Given the goal status form: the goal's title is read-only, its info is shown by a text
    // component
    FormSchema schema =
        FormSchema.parse(Files.readString(Path.of("processes/report-goal-status.form")));

    // Then the list knows both (and the key a condition reads), and that rows cannot be added
    Field statuses = schema.fields().get("goalStatuses");
    assertThat(statuses.children().get("title").readonly()).isTrue();
    assertThat(statuses.itemDisplayKeys())
        .containsExactlyInAnyOrder("goalInfo", "usesSatisfaction");
    assertThat(statuses.allowAddRemove()).isFalse();
    assertThat(statuses.children().get("direction").values()).containsExactly("hoejere", "lavere");
  }

  @Test
  void shouldRefuseAFormWithAComponentTheServerCannotCheck() {
    // Given forms with a file picker, a nested key and a group with its own path
    String filepicker = "{\"components\":[{\"type\":\"filepicker\",\"key\":\"file\"}]}";
    String nested = "{\"components\":[{\"type\":\"textfield\",\"key\":\"a.b\"}]}";
    String group = "{\"components\":[{\"type\":\"group\",\"path\":\"x\",\"components\":[]}]}";

    // Then none parses (the submission is then rejected, never let through unchecked)
    for (String form : List.of(filepicker, nested, group)) {
      assertThatThrownBy(() -> FormSchema.parse(form)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void shouldAcceptWhatTasklistSubmits() throws IOException {
    // Given the goal status form prefilled with one goal
    FormSchema schema =
        FormSchema.parse(Files.readString(Path.of("processes/report-goal-status.form")));
    String prefilled =
        "[{\"title\":\"Lavere sygefravær\",\"goalInfo\":\"Mål: under 5 %\",\"targetValue\":5,"
            + "\"actualValue\":null,\"direction\":\"lavere\",\"colour\":null,\"effect\":null}]";
    // When Tasklist submits it (display keys dropped, numbers as Json numbers, the read-only title
    // unchanged)
    String submitted =
        "[{\"title\":\"Lavere sygefravær\",\"targetValue\":5,\"actualValue\":4.2,"
            + "\"direction\":\"lavere\",\"colour\":\"groen\",\"effect\":\"Færre vikarer\"}]";

    // Then it passes, including the required check
    List<Submitted> variables =
        List.of(
            new Submitted(
                "goalStatuses",
                SpinValues.jsonValue(submitted).create(),
                true,
                JSON.readTree(prefilled)),
            new Submitted("reportInfo", Variables.stringValue("### Opfølgning 1"), false, null));
    assertThatCode(
            () -> FormSubmissionValidator.checkSubmission(schema, variables, key -> Set.of()))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                FormSubmissionValidator.checkRequired(
                    schema,
                    key ->
                        key.equals("goalStatuses")
                            ? SpinValues.jsonValue(submitted).create()
                            : null))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectAChangedReadOnlyTitleAndAChangedDisplayKeyInAListRow() throws IOException {
    // Given the goal status form prefilled with one goal
    FormSchema schema =
        FormSchema.parse(Files.readString(Path.of("processes/report-goal-status.form")));
    JsonNode prefilled =
        JSON.readTree(
            "[{\"title\":\"Lavere sygefravær\",\"goalInfo\":\"Mål: under 5 %\","
                + "\"direction\":\"lavere\"}]");

    // Then a changed title or goal info is rejected with the row and the label named
    assertThatThrownBy(
            () ->
                FormSubmissionValidator.checkSubmission(
                    schema,
                    List.of(
                        new Submitted(
                            "goalStatuses",
                            SpinValues.jsonValue(
                                    "[{\"title\":\"Noget andet\",\"direction\":\"lavere\"}]")
                                .create(),
                            true,
                            prefilled)),
                    key -> Set.of()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessage(
            "Status på udviklingsmålene, række 1: feltet 'Udviklingsmål' kan ikke ændres. Intet er gemt.");
    assertThatThrownBy(
            () ->
                FormSubmissionValidator.checkSubmission(
                    schema,
                    List.of(
                        new Submitted(
                            "goalStatuses",
                            SpinValues.jsonValue("[{\"goalInfo\":\"x\",\"direction\":\"lavere\"}]")
                                .create(),
                            true,
                            prefilled)),
                    key -> Set.of()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("kan ikke ændres");
    // and so is a row added to a list whose rows are fixed
    assertThatThrownBy(
            () ->
                FormSubmissionValidator.checkSubmission(
                    schema,
                    List.of(
                        new Submitted(
                            "goalStatuses",
                            SpinValues.jsonValue(
                                    "[{\"direction\":\"lavere\"},{\"direction\":\"lavere\"}]")
                                .create(),
                            true,
                            prefilled)),
                    key -> Set.of()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("kan ikke tilføjes eller fjernes");
  }

  @Test
  void shouldNotEnforceRequiredOnAFieldHiddenByACondition() throws IOException {
    // Given the dialogue meeting form: 'Hvad blev aftalt' is required but hidden unless adjustments
    // were agreed
    FormSchema schema =
        FormSchema.parse(Files.readString(Path.of("processes/hold-dialogue-meeting.form")));
    TypedValue agreements =
        SpinValues.jsonValue("[{\"unitName\":\"Gl. Rye\",\"agreed\":false}]").create();

    // Then the generic check leaves it to the listener (which knows the condition)
    assertThatCode(
            () ->
                FormSubmissionValidator.checkRequired(
                    schema,
                    key ->
                        Map.of(
                                "minutes",
                                Variables.stringValue("Referat"),
                                "agreements",
                                agreements)
                            .get(key)))
        .doesNotThrowAnyException();
    assertThat(FormSubmissionValidator.same(MissingNode.getInstance(), JSON.nullNode())).isTrue();
  }
}
