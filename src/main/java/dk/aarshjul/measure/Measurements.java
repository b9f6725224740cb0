package dk.aarshjul.measure;

import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PastedFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a period's goals are measured, and the data imported for them: a file is checked whole
 * (refused with a Danish message per wrong line, nothing stored), stored as imported, and published
 * or rejected by a reviewer other than the importer.
 */
@Service
@Transactional
public class Measurements {

  static final int MAX_INDICATORS = 200;

  private final IndicatorRepository indicators;
  private final DataImportRepository imports;
  private final SurveyAnswerRepository answers;
  private final RegisterValueRepository registerValues;
  private final Periods periods;
  private final ApplicationEventPublisher events;

  Measurements(
      IndicatorRepository indicators,
      DataImportRepository imports,
      SurveyAnswerRepository answers,
      RegisterValueRepository registerValues,
      Periods periods,
      ApplicationEventPublisher events) {
    this.indicators = indicators;
    this.imports = imports;
    this.answers = answers;
    this.registerValues = registerValues;
    this.periods = periods;
    this.events = events;
  }

  /**
   * How one goal (or, without a goal, a coherence statement of the survey) is to be measured.
   *
   * @param codeOrQuestion the register indicator's name or the survey question, as in the files
   * @param countedAnswers for a survey question: the answers whose shares are added up
   */
  public record IndicatorDraft(
      Long goalId,
      MeasureSource source,
      String codeOrQuestion,
      List<String> countedAnswers,
      String label,
      MeasureUnit unit,
      int baselineYear,
      BigDecimal targetValue,
      boolean higherIsBetter) {}

  /**
   * Replaces the period's indicators with the drafts, in their order; refused once the period's
   * indicators are published (the public page's history must not change).
   */
  public List<Indicator> define(long periodId, List<IndicatorDraft> drafts) {
    Period period = periods.get(periodId);
    List<Indicator> existing = indicators.findByPeriodIdOrderByPosition(periodId);
    if (existing.stream().anyMatch(Indicator::isPublished)) {
      throw new InvalidSubmissionException(
          "indicators", "Målingen er offentliggjort og kan ikke længere ændres.");
    }
    if (drafts.isEmpty() || drafts.size() > MAX_INDICATORS) {
      throw new InvalidSubmissionException(
          "indicators", "Angiv fra 1 til " + MAX_INDICATORS + " målepunkter.");
    }
    Set<Long> goals = new HashSet<>();
    for (IndicatorDraft draft : drafts) {
      if (draft.goalId() != null && !goals.add(draft.goalId())) {
        throw new InvalidSubmissionException(
            "indicators",
            "Hver målsætning har ét målepunkt; '" + draft.label() + "' står to gange.");
      }
      if (draft.baselineYear() < period.getFirstYear() - 4
          || draft.baselineYear() > period.getLastYear()) {
        throw new InvalidSubmissionException(
            "indicators",
            "'"
                + draft.label()
                + "': baselineåret skal ligge fra "
                + (period.getFirstYear() - 4)
                + " til "
                + period.getLastYear()
                + ".");
      }
      if (draft.source() == MeasureSource.SURVEY && draft.countedAnswers().isEmpty()) {
        throw new InvalidSubmissionException(
            "indicators", "'" + draft.label() + "': angiv hvilke svar der tælles med.");
      }
    }
    indicators.deleteAll(existing);
    indicators.flush();
    List<Indicator> saved = new ArrayList<>();
    int position = 1;
    for (IndicatorDraft draft : drafts) {
      saved.add(
          indicators.save(
              new Indicator(
                  periodId,
                  draft.goalId(),
                  position++,
                  draft.source(),
                  draft.codeOrQuestion(),
                  draft.countedAnswers(),
                  draft.label(),
                  draft.unit(),
                  draft.baselineYear(),
                  draft.targetValue(),
                  draft.higherIsBetter())));
    }
    return saved;
  }

  /** The period's indicators, published or not, in their order. */
  @Transactional(readOnly = true)
  public List<Indicator> indicators(long periodId) {
    return indicators.findByPeriodIdOrderByPosition(periodId);
  }

  /** Publishes the period's indicators: from now on the public page shows them. */
  public void publishIndicators(long periodId, String actor) {
    List<Indicator> all = indicators.findByPeriodIdOrderByPosition(periodId);
    if (all.isEmpty()) {
      throw new InvalidSubmissionException(
          "indicators", "Perioden har ingen målepunkter at offentliggøre.");
    }
    all.forEach(indicator -> indicator.publish(actor));
    events.publishEvent(new MeasurementPublished(periodId));
  }

  /**
   * Checks and stores a pasted file as an import of the period, waiting for review; a wrong file is
   * refused whole with a Danish message per wrong line and nothing is stored.
   */
  public DataImport importFile(
      long periodId,
      ImportKind kind,
      Integer surveyYear,
      String fileName,
      String text,
      String actor) {
    if (actor == null) {
      throw new IllegalStateException("An import needs the user who made it");
    }
    Period period = periods.get(periodId);
    List<Indicator> periodIndicators = indicators.findByPeriodIdOrderByPosition(periodId);
    if (periodIndicators.isEmpty()) {
      throw new InvalidSubmissionException(
          PastedFile.VARIABLE,
          "Perioden har endnu ingen målepunkter; data kan indlæses, når målingen er fastlagt.");
    }
    int firstYear =
        periodIndicators.stream().mapToInt(Indicator::getBaselineYear).min().orElseThrow();
    try {
      if (kind == ImportKind.SURVEY) {
        if (surveyYear == null || surveyYear < firstYear || surveyYear > period.getLastYear()) {
          throw new InvalidSubmissionException(
              MeasureVariables.SURVEY_YEAR.name(),
              "Borgermålingens år skal ligge fra "
                  + firstYear
                  + " til "
                  + period.getLastYear()
                  + ".");
        }
        List<SurveyFile.Row> rows = SurveyFile.parse(text);
        DataImport data =
            imports.save(new DataImport(periodId, kind, surveyYear, fileName, rows.size(), actor));
        answers.saveAll(rows.stream().map(row -> new SurveyAnswer(data.getId(), row)).toList());
        return data;
      }
      Set<String> codes =
          periodIndicators.stream()
              .filter(i -> i.getSource() == MeasureSource.REGISTER)
              .map(Indicator::getCode)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      if (codes.isEmpty()) {
        throw new InvalidSubmissionException(
            PastedFile.VARIABLE, "Perioden har ingen målepunkter med registerdata.");
      }
      List<RegisterFile.Row> rows =
          RegisterFile.parse(text, codes, firstYear, period.getLastYear());
      DataImport data =
          imports.save(new DataImport(periodId, kind, null, fileName, rows.size(), actor));
      registerValues.saveAll(
          rows.stream().map(row -> new RegisterValue(data.getId(), row)).toList());
      return data;
    } catch (ImportRefused refused) {
      throw new InvalidSubmissionException(PastedFile.VARIABLE, refused.danishMessage());
    }
  }

  /** The import, as the review task shows it. */
  @Transactional(readOnly = true)
  public DataImport get(long importId) {
    return imports
        .findById(importId)
        .orElseThrow(() -> new IllegalArgumentException("Indlæsning " + importId + " findes ikke"));
  }

  /**
   * Publishes or rejects an import. The reviewer must be someone other than the importer; a
   * rejection needs a comment (the importer reads it).
   */
  public DataImport review(long importId, boolean publish, String comment, String actor) {
    DataImport data = get(importId);
    if (data.getStatus() != ImportStatus.IMPORTED) {
      throw new InvalidSubmissionException(
          MeasureVariables.PUBLISH,
          "Indlæsningen er allerede " + data.getStatus().label().toLowerCase() + ".");
    }
    if (actor == null || actor.equals(data.getImportedBy())) {
      throw new InvalidSubmissionException(
          MeasureVariables.PUBLISH,
          "Indlæsningen skal kontrolleres af en anden end den, der indlæste filen.");
    }
    if (!publish && (comment == null || comment.isBlank())) {
      throw new InvalidSubmissionException(
          MeasureVariables.REVIEW_COMMENT, "Skriv hvorfor indlæsningen afvises.");
    }
    data.review(publish, comment, actor);
    if (publish) {
      // the first published data publishes the period's measurement with it
      indicators.findByPeriodIdOrderByPosition(data.getPeriodId()).forEach(i -> i.publish(actor));
      events.publishEvent(new MeasurementPublished(data.getPeriodId()));
    }
    return data;
  }

  /** One indicator as a review shows it: the value the import gives, beside the published one. */
  public record ReviewLine(
      Indicator indicator, List<MeasuredValue> imported, List<MeasuredValue> published) {}

  /**
   * What an import would change: per indicator of its kind the values it holds and the values
   * published today; and the survey questions in the file that no indicator uses.
   */
  @Transactional(readOnly = true)
  public ImportReview reviewOf(long importId) {
    DataImport data = get(importId);
    List<Indicator> periodIndicators = indicators.findByPeriodIdOrderByPosition(data.getPeriodId());
    List<DataImport> published =
        imports.findByPeriodIdAndStatusOrderByReviewedAtAscIdAsc(
            data.getPeriodId(), ImportStatus.PUBLISHED);
    List<Long> ids = new ArrayList<>(published.stream().map(DataImport::getId).toList());
    ids.add(data.getId());
    List<SurveyAnswer> allAnswers = answers.findByImportIdInOrderByLineNumber(ids);
    List<RegisterValue> allValues = registerValues.findByImportIdInOrderByLineNumber(ids);
    List<ReviewLine> lines = new ArrayList<>();
    MeasureSource source =
        data.getKind() == ImportKind.SURVEY ? MeasureSource.SURVEY : MeasureSource.REGISTER;
    for (Indicator indicator : periodIndicators) {
      if (indicator.getSource() == source) {
        lines.add(
            new ReviewLine(
                indicator,
                SeriesCalculator.values(indicator, List.of(data), allAnswers, allValues),
                SeriesCalculator.values(indicator, published, allAnswers, allValues)));
      }
    }
    Set<String> used = new HashSet<>();
    periodIndicators.stream()
        .filter(i -> i.getSource() == MeasureSource.SURVEY)
        .forEach(i -> used.add(SurveyFile.key(i.getQuestion())));
    Map<String, String> unused = new LinkedHashMap<>();
    allAnswers.stream()
        .filter(a -> a.getImportId().equals(data.getId()))
        .filter(a -> !used.contains(SurveyFile.key(a.getQuestion())))
        .forEach(a -> unused.putIfAbsent(SurveyFile.key(a.getQuestion()), a.getQuestion()));
    return new ImportReview(data, lines, List.copyOf(unused.values()));
  }

  /** An import with what it would change. */
  public record ImportReview(
      DataImport data, List<ReviewLine> lines, List<String> unusedQuestions) {}

  /** The period's published indicators with their values from published imports only. */
  @Transactional(readOnly = true)
  public List<IndicatorSeries> published(long periodId) {
    List<Indicator> shown = indicators.findByPeriodIdAndPublishedAtNotNullOrderByPosition(periodId);
    if (shown.isEmpty()) {
      return List.of();
    }
    List<DataImport> published =
        imports.findByPeriodIdAndStatusOrderByReviewedAtAscIdAsc(periodId, ImportStatus.PUBLISHED);
    List<Long> ids = published.stream().map(DataImport::getId).toList();
    List<SurveyAnswer> publishedAnswers =
        ids.isEmpty() ? List.of() : answers.findByImportIdInOrderByLineNumber(ids);
    List<RegisterValue> publishedValues =
        ids.isEmpty() ? List.of() : registerValues.findByImportIdInOrderByLineNumber(ids);
    return shown.stream()
        .map(
            indicator ->
                new IndicatorSeries(
                    indicator,
                    SeriesCalculator.values(
                        indicator, published, publishedAnswers, publishedValues)))
        .toList();
  }

  /** When the period's data was last published (indicators or an import); none before. */
  @Transactional(readOnly = true)
  public java.util.Optional<java.time.Instant> lastPublished(long periodId) {
    return java.util.stream.Stream.concat(
            indicators.findByPeriodIdAndPublishedAtNotNullOrderByPosition(periodId).stream()
                .map(Indicator::getPublishedAt),
            imports
                .findByPeriodIdAndStatusOrderByReviewedAtAscIdAsc(periodId, ImportStatus.PUBLISHED)
                .stream()
                .map(DataImport::getReviewedAt))
        .max(java.util.Comparator.naturalOrder());
  }

  /** The periods that have published indicators, newest first. */
  @Transactional(readOnly = true)
  public List<Long> publishedPeriods() {
    return indicators.findPublishedPeriodIds().stream().sorted(Comparator.reverseOrder()).toList();
  }

  /** Changes whenever something is published: what a cache of the public page is keyed by. */
  @Transactional(readOnly = true)
  public String publicationStamp() {
    Object[] row = imports.publicationStamp().get(0);
    long published = indicators.countByPublishedAtNotNull();
    return row[0] + "/" + row[1] + "/" + published;
  }
}
