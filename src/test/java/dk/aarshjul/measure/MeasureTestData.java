package dk.aarshjul.measure;

import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Terms with indicators for the measurement tests, each test its own term (no shared state). */
@Component
class MeasureTestData {

  /**
   * Terms begin in 2026 + 4n, at most in 2198; these (2142 on) are far from the demo's and the
   * other tests' terms (BarometerTestData's run from 2102 up, YearlyStartTimerTest's clock opens
   * 2170, MeasurementRestAttackTest's from 2190 down).
   */
  private static final AtomicInteger NEXT_TERM = new AtomicInteger(2138);

  static final String LONELY = "Hvor ofte føler du dig ensom?";
  static final String COHERENCE =
      "Kommunen sørger for, at mine sager hænger sammen, selv om flere afdelinger er involveret";
  static final String POPULATION = "Indbyggertal";

  private final Periods periods;
  private final Measurements measurements;

  MeasureTestData(Periods periods, Measurements measurements) {
    this.periods = periods;
    this.measurements = measurements;
  }

  /**
   * A new term (first year returned by {@link Period#getFirstYear()}) measured from the year before
   * it: loneliness by the survey (lower is better), population by register data (higher is better)
   * and one coherence statement.
   */
  Period termWithIndicators() {
    Period term = periods.openElectionTerm(NEXT_TERM.addAndGet(4), null, GoalTemplate.EFFECT);
    int baseline = term.getFirstYear() - 1;
    measurements.define(
        term.getId(),
        List.of(
            new Measurements.IndicatorDraft(
                null,
                MeasureSource.SURVEY,
                LONELY,
                List.of("Ofte"),
                "Andel af borgerne, der ofte føler sig ensomme",
                MeasureUnit.PERCENT,
                baseline,
                new BigDecimal("6"),
                false),
            new Measurements.IndicatorDraft(
                null,
                MeasureSource.REGISTER,
                POPULATION,
                List.of(),
                "Antal indbyggere",
                MeasureUnit.COUNT,
                baseline,
                new BigDecimal("100000"),
                true),
            new Measurements.IndicatorDraft(
                null,
                MeasureSource.SURVEY,
                COHERENCE,
                List.of("Enig"),
                "Andel, der oplever, at deres sager hænger sammen",
                MeasureUnit.PERCENT,
                baseline,
                null,
                true)));
    return term;
  }

  /** A survey of the year: loneliness "Ofte" at {@code often} %, coherence "Enig" at 41 %. */
  static String survey(String often) {
    java.math.BigDecimal rest =
        new BigDecimal("100").subtract(new BigDecimal(often.replace(',', '.')));
    return "spørgsmål;antal svar;svar;andel\n"
        + LONELY
        + ";3812;Ofte;"
        + often
        + "\n"
        + LONELY
        + ";3812;Af og til eller sjældent;"
        + rest.toPlainString().replace('.', ',')
        + "\n"
        + COHERENCE
        + ";3790;Enig;41\n"
        + COHERENCE
        + ";3790;Uenig;59\n"
        + "Et spørgsmål uden målsætning;3790;Ja;100\n";
  }
}
