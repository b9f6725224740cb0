package dk.aarshjul.barometer;

import dk.aarshjul.reporting.Barometer;
import dk.aarshjul.reporting.BarometerReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything the barometer shows as open data: one CSV row per goal and year (semicolons, decimal
 * commas, UTF-8 with a byte order mark so Excel reads it), and the same as JSON. Published data
 * only, as on the pages.
 */
@RestController
class OpenDataController {

  static final List<String> COLUMNS =
      List.of(
          "periode",
          "tema_nr",
          "tema",
          "maalsaetning",
          "maalepunkt",
          "kilde",
          "enhed",
          "baselineaar",
          "maal",
          "hoejere_er_bedre",
          "aar",
          "vaerdi",
          "antal_svar",
          "status");

  private final BarometerReport report;

  OpenDataController(BarometerReport report) {
    this.report = report;
  }

  /** One period's published data as the JSON document. */
  record PeriodData(
      String periode,
      String titel,
      List<Barometer.ThemeView> temaer,
      List<Barometer.GoalView> sammenhaeng,
      List<Barometer.RuleView> statusregel) {}

  @GetMapping(value = "/barometer/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<PeriodData>> json() {
    List<PeriodData> data = new ArrayList<>();
    for (Barometer barometer : barometers()) {
      data.add(
          new PeriodData(
              barometer.periodName(),
              barometer.periodTitle(),
              barometer.themes(),
              barometer.statements(),
              barometer.rules()));
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(data);
  }

  @GetMapping("/barometer/data.csv")
  ResponseEntity<byte[]> csv() {
    StringBuilder csv =
        new StringBuilder("\uFEFF").append(String.join(";", COLUMNS)).append("\r\n");
    for (Barometer barometer : barometers()) {
      for (Barometer.ThemeView theme : barometer.themes()) {
        for (Barometer.GoalView goal : theme.goals()) {
          rows(csv, barometer, String.valueOf(theme.number()), theme.title(), goal);
        }
      }
      for (Barometer.GoalView statement : barometer.statements()) {
        rows(csv, barometer, "", "Sammenhæng på tværs", statement);
      }
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sammenhaengsbarometer.csv\"")
        .cacheControl(CacheControl.noCache())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private List<Barometer> barometers() {
    return report.publishedPeriods().stream()
        .map(period -> report.of(period.id()))
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private static void rows(
      StringBuilder csv,
      Barometer barometer,
      String number,
      String theme,
      Barometer.GoalView goal) {
    for (Barometer.ValueView value : goal.values()) {
      List<String> fields =
          List.of(
              barometer.periodName(),
              number,
              theme,
              goal.title(),
              goal.measure(),
              goal.source(),
              goal.unit(),
              String.valueOf(goal.baselineYear()),
              decimal(goal.target()),
              goal.higherIsBetter() ? "ja" : "nej",
              String.valueOf(value.year()),
              decimal(value.value()),
              value.respondents() == null ? "" : String.valueOf(value.respondents()),
              goal.status().code());
      csv.append(String.join(";", fields.stream().map(OpenDataController::field).toList()))
          .append("\r\n");
    }
  }

  private static String decimal(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** A CSV field: quoted when it holds a separator, a quote or a line break. */
  static String field(String value) {
    String text = value == null ? "" : value;
    // a cell starting with =, +, - or @ would be a formula in a spreadsheet
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(,\\d+)?")) {
      text = "'" + text;
    }
    if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
