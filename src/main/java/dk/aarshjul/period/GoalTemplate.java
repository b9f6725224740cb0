package dk.aarshjul.period;

/** The template a period's agreements write their goals in. */
public enum GoalTemplate {
  /**
   * A development contract after the directorate's tracks (Skanderborg): purpose, activities,
   * effect follow-up, the track each goal is on.
   */
  DUS("Udviklingskontrakt efter DUS"),
  /**
   * The common goal template for a whole term (Hvidovre): goal, expected effect, how the effect is
   * followed up during the term, indicator, optional citizen-satisfaction measure; every goal
   * serves one or more political beacons.
   */
  EFFECT("Fælles målskabelon med forventet effekt");

  private final String label;

  GoalTemplate(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
