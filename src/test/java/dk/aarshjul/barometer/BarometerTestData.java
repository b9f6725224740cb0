package dk.aarshjul.barometer;

import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.CouncilGoals.GoalDraft;
import dk.aarshjul.contract.CouncilGoals.ThemeDraft;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.measure.DataImport;
import dk.aarshjul.measure.ImportKind;
import dk.aarshjul.measure.MeasureSource;
import dk.aarshjul.measure.MeasureUnit;
import dk.aarshjul.measure.Measurements;
import dk.aarshjul.measure.Measurements.IndicatorDraft;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A term with two themes and three council goals (two measured), published survey and register
 * data, and data that is not published: an import waiting for review and a rejected one.
 */
@Component
class BarometerTestData {

  /** Terms begin in 2026 + 4n; far from the demo's and the other tests' terms. */
  private static final AtomicInteger NEXT_TERM = new AtomicInteger(2098);

  static final String LONELY = "Hvor ofte føler du dig ensom?";
  static final String COHERENCE =
      "Mine sager hænger sammen, selv om flere afdelinger er involveret";

  private final Periods periods;
  private final CouncilGoals councilGoals;
  private final Measurements measurements;

  BarometerTestData(Periods periods, CouncilGoals councilGoals, Measurements measurements) {
    this.periods = periods;
    this.councilGoals = councilGoals;
    this.measurements = measurements;
  }

  /** The term's first year is {@link Period#getFirstYear()}; its baseline the year before. */
  @Transactional
  Period publishedTerm() {
    Period term = themedTerm();
    int base = term.getFirstYear() - 1;
    List<Goal> goals = councilGoals.ofPeriod(term.getId());
    measurements.define(
        term.getId(),
        List.of(
            new IndicatorDraft(
                goals.get(0).getId(),
                MeasureSource.SURVEY,
                LONELY,
                List.of("Ofte"),
                "Andel af borgerne, der ofte føler sig ensomme",
                MeasureUnit.PERCENT,
                base,
                new BigDecimal("6"),
                false),
            new IndicatorDraft(
                goals.get(2).getId(),
                MeasureSource.REGISTER,
                "Indbyggertal",
                List.of(),
                "Antal indbyggere",
                MeasureUnit.COUNT,
                base,
                new BigDecimal("97000"),
                true),
            new IndicatorDraft(
                null,
                MeasureSource.SURVEY,
                COHERENCE,
                List.of("Enig"),
                "Andel, der oplever, at deres sager hænger sammen",
                MeasureUnit.PERCENT,
                base,
                null,
                true)));
    measurements.publishIndicators(term.getId(), "bo");
    publish(survey(term, base, "7,9", "41"));
    publish(survey(term, base + 1, "6,5", "44"));
    publish(
        measurements.importFile(
            term.getId(),
            ImportKind.REGISTER,
            null,
            "Indbyggertal.csv",
            "indikator;år;værdi\nIndbyggertal;"
                + base
                + ";96.921\nIndbyggertal;"
                + (base + 1)
                + ";97.512\n",
            "anne"));
    // waiting for review: never public
    survey(term, base + 2, "3,3", "77");
    // rejected: never public
    DataImport rejected =
        measurements.importFile(
            term.getId(),
            ImportKind.REGISTER,
            null,
            "Fejl.csv",
            "indikator;år;værdi\nIndbyggertal;" + (base + 2) + ";12.345\n",
            "anne");
    measurements.review(rejected.getId(), false, "Forkert tal", "bo");
    return term;
  }

  /** A term whose goals and indicators are drafts: nothing of it is published. */
  @Transactional
  Period unpublishedTerm() {
    Period term = themedTerm();
    List<Goal> goals = councilGoals.ofPeriod(term.getId());
    measurements.define(
        term.getId(),
        List.of(
            new IndicatorDraft(
                goals.get(0).getId(),
                MeasureSource.SURVEY,
                LONELY,
                List.of("Ofte"),
                "Udkast til måling af ensomhed",
                MeasureUnit.PERCENT,
                term.getFirstYear() - 1,
                new BigDecimal("6"),
                false)));
    survey(term, term.getFirstYear() - 1, "9,1", "40");
    return term;
  }

  private Period themedTerm() {
    Period term = periods.openElectionTerm(NEXT_TERM.addAndGet(4), null, GoalTemplate.EFFECT);
    councilGoals.record(
        term.getId(),
        List.of(
            new ThemeDraft(
                "Sundhed",
                "Borgerne skal have et godt og langt liv.",
                List.of(
                    new GoalDraft(null, "Færre borgere føler sig ensomme", null),
                    new GoalDraft(null, "Flere cykelstier (ikke målt)", null))),
            new ThemeDraft(
                "Vækst og socialt ansvar",
                null,
                List.of(new GoalDraft(null, "Flere vil bo i kommunen", null)))));
    return term;
  }

  /** Imports and publishes one more year's survey of a published term. */
  @Transactional
  void publishSurvey(Period term, int year, String often, String agree) {
    publish(survey(term, year, often, agree));
  }

  private DataImport survey(Period term, int year, String often, String agree) {
    String rest =
        new BigDecimal("100")
            .subtract(new BigDecimal(often.replace(',', '.')))
            .toPlainString()
            .replace('.', ',');
    String disagree = String.valueOf(100 - Integer.parseInt(agree));
    return measurements.importFile(
        term.getId(),
        ImportKind.SURVEY,
        year,
        "Borgermåling " + year + ".csv",
        "spørgsmål;antal svar;svar;andel\n"
            + LONELY
            + ";3812;Ofte;"
            + often
            + "\n"
            + LONELY
            + ";3812;Sjældent;"
            + rest
            + "\n"
            + COHERENCE
            + ";3790;Enig;"
            + agree
            + "\n"
            + COHERENCE
            + ";3790;Uenig;"
            + disagree
            + "\n",
        "anne");
  }

  private void publish(DataImport data) {
    measurements.review(data.getId(), true, null, "bo");
  }
}
