package dk.aarshjul.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns imported rows into an indicator's values per year: a register indicator's value of the
 * year; a survey question's counted answers' shares added up. When several imports hold the same
 * year, the last one in the given order (the latest correction) wins.
 */
final class SeriesCalculator {

  private SeriesCalculator() {}

  static List<MeasuredValue> values(
      Indicator indicator,
      List<DataImport> imports,
      Collection<SurveyAnswer> answers,
      Collection<RegisterValue> registerValues) {
    Map<Integer, MeasuredValue> byYear = new TreeMap<>();
    for (DataImport data : imports) {
      if (indicator.getSource() == MeasureSource.SURVEY && data.getKind() == ImportKind.SURVEY) {
        surveyValue(indicator, data, answers).ifPresent(v -> byYear.put(v.year(), v));
      } else if (indicator.getSource() == MeasureSource.REGISTER
          && data.getKind() == ImportKind.REGISTER) {
        for (RegisterValue row : registerValues) {
          if (row.getImportId().equals(data.getId())
              && SurveyFile.key(row.getCode()).equals(SurveyFile.key(indicator.getCode()))) {
            byYear.put(
                row.getYear(),
                new MeasuredValue(row.getYear(), row.getAmount(), null, data.getId()));
          }
        }
      }
    }
    return new ArrayList<>(byYear.values());
  }

  private static java.util.Optional<MeasuredValue> surveyValue(
      Indicator indicator, DataImport data, Collection<SurveyAnswer> answers) {
    String question = SurveyFile.key(indicator.getQuestion());
    Set<String> counted = new HashSet<>();
    indicator.getCountedAnswers().forEach(answer -> counted.add(SurveyFile.key(answer)));
    BigDecimal sum = BigDecimal.ZERO;
    Integer respondents = null;
    for (SurveyAnswer answer : answers) {
      if (answer.getImportId().equals(data.getId())
          && SurveyFile.key(answer.getQuestion()).equals(question)) {
        respondents = answer.getRespondents();
        if (counted.contains(SurveyFile.key(answer.getAnswer()))) {
          sum = sum.add(answer.getShare());
        }
      }
    }
    return respondents == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new MeasuredValue(data.getSurveyYear(), sum, respondents, data.getId()));
  }
}
