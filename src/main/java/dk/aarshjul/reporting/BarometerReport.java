package dk.aarshjul.reporting;

import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.followup.GoalTrafficLight;
import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.measure.Indicator;
import dk.aarshjul.measure.IndicatorSeries;
import dk.aarshjul.measure.MeasureSource;
import dk.aarshjul.measure.MeasuredValue;
import dk.aarshjul.measure.MeasurementPublished;
import dk.aarshjul.measure.Measurements;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the public barometer of a period from published data only: the period's published
 * indicators and the values of published imports ({@link Measurements#published}), the council's
 * goals they measure under the period's themes, and the status by the traffic-light rule.
 *
 * <p>Every citizen reads the same page, so what is built is kept in a snapshot: the published
 * periods and each period's barometer. A publication on this server replaces the snapshot as soon
 * as its transaction commits ({@link MeasurementPublished}); the publication stamp is checked again
 * at most every {@code aarshjul.barometer.recheck} (default 10 s), which is how a server beside it
 * learns of a publication. Between checks a page costs no database round trip.
 */
@Service
public class BarometerReport {

  private final Measurements measurements;
  private final CouncilGoals councilGoals;
  private final Periods periods;
  private final GoalTrafficLight trafficLight;
  private final TransactionTemplate readOnly;
  private final long recheckNanos;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong versions = new AtomicLong();
  private volatile Snapshot snapshot;

  public BarometerReport(
      Measurements measurements,
      CouncilGoals councilGoals,
      Periods periods,
      GoalTrafficLight trafficLight,
      PlatformTransactionManager transactions,
      @Value("${aarshjul.barometer.recheck:PT10S}") Duration recheck) {
    this.measurements = measurements;
    this.councilGoals = councilGoals;
    this.periods = periods;
    this.trafficLight = trafficLight;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.recheckNanos = recheck.toNanos();
  }

  /** A published period: its id and name ("2026–2029"). */
  public record PublishedPeriod(long id, String name, int firstYear, int lastYear) {

    /** The period as an address part: "2026-2029". */
    public String slug() {
      return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "-" + lastYear;
    }
  }

  /**
   * What is published as of one publication stamp: the periods, and each period's barometer built
   * when first asked for.
   */
  private static final class Snapshot {
    final long version;
    final long generation;
    final String stamp;
    final List<PublishedPeriod> periods;
    final Map<Long, Optional<Barometer>> barometers = new ConcurrentHashMap<>();
    volatile long checkedAt;

    Snapshot(long version, long generation, String stamp, List<PublishedPeriod> periods, long now) {
      this.version = version;
      this.generation = generation;
      this.stamp = stamp;
      this.periods = periods;
      this.checkedAt = now;
    }
  }

  /** Forgets what was built once a publication has committed; the next reader rebuilds. */
  @TransactionalEventListener(fallbackExecution = true)
  void published(MeasurementPublished event) {
    generation.incrementAndGet();
  }

  /**
   * Changes whenever what the barometer shows may have changed: what a cache of its rendered pages
   * is keyed by.
   */
  public long version() {
    return snapshot().version;
  }

  /** The periods with a published barometer, newest first. */
  public List<PublishedPeriod> publishedPeriods() {
    return insideTransaction() ? periods() : snapshot().periods;
  }

  /** The published period covering the year, else the newest published. */
  public Optional<PublishedPeriod> current(int year) {
    List<PublishedPeriod> published = publishedPeriods();
    return published.stream()
        .filter(p -> p.firstYear() <= year && year <= p.lastYear())
        .findFirst()
        .or(() -> published.stream().findFirst());
  }

  /** The period's barometer; empty when nothing of it is published. */
  public Optional<Barometer> of(long periodId) {
    if (insideTransaction()) {
      return build(periodId);
    }
    return snapshot()
        .barometers
        .computeIfAbsent(periodId, id -> readOnly.execute(status -> build(id)));
  }

  /**
   * Inside a caller's transaction the data read may include its uncommitted writes, which must
   * never be kept for the public: such a read is built for the caller only.
   */
  private static boolean insideTransaction() {
    return TransactionSynchronizationManager.isActualTransactionActive();
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    if (current != null
        && current.generation == generation.get()
        && System.nanoTime() - current.checkedAt < recheckNanos) {
      return current;
    }
    return recheck();
  }

  /** One reader checks the stamp (and rebuilds) while the others wait for its result. */
  private synchronized Snapshot recheck() {
    Snapshot current = snapshot;
    long now = System.nanoTime();
    long gen = generation.get();
    if (current != null && current.generation == gen && now - current.checkedAt < recheckNanos) {
      return current; // another reader checked while this one waited
    }
    String stamp = measurements.publicationStamp();
    if (current != null && current.generation == gen && current.stamp.equals(stamp)) {
      current.checkedAt = now;
      return current;
    }
    Snapshot fresh =
        new Snapshot(versions.incrementAndGet(), gen, stamp, readOnly.execute(s -> periods()), now);
    snapshot = fresh;
    return fresh;
  }

  private List<PublishedPeriod> periods() {
    return measurements.publishedPeriods().stream()
        .map(periods::get)
        .map(p -> new PublishedPeriod(p.getId(), p.getName(), p.getFirstYear(), p.getLastYear()))
        .sorted((a, b) -> Integer.compare(b.firstYear(), a.firstYear()))
        .toList();
  }

  private Optional<Barometer> build(long periodId) {
    List<IndicatorSeries> published = measurements.published(periodId);
    if (published.isEmpty()) {
      return Optional.empty();
    }
    Period period = periods.get(periodId);
    Map<Long, Goal> goals =
        councilGoals.ofPeriod(periodId).stream()
            .collect(Collectors.toMap(Goal::getId, Function.identity()));
    Map<Long, Aim> themes = new LinkedHashMap<>();
    period.aims(AimKind.THEME).forEach(aim -> themes.put(aim.getId(), aim));
    Map<Long, List<Barometer.GoalView>> goalsPerTheme = new LinkedHashMap<>();
    themes.keySet().forEach(id -> goalsPerTheme.put(id, new ArrayList<>()));
    List<Barometer.GoalView> statements = new ArrayList<>();
    for (IndicatorSeries series : published) {
      Indicator indicator = series.indicator();
      if (indicator.getGoalId() == null) {
        statements.add(view(indicator, indicator.getLabel(), series, period));
        continue;
      }
      Goal goal = goals.get(indicator.getGoalId());
      if (goal == null || goal.getAimId() == null || !goalsPerTheme.containsKey(goal.getAimId())) {
        continue; // a goal no longer in the period, or not under one of its themes
      }
      goalsPerTheme.get(goal.getAimId()).add(view(indicator, goal.getTitle(), series, period));
    }
    List<Barometer.ThemeView> themeViews = new ArrayList<>();
    themes.forEach(
        (id, aim) -> {
          List<Barometer.GoalView> themeGoals = goalsPerTheme.get(id);
          if (!themeGoals.isEmpty()) {
            themeViews.add(
                new Barometer.ThemeView(
                    aim.getNumber(),
                    aim.getTitle(),
                    aim.getDescription(),
                    List.copyOf(themeGoals),
                    summary(themeGoals)));
          }
        });
    List<Barometer.RuleView> rules =
        trafficLight.rules().stream()
            .map(rule -> new Barometer.RuleView(rule.description(), status(rule.colour())))
            .toList();
    return Optional.of(
        new Barometer(
            periodId,
            period.getName(),
            period.getTitle(),
            period.getFirstYear(),
            period.getLastYear(),
            List.copyOf(themeViews),
            List.copyOf(statements),
            rules,
            measurements.lastPublished(periodId).orElse(null)));
  }

  private Barometer.GoalView view(
      Indicator indicator, String title, IndicatorSeries series, Period period) {
    List<Barometer.ValueView> values =
        series.values().stream()
            .map(
                v ->
                    new Barometer.ValueView(
                        v.year(), v.value(), show(indicator, v.value()), v.respondents()))
            .toList();
    Optional<MeasuredValue> baseline = series.baseline();
    Optional<MeasuredValue> latest = series.latest();
    BigDecimal target = indicator.getTargetValue();
    BarometerStatus status;
    if (target == null) {
      status = BarometerStatus.NO_TARGET;
    } else if (latest.isEmpty()) {
      status = BarometerStatus.NOT_MEASURED;
    } else {
      status =
          status(trafficLight.evaluate(target, latest.get().value(), indicator.isHigherIsBetter()));
    }
    String targetShown =
        target == null
            ? null
            : (indicator.isHigherIsBetter() ? "mindst " : "højst ") + show(indicator, target);
    return new Barometer.GoalView(
        indicator.getId(),
        indicator.getGoalId(),
        title,
        indicator.getLabel(),
        indicator.getSource().label(),
        indicator.getSource() == MeasureSource.SURVEY
            ? "Spørgsmålet \""
                + indicator.getQuestion()
                + "\"; tæller svarene "
                + String.join(", ", indicator.getCountedAnswers())
            : "Registerdata: " + indicator.getCode(),
        indicator.getUnit().suffix().strip(),
        indicator.getBaselineYear(),
        target,
        targetShown,
        indicator.isHigherIsBetter(),
        values,
        status,
        sentence(indicator, baseline, latest, targetShown, status, period));
  }

  private static String show(Indicator indicator, BigDecimal value) {
    return indicator.getUnit().show(value);
  }

  /**
   * E.g. "Fra 7,9 % i 2025 til 6,8 % i 2027 – en forbedring. Målet er højst 6 % i 2029: tæt på
   * målet."
   */
  static String sentence(
      Indicator indicator,
      Optional<MeasuredValue> baseline,
      Optional<MeasuredValue> latest,
      String targetShown,
      BarometerStatus status,
      Period period) {
    StringBuilder text = new StringBuilder();
    if (baseline.isEmpty() && latest.isEmpty()) {
      text.append("Der er endnu ikke offentliggjort nogen måling.");
    } else if (latest.isEmpty()) {
      text.append("Udgangspunktet i ")
          .append(baseline.get().year())
          .append(" er ")
          .append(show(indicator, baseline.get().value()))
          .append(". Der er endnu ingen ny måling.");
    } else if (baseline.isEmpty()) {
      text.append("Seneste måling i ")
          .append(latest.get().year())
          .append(" er ")
          .append(show(indicator, latest.get().value()))
          .append(".");
    } else {
      int change = latest.get().value().compareTo(baseline.get().value());
      String trend =
          change == 0
              ? "uændret"
              : (change > 0) == indicator.isHigherIsBetter() ? "en forbedring" : "en forværring";
      text.append("Fra ")
          .append(show(indicator, baseline.get().value()))
          .append(" i ")
          .append(baseline.get().year())
          .append(" til ")
          .append(show(indicator, latest.get().value()))
          .append(" i ")
          .append(latest.get().year())
          .append(" – ")
          .append(trend)
          .append(".");
    }
    if (targetShown != null) {
      text.append(" Målet er ")
          .append(targetShown)
          .append(" i ")
          .append(period.getLastYear())
          .append(": ")
          .append(status.label().toLowerCase(java.util.Locale.ROOT))
          .append(".");
    }
    return text.toString();
  }

  /** E.g. "2 af 4 målsætninger er nået, 1 er tæt på målet, 1 er ikke målt endnu." */
  static String summary(List<Barometer.GoalView> goals) {
    Map<BarometerStatus, Long> counts = new EnumMap<>(BarometerStatus.class);
    goals.forEach(goal -> counts.merge(goal.status(), 1L, Long::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (status, count) ->
            parts.add(
                switch (status) {
                  case REACHED -> count + (count == 1 ? " har nået målet" : " har nået målet");
                  case CLOSE -> count + " er tæt på målet";
                  case FAR -> count + " er langt fra målet";
                  case NOT_MEASURED -> count + " er ikke målt igen endnu";
                  case NO_TARGET -> count + " følges uden mål";
                }));
    return goals.size()
        + (goals.size() == 1 ? " målsætning: " : " målsætninger: ")
        + String.join(", ", parts)
        + ".";
  }

  private static BarometerStatus status(TrafficLight colour) {
    return switch (colour) {
      case GROEN -> BarometerStatus.REACHED;
      case GUL -> BarometerStatus.CLOSE;
      case ROED -> BarometerStatus.FAR;
    };
  }
}
