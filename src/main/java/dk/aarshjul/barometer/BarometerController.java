package dk.aarshjul.barometer;

import dk.aarshjul.process.FormValues;
import dk.aarshjul.reporting.Barometer;
import dk.aarshjul.reporting.BarometerReport;
import dk.aarshjul.reporting.BarometerReport.PublishedPeriod;
import dk.aarshjul.reporting.FollowUpBarometer;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public Sammenhængsbarometer: no login, server-rendered HTML in Danish, every chart with its
 * table, only what the administration has published (the read model holds nothing else).
 */
@Controller
@EnableConfigurationProperties(BarometerSettings.class)
class BarometerController {

  static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  private final BarometerReport report;
  private final BarometerSettings settings;
  private final FollowUpBarometer followUps;

  BarometerController(
      BarometerReport report, BarometerSettings settings, FollowUpBarometer followUps) {
    this.report = report;
    this.settings = settings;
    this.followUps = followUps;
  }

  /** The agreements' follow-up of the newest year with an approved one (when published). */
  @GetMapping("/barometer/opfoelgning")
  String followUp(Model model, HttpServletResponse response) {
    List<Integer> years = followUpYears();
    return followUpYear(
        years.isEmpty() ? LocalDate.now(DENMARK).getYear() : years.get(0), model, response);
  }

  /** The agreements' follow-up of a year, e.g. /barometer/opfoelgning/2027. */
  @GetMapping("/barometer/opfoelgning/{year:\\d{4}}")
  String followUpYear(@PathVariable int year, Model model, HttpServletResponse response) {
    List<Integer> years = followUpYears();
    if (!years.isEmpty() && !years.contains(year)) {
      throw notFound();
    }
    common(model, response, "Opfølgning på aftalerne " + year);
    model.addAttribute("followUp", years.isEmpty() ? null : followUps.of(year));
    model.addAttribute("years", years);
    return "barometer/followup";
  }

  /**
   * The years with published follow-up; refused (404) where the municipality does not publish it.
   */
  private List<Integer> followUpYears() {
    if (!settings.followUp()) {
      throw notFound();
    }
    return followUps.years();
  }

  /** The barometer of the period running now (or the newest published). */
  @GetMapping("/barometer")
  String current(Model model, HttpServletResponse response) {
    Optional<PublishedPeriod> period = report.current(LocalDate.now(DENMARK).getYear());
    common(model, response, "Sammenhængsbarometeret");
    if (period.isEmpty()) {
      return "barometer/empty";
    }
    return overview(model, period.get());
  }

  /** The barometer of a period by its years, e.g. /barometer/2026-2029. */
  @GetMapping("/barometer/{slug:\\d{4}(?:-\\d{4})?}")
  String period(@PathVariable String slug, Model model, HttpServletResponse response) {
    common(model, response, "Sammenhængsbarometeret " + slug.replace('-', '–'));
    return overview(model, find(slug));
  }

  /** One theme with a chart and a table per goal, e.g. /barometer/2026-2029/tema-2. */
  @GetMapping("/barometer/{slug:\\d{4}(?:-\\d{4})?}/tema-{number:\\d{1,3}}")
  String theme(
      @PathVariable String slug,
      @PathVariable int number,
      Model model,
      HttpServletResponse response) {
    PublishedPeriod period = find(slug);
    Barometer barometer = report.of(period.id()).orElseThrow(BarometerController::notFound);
    Barometer.ThemeView theme =
        barometer.themes().stream()
            .filter(t -> t.number() == number)
            .findFirst()
            .orElseThrow(BarometerController::notFound);
    common(model, response, theme.title() + " – Sammenhængsbarometeret " + barometer.periodName());
    model.addAttribute("period", period);
    model.addAttribute("barometer", barometer);
    model.addAttribute("theme", theme);
    model.addAttribute("charts", charts(theme.goals(), barometer));
    return "barometer/theme";
  }

  /**
   * The coherence statements of the survey with chart and table, /barometer/2026-2029/sammenhaeng.
   */
  @GetMapping("/barometer/{slug:\\d{4}(?:-\\d{4})?}/sammenhaeng")
  String statements(@PathVariable String slug, Model model, HttpServletResponse response) {
    PublishedPeriod period = find(slug);
    Barometer barometer = report.of(period.id()).orElseThrow(BarometerController::notFound);
    if (barometer.statements().isEmpty()) {
      throw notFound();
    }
    common(
        model, response, "Sammenhæng på tværs – Sammenhængsbarometeret " + barometer.periodName());
    model.addAttribute("period", period);
    model.addAttribute("barometer", barometer);
    model.addAttribute("charts", charts(barometer.statements(), barometer));
    return "barometer/statements";
  }

  /** The accessibility statement (tilgængelighedserklæring) the law requires. */
  @GetMapping("/barometer/tilgaengelighed")
  String accessibility(Model model, HttpServletResponse response) {
    common(model, response, "Tilgængelighedserklæring – Sammenhængsbarometeret");
    model.addAttribute(
        "statementReviewed", FormValues.longDate(LocalDate.parse(settings.statementReviewed())));
    return "barometer/accessibility";
  }

  private String overview(Model model, PublishedPeriod period) {
    Barometer barometer = report.of(period.id()).orElseThrow(BarometerController::notFound);
    model.addAttribute("period", period);
    model.addAttribute("barometer", barometer);
    model.addAttribute(
        "updated",
        barometer.lastPublished() == null ? null : FormValues.longDate(barometer.lastPublished()));
    model.addAttribute(
        "otherPeriods",
        report.publishedPeriods().stream().filter(p -> p.id() != period.id()).toList());
    return "barometer/overview";
  }

  private void common(Model model, HttpServletResponse response, String title) {
    model.addAttribute("settings", settings);
    model.addAttribute("followUpPublished", settings.followUp());
    model.addAttribute("pageTitle", title);
    documentHeaders(response);
  }

  /** The headers of every barometer page, its error pages too. */
  static void documentHeaders(HttpServletResponse response) {
    // no script, no frames, no other origins: the pages are documents
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none';"
            + " frame-ancestors 'none'; base-uri 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    // the same page for everyone; a browser asks again each time and gets 304 while unchanged
    response.setHeader("Cache-Control", "no-cache");
  }

  private Map<Long, TrendChart> charts(List<Barometer.GoalView> goals, Barometer barometer) {
    Map<Long, TrendChart> charts = new LinkedHashMap<>();
    goals.forEach(
        goal ->
            charts.put(
                goal.indicatorId(),
                TrendChart.of(goal, barometer.firstYear(), barometer.lastYear())));
    return charts;
  }

  private PublishedPeriod find(String slug) {
    return report.publishedPeriods().stream()
        .filter(p -> p.slug().equals(slug))
        .findFirst()
        .orElseThrow(BarometerController::notFound);
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Siden findes ikke");
  }
}
