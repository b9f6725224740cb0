package dk.aarshjul.reporting;

import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.process.DanishText;
import dk.aarshjul.process.PlainText;
import dk.aarshjul.reporting.YearEndReportData.RoundCounts;
import java.util.List;

/**
 * Tasklist's renderer of the reports: markdown for the read-only fields of Camunda Forms. Every
 * text a user wrote is escaped (PlainText), so it shows as written and never as markup.
 */
public final class MarkdownReports {

  private MarkdownReports() {}

  /** The goal overview as the council secretariat presents it. */
  public static String goalOverview(GoalOverviewReport report) {
    StringBuilder text =
        new StringBuilder("**Årets udviklingsmål ")
            .append(report.year())
            .append("** – ")
            .append(report.contracts())
            .append(" godkendte kontrakter med ")
            .append(report.goals())
            .append(" mål\n\n");
    for (GoalOverviewReport.AimGoals aim : report.aims()) {
      text.append("#### Spor ")
          .append(aim.number())
          .append(": ")
          .append(PlainText.markdown(aim.title()))
          .append("\n\n");
      if (aim.areas().isEmpty()) {
        text.append("_Ingen mål på dette spor._\n\n");
      }
      for (GoalOverviewReport.AreaGoals area : aim.areas()) {
        text.append("**")
            .append(PlainText.markdown(area.area()))
            .append("** (")
            .append(area.goals().size())
            .append(" mål)\n\n");
        area.goals()
            .forEach(
                goal ->
                    text.append("- ")
                        .append(PlainText.markdown(goal.unit()))
                        .append(": ")
                        .append(PlainText.markdown(goal.title()))
                        .append(flags(goal))
                        .append('\n'));
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static String flags(GoalOverviewReport.GoalLine goal) {
    String flags =
        (goal.multiYear() ? "flerårigt" : "")
            + (goal.multiYear() && goal.shared() ? ", " : "")
            + (goal.shared() ? "fælles med andre enheder" : "");
    return flags.isEmpty() ? "" : " (" + flags + ")";
  }

  /** The year-end report for the directorate and the council (without the conclusion). */
  public static String yearEnd(YearEndReportData report) {
    StringBuilder text = new StringBuilder();
    int year = report.year();
    int contracts = report.contracts();
    text.append("# Årsrapport ").append(year).append(" – opfølgning på udviklingskontrakterne\n\n");
    text.append("Til direktionen og Byrådet. Status (rød-gul-grøn) på udviklingsmålene i årets ")
        .append(contracts)
        .append(
            contracts == 1 ? " godkendte udviklingskontrakt" : " godkendte udviklingskontrakter")
        .append(" og den dokumenterede virkning for borgerne. Udarbejdet ")
        .append(DanishText.date(report.compiledAt()))
        .append(".\n\n");
    text.append("Farver: ")
        .append(TrafficLight.GROEN.display())
        .append(" = opfyldt · ")
        .append(TrafficLight.GUL.display())
        .append(" = delvist opfyldt · ")
        .append(TrafficLight.ROED.display())
        .append(" = ikke opfyldt. Kun mål i godkendte opfølgninger tælles med.\n\n");
    if (report.municipality().isEmpty()) {
      text.append("Der er ikke gennemført opfølgning på kontrakterne i ")
          .append(year)
          .append(".\n\n");
    }
    text.append("## Hele kommunen\n\n");
    appendCounts(text, report.municipality());
    for (YearEndReportData.AreaReport area : report.areas()) {
      text.append("## ").append(PlainText.markdown(area.name())).append("\n\n");
      appendCounts(text, area.rounds());
      area.units().forEach(unit -> appendUnit(text, unit));
    }
    return text.toString().stripTrailing() + "\n";
  }

  /** The year-end report followed by the directorate's conclusion, when it has concluded. */
  public static String yearEndWithConclusion(YearEndReportData report) {
    return report.conclusion() == null
        ? yearEnd(report)
        : yearEnd(report)
            + "\n\n## Direktionens konklusion\n\n"
            + PlainText.markdownBlock(report.conclusion());
  }

  private static void appendCounts(StringBuilder text, List<RoundCounts> perRound) {
    if (perRound.isEmpty()) {
      return;
    }
    RoundCounts last = perRound.get(perRound.size() - 1);
    text.append("**Seneste opfølgning (runde ")
        .append(last.round())
        .append("):** ")
        .append(last.counts().display())
        .append("\n\n");
    if (perRound.size() > 1) {
      text.append("Udvikling pr. runde:\n\n");
      for (RoundCounts round : perRound) {
        text.append("- Runde ")
            .append(round.round())
            .append(": ")
            .append(round.counts().display())
            .append('\n');
      }
      text.append('\n');
    }
  }

  private static void appendUnit(StringBuilder text, YearEndReportData.UnitReport unit) {
    text.append("### ").append(PlainText.markdown(unit.name())).append("\n\n");
    if (unit.latestRound() == null) {
      text.append("Ingen godkendt opfølgning i år.\n\n");
      return;
    }
    text.append("Seneste godkendte opfølgning: runde ").append(unit.latestRound()).append(".\n\n");
    for (YearEndReportData.GoalLine goal : unit.goals()) {
      text.append("- ")
          .append(goal.colour().display())
          .append(" – **")
          .append(PlainText.markdown(goal.title()))
          .append("**");
      // the target is the goal's own in the approved contract, never a value reported in a
      // follow-up
      text.append(" (");
      if (goal.actual() != null) {
        text.append("faktisk ").append(DanishText.number(goal.actual())).append("; ");
      }
      text.append(
              goal.target() == null || goal.target().isBlank()
                  ? "intet mål i kontrakten"
                  : "mål i kontrakten: " + PlainText.markdown(goal.target()))
          .append(')');
      text.append(". Virkning for borgerne: ")
          .append(PlainText.markdown(goal.effect()))
          .append('\n');
    }
    text.append('\n');
  }

  /**
   * Units' latest goal results (status with its meaning, effect, citizen satisfaction), e.g. for a
   * committee's material or a dialogue meeting; {@code none} when there are none.
   */
  public static String goalResults(
      java.util.Collection<GoalResults.UnitResults> units, String none) {
    if (units.isEmpty()) {
      return none;
    }
    StringBuilder text = new StringBuilder();
    for (GoalResults.UnitResults unit : units) {
      text.append("**")
          .append(PlainText.markdown(unit.unit()))
          .append("** – opfølgning ")
          .append(unit.year())
          .append(":\n\n");
      for (GoalResults.GoalResult goal : unit.goals()) {
        text.append("- ")
            .append(goal.colour().display())
            .append(" (")
            .append(goal.colour().meaning())
            .append(") ")
            .append(PlainText.markdown(goal.goal()))
            .append(": ")
            .append(PlainText.markdown(goal.effect()));
        if (goal.satisfactionResult() != null) {
          text.append(" Borgertilfredshed: ").append(PlainText.markdown(goal.satisfactionResult()));
        }
        text.append('\n');
      }
      text.append('\n');
    }
    return text.toString();
  }
}
