package dk.aarshjul.models.skanderborg;

import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.reporting.GoalOverviewReport;
import dk.aarshjul.reporting.GoalOverviews;
import dk.aarshjul.reporting.MarkdownReports;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council presentation: all approved goals of the year by track and area, compiled and
 * presented.
 */
@Service
@Transactional
class GoalOverviewService {

  static final int MAX_FORM_TEXT = 4000;

  private final GoalOverviewRepository overviews;
  private final GoalOverviews goalOverviews;
  private final Periods periods;

  public GoalOverviewService(
      GoalOverviewRepository overviews, GoalOverviews goalOverviews, Periods periods) {
    this.overviews = overviews;
    this.goalOverviews = goalOverviews;
    this.periods = periods;
  }

  /**
   * Compiles (or recompiles, when a job is retried) the overview of the year's approved goals:
   * records when and how many; its content is queried from the contracts whenever it is shown
   * (reporting), never stored as text.
   */
  public GoalOverview compile(int year) {
    Period cycleYear = periods.budgetYear(year);
    GoalOverviewReport report = goalOverviews.of(year);
    GoalOverview overview =
        overviews.findByYearYear(year).orElseGet(() -> new GoalOverview(cycleYear));
    overview.update(report.contracts(), report.goals());
    return overviews.save(overview);
  }

  @Transactional(readOnly = true)
  public GoalOverview overview(int year) {
    return overviews
        .findByYearYear(year)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Der er ikke sammenstillet et overblik over målene for " + year));
  }

  /** The overview as a form shows it: cut to what a String variable holds. */
  @Transactional(readOnly = true)
  public String formText(int year) {
    overview(year);
    String content = MarkdownReports.goalOverview(goalOverviews.of(year));
    String note = "\n\n_… overblikket er forkortet her; hele overblikket er gemt i Årshjul._";
    return content.length() <= MAX_FORM_TEXT
        ? content
        : content.substring(0, MAX_FORM_TEXT - note.length()) + note;
  }

  /** Records that the council secretariat presented the overview at the council's theme meeting. */
  public void recordPresentation(
      int year, Object presentedOnValue, Object remarksValue, String actor) {
    LocalDate presentedOn;
    try {
      presentedOn = FormValues.parseDate(presentedOnValue);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(
          AnnualCycleVariables.PRESENTED_ON, "Datoen for temamødet er ikke gyldig (åååå-mm-dd).");
    }
    if (presentedOn == null) {
      throw new InvalidSubmissionException(
          AnnualCycleVariables.PRESENTED_ON, "Angiv datoen for temamødet.");
    }
    String remarks =
        FormValues.optionalText(
            remarksValue,
            AnnualCycleVariables.COUNCIL_REMARKS,
            "Byrådets bemærkninger",
            SkanderborgFields.COUNCIL_REMARKS.maxLength());
    overview(year).recordPresentation(presentedOn, remarks, actor);
  }
}
