package dk.aarshjul.reporting;

import java.util.List;

/**
 * The period's approved goals by the aim they serve (the DUS tracks) and by area: what the council
 * is presented with. Structured, so Tasklist (markdown), a PDF and a public page render the same
 * data.
 */
public record GoalOverviewReport(int year, int contracts, int goals, List<AimGoals> aims) {

  /** One aim (track) with its goals per area, areas in Danish alphabetical order. */
  public record AimGoals(int number, String title, List<AreaGoals> areas) {}

  public record AreaGoals(String area, List<GoalLine> goals) {}

  /** One unit's goal: its title and whether it is multi-year and shared with other units. */
  public record GoalLine(String unit, String title, boolean multiYear, boolean shared) {}
}
