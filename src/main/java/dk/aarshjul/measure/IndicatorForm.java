package dk.aarshjul.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.process.FormField;
import dk.aarshjul.process.InvalidSubmissionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The form that says how a period's goals are measured: one row per goal (its title read-only),
 * with source, indicator or question, counted answers, what is measured, unit, target and which
 * direction is better; and the survey's coherence statements. Declared once, parsed here.
 */
@Component
public class IndicatorForm {

  public static final String INDICATORS = "indicators";
  public static final String STATEMENTS = "statements";
  public static final String BASELINE_YEAR_KEY = "baselineYear";
  public static final String HIGHER = "hoejere";
  public static final String LOWER = "lavere";

  public static final FormField BASELINE_YEAR =
      FormField.number(BASELINE_YEAR_KEY, "Baselineår", 2000, 2200);
  public static final FormField SOURCE = FormField.choice("source", "Kilde", true);
  public static final FormField CODE_OR_QUESTION =
      FormField.requiredText(
          "codeOrQuestion", "Indikator (registerdata) eller spørgsmål (borgermåling)", 500);
  public static final FormField COUNTED =
      FormField.optionalText("countedAnswers", "Svar, der tælles med (adskilt af semikolon)", 1000);
  public static final FormField LABEL =
      FormField.requiredText("label", "Hvad måles (vises på barometeret)", 300);
  public static final FormField UNIT = FormField.choice("unit", "Enhed", true);
  public static final FormField TARGET =
      FormField.decimal("target", "Mål for periodens sidste år", true);
  public static final FormField DIRECTION = FormField.choice("direction", "Hvad er bedst?", true);
  public static final FormField STATEMENT_QUESTION =
      FormField.requiredText("question", "Udsagn (spørgsmål i borgermålingen)", 500);
  public static final FormField STATEMENT_COUNTED =
      FormField.requiredText("countedAnswers", "Svar, der tælles med (adskilt af semikolon)", 1000);
  public static final FormField STATEMENT_LABEL =
      FormField.requiredText("label", "Hvad måles (vises på barometeret)", 300);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "define-measurement",
          List.of(
              BASELINE_YEAR,
              SOURCE.inList(INDICATORS),
              CODE_OR_QUESTION.inList(INDICATORS),
              COUNTED.inList(INDICATORS),
              LABEL.inList(INDICATORS),
              UNIT.inList(INDICATORS),
              TARGET.inList(INDICATORS),
              DIRECTION.inList(INDICATORS),
              STATEMENT_QUESTION.inList(STATEMENTS),
              STATEMENT_COUNTED.inList(STATEMENTS),
              STATEMENT_LABEL.inList(STATEMENTS)));

  private final ObjectMapper json;
  private final Measurements measurements;

  IndicatorForm(ObjectMapper json, Measurements measurements) {
    this.json = json;
    this.measurements = measurements;
  }

  /** A goal to be measured: its id and title (the row shows the title read-only). */
  public record MeasuredGoal(long id, String title) {}

  /** The rows to prefill: one per goal, with what is defined already; and the statements. */
  public record Prefill(String indicatorsJson, String statementsJson, int baselineYear) {}

  public Prefill prefill(long periodId, List<MeasuredGoal> goals, int defaultBaselineYear) {
    List<Indicator> defined = measurements.indicators(periodId);
    ArrayNode rows = json.createArrayNode();
    for (MeasuredGoal goal : goals) {
      ObjectNode row = rows.addObject();
      row.put("title", goal.title());
      defined.stream()
          .filter(i -> Long.valueOf(goal.id()).equals(i.getGoalId()))
          .findFirst()
          .ifPresent(
              i -> {
                row.put(SOURCE.key(), i.getSource().formValue());
                row.put(
                    CODE_OR_QUESTION.key(),
                    i.getSource() == MeasureSource.REGISTER ? i.getCode() : i.getQuestion());
                row.put(COUNTED.key(), String.join("; ", i.getCountedAnswers()));
                row.put(LABEL.key(), i.getLabel());
                row.put(UNIT.key(), i.getUnit().formValue());
                if (i.getTargetValue() != null) {
                  row.put(TARGET.key(), DanishNumber.format(i.getTargetValue()));
                }
                row.put(DIRECTION.key(), i.isHigherIsBetter() ? HIGHER : LOWER);
              });
    }
    ArrayNode statements = json.createArrayNode();
    defined.stream()
        .filter(i -> i.getGoalId() == null)
        .forEach(
            i -> {
              ObjectNode row = statements.addObject();
              row.put(STATEMENT_QUESTION.key(), i.getQuestion());
              row.put(STATEMENT_COUNTED.key(), String.join("; ", i.getCountedAnswers()));
              row.put(STATEMENT_LABEL.key(), i.getLabel());
            });
    int baseline =
        defined.stream().mapToInt(Indicator::getBaselineYear).min().orElse(defaultBaselineYear);
    return new Prefill(rows.toString(), statements.toString(), baseline);
  }

  /** Parses the submission (rows in the goals' order) and defines the period's indicators. */
  public List<Indicator> submit(
      long periodId,
      List<MeasuredGoal> goals,
      Object indicatorsValue,
      Object statementsValue,
      Object baselineYearValue) {
    if (!(baselineYearValue instanceof Number number)
        || number.intValue() != number.doubleValue()) {
      throw new InvalidSubmissionException(BASELINE_YEAR_KEY, "Angiv baselineåret, fx 2026.");
    }
    int baselineYear = number.intValue();
    JsonNode rows = rows(indicatorsValue, INDICATORS);
    if (rows.size() != goals.size()) {
      throw new InvalidSubmissionException(
          INDICATORS, "Der skal være én række pr. målsætning (" + goals.size() + ").");
    }
    List<Measurements.IndicatorDraft> drafts = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      JsonNode row = rows.get(i);
      String prefix = "Målsætning " + (i + 1) + " (" + goals.get(i).title() + "): ";
      MeasureSource source =
          MeasureSource.fromFormValue(text(row, SOURCE.key()))
              .orElseThrow(
                  () ->
                      invalid(
                          INDICATORS, prefix + "vælg kilden: registerdata eller borgermåling."));
      String codeOrQuestion = CODE_OR_QUESTION.text(row, INDICATORS, prefix);
      List<String> counted = answers(COUNTED.text(row, INDICATORS, prefix));
      if (source == MeasureSource.SURVEY && counted.isEmpty()) {
        throw invalid(
            INDICATORS, prefix + "skriv hvilke svar der tælles med, fx 'Helt enig; Enig'.");
      }
      String label = LABEL.text(row, INDICATORS, prefix);
      MeasureUnit unit =
          MeasureUnit.fromFormValue(text(row, UNIT.key()))
              .orElseThrow(() -> invalid(INDICATORS, prefix + "vælg enheden."));
      BigDecimal target = decimal(row.get(TARGET.key()), prefix);
      if (target == null) {
        throw invalid(INDICATORS, prefix + "angiv målet for periodens sidste år.");
      }
      String direction = text(row, DIRECTION.key());
      if (!HIGHER.equals(direction) && !LOWER.equals(direction)) {
        throw invalid(INDICATORS, prefix + "vælg om et højere eller et lavere tal er bedst.");
      }
      drafts.add(
          new Measurements.IndicatorDraft(
              goals.get(i).id(),
              source,
              codeOrQuestion,
              source == MeasureSource.SURVEY ? counted : List.of(),
              label,
              unit,
              baselineYear,
              target,
              HIGHER.equals(direction)));
    }
    int s = 1;
    for (JsonNode row : rows(statementsValue, STATEMENTS)) {
      String prefix = "Udsagn " + s++ + ": ";
      drafts.add(
          new Measurements.IndicatorDraft(
              null,
              MeasureSource.SURVEY,
              STATEMENT_QUESTION.text(row, STATEMENTS, prefix),
              answers(STATEMENT_COUNTED.text(row, STATEMENTS, prefix)),
              STATEMENT_LABEL.text(row, STATEMENTS, prefix),
              MeasureUnit.PERCENT,
              baselineYear,
              null,
              true));
    }
    return measurements.define(periodId, drafts);
  }

  private static List<String> answers(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(";"))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .distinct()
            .toList();
  }

  private static String text(JsonNode row, String key) {
    JsonNode node = row.get(key);
    return node == null || !node.isTextual() ? null : node.asText();
  }

  private static BigDecimal decimal(JsonNode node, String prefix) {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return DanishNumber.decimal(node.asText())
        .orElseThrow(() -> invalid(INDICATORS, prefix + "'Mål' skal være et tal."));
  }

  private static JsonNode rows(Object value, String field) {
    return dk.aarshjul.process.FormValues.rows(value, field);
  }

  private static InvalidSubmissionException invalid(String field, String message) {
    return new InvalidSubmissionException(field, message);
  }
}
