package dk.aarshjul.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.CouncilGoals.GoalDraft;
import dk.aarshjul.contract.CouncilGoals.ThemeDraft;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.it.OnPostgres;
import dk.aarshjul.it.PostgresTestDatabase;
import dk.aarshjul.measure.DataImport;
import dk.aarshjul.measure.ImportKind;
import dk.aarshjul.measure.MeasureSource;
import dk.aarshjul.measure.MeasureUnit;
import dk.aarshjul.measure.Measurements;
import dk.aarshjul.measure.Measurements.IndicatorDraft;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.reporting.BarometerReport;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public barometer under load: a term with 21 goals under five themes measured over 8 years (13
 * by register data, 8 by the survey, each year's survey a published import), read by 100 concurrent
 * readers through HTTP; the floor is a static file served by the same server in the same run. Not
 * part of the test suites: {@code ./mvnw -B verify -Pbenchmark -Dit.test=BarometerBenchmark}.
 */
@OnPostgres
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = PostgresTestDatabase.DATABASE_PROPERTY + "=aarshjul_bench_barometer")
class BarometerBenchmark {

  static final int GOALS = 21;
  static final int SURVEY_GOALS = 8;
  static final int YEARS = 8;
  static final int READERS = 100;
  static final int REQUESTS_PER_READER = 60;
  static final int WARMUP_PER_READER = 10;

  @LocalServerPort int port;
  @Autowired Periods periods;
  @Autowired CouncilGoals councilGoals;
  @Autowired Measurements measurements;
  @Autowired BarometerReport barometers;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldServeTheBarometerToHundredConcurrentReaders() throws Exception {
    // Given a published term: 21 goals, baseline 4 years before it, 8 years of values
    Period term = seed();
    jdbc.execute("analyze");
    String slug = term.getFirstYear() + "-" + term.getLastYear();
    long cold = System.nanoTime();
    var barometer = barometers.of(term.getId()).orElseThrow();
    double coldMs = (System.nanoTime() - cold) / 1e6;
    assertThat(barometer.themes().stream().mapToInt(t -> t.goals().size()).sum()).isEqualTo(GOALS);
    assertThat(barometer.themes().get(0).goals().get(0).values()).hasSize(YEARS);

    // When 100 readers read the overview, a theme page with its charts, and the static stylesheet
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    List<String> rows = new ArrayList<>();
    Result floor = null;
    for (String[] target :
        List.of(
            new String[] {
              "static file /barometer/barometer.css (floor)", "/barometer/barometer.css"
            },
            new String[] {"overview /barometer/" + slug, "/barometer/" + slug},
            new String[] {
              "theme page with charts /barometer/" + slug + "/tema-1",
              "/barometer/" + slug + "/tema-1"
            },
            new String[] {"open data /barometer/data.csv", "/barometer/data.csv"})) {
      load(client, target[1], WARMUP_PER_READER);
      Result result = load(client, target[1], REQUESTS_PER_READER);
      if (floor == null) {
        floor = result;
      }
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.1f | %.1f | %.1f | %.0f | %.2f | %.2f |",
              target[0],
              result.requests(),
              result.p50(),
              result.p95(),
              result.max(),
              result.perSecond(),
              result.p95() / floor.p95(),
              floor.perSecond() / result.perSecond()));
      assertThat(result.failures()).as(target[1] + " failures").isZero();
    }

    // Then the figures are written for BENCHMARKS.md
    List<String> report = new ArrayList<>();
    report.add(
        "Barometer, "
            + GOALS
            + " goals x "
            + YEARS
            + " years, "
            + READERS
            + " concurrent readers x "
            + REQUESTS_PER_READER
            + " requests after "
            + WARMUP_PER_READER
            + " warm-up each; cold build of the read model "
            + String.format(Locale.ROOT, "%.0f", coldMs)
            + " ms");
    report.add(
        "| target | requests | p50 ms | p95 ms | max ms | req/s | p95 / floor | floor req/s / req/s |");
    report.add("|---|---:|---:|---:|---:|---:|---:|---:|");
    report.addAll(rows);
    Path out = Path.of("target/benchmarks/barometer.md");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    report.forEach(System.out::println);
  }

  record Result(int requests, int failures, double p50, double p95, double max, double perSecond) {}

  private Result load(HttpClient client, String path, int perReader) throws Exception {
    URI uri = URI.create("http://localhost:" + port + path);
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    AtomicInteger failures = new AtomicInteger();
    List<Future<long[]>> futures = new ArrayList<>();
    long started = System.nanoTime();
    for (int r = 0; r < READERS; r++) {
      futures.add(
          readers.submit(
              () -> {
                long[] latencies = new long[perReader];
                for (int i = 0; i < perReader; i++) {
                  long begin = System.nanoTime();
                  HttpResponse<byte[]> response =
                      client.send(
                          HttpRequest.newBuilder(uri).GET().build(),
                          HttpResponse.BodyHandlers.ofByteArray());
                  latencies[i] = System.nanoTime() - begin;
                  if (response.statusCode() != 200 || response.body().length == 0) {
                    failures.incrementAndGet();
                  }
                }
                return latencies;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> future : futures) {
      Arrays.stream(future.get()).forEach(all::add);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    readers.shutdown();
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(
        sorted.length,
        failures.get(),
        sorted[(int) (sorted.length * 0.50)] / 1e6,
        sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length / seconds);
  }

  private Period seed() {
    Period term = periods.openElectionTerm(2106, "Benchmark", GoalTemplate.EFFECT);
    int base = term.getFirstYear() - 4;
    List<ThemeDraft> themes = new ArrayList<>();
    int goal = 1;
    for (int t = 1; t <= 5; t++) {
      List<GoalDraft> goals = new ArrayList<>();
      int count = t == 1 ? 5 : 4;
      for (int g = 0; g < count; g++) {
        goals.add(
            new GoalDraft(
                null, "Målsætning " + goal++ + " om noget, byrådet vil opnå", "Uddybning"));
      }
      themes.add(new ThemeDraft("Tema " + t, "Beskrivelse af tema " + t, goals));
    }
    councilGoals.record(term.getId(), themes);
    List<Goal> goals = councilGoals.ofPeriod(term.getId());
    List<IndicatorDraft> drafts = new ArrayList<>();
    for (int i = 0; i < GOALS; i++) {
      boolean survey = i < SURVEY_GOALS;
      drafts.add(
          new IndicatorDraft(
              goals.get(i).getId(),
              survey ? MeasureSource.SURVEY : MeasureSource.REGISTER,
              survey ? "Spørgsmål " + i : "Indikator " + i,
              survey ? List.of("Ja") : List.of(),
              "Målepunkt " + i,
              survey ? MeasureUnit.PERCENT : MeasureUnit.COUNT,
              base,
              new BigDecimal(survey ? "60" : "1000"),
              i % 3 != 0));
    }
    measurements.define(term.getId(), drafts);
    StringBuilder register = new StringBuilder("indikator;år;værdi\n");
    for (int i = SURVEY_GOALS; i < GOALS; i++) {
      for (int y = 0; y < YEARS; y++) {
        register
            .append("Indikator ")
            .append(i)
            .append(';')
            .append(base + y)
            .append(';')
            .append(900 + 10 * y + i)
            .append('\n');
      }
    }
    publish(
        measurements.importFile(
            term.getId(),
            ImportKind.REGISTER,
            null,
            "register.csv",
            register.toString(),
            "bench-import"));
    for (int y = 0; y < YEARS; y++) {
      StringBuilder survey = new StringBuilder("spørgsmål;antal svar;svar;andel\n");
      for (int i = 0; i < SURVEY_GOALS; i++) {
        int yes = 50 + y + i;
        survey.append("Spørgsmål ").append(i).append(";4000;Ja;").append(yes).append('\n');
        survey.append("Spørgsmål ").append(i).append(";4000;Nej;").append(100 - yes).append('\n');
      }
      publish(
          measurements.importFile(
              term.getId(),
              ImportKind.SURVEY,
              base + y,
              "survey.csv",
              survey.toString(),
              "bench-import"));
    }
    return term;
  }

  private void publish(DataImport data) {
    measurements.review(data.getId(), true, null, "bench-review");
  }
}
