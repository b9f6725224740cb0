package dk.aarshjul.period;

/** The template a period's agreements write their goals in. */
public enum GoalTemplate {
  /**
   * A development contract after the directorate's tracks (Skanderborg): purpose, activities,
   * effect follow-up, the track each goal is on.
   */
  DUS("Udviklingskontrakt efter DUS", "udviklingskontrakt"),
  /**
   * The common goal template for a whole term (Hvidovre): goal, expected effect, how the effect is
   * followed up during the term, indicator, optional citizen-satisfaction measure; every goal
   * serves one or more political beacons.
   */
  EFFECT("Fælles målskabelon med forventet effekt", "maalskabelon"),
  /**
   * A development agreement between a committee and a unit for a budget year (Slagelse): few, clear
   * goals, each either the management's goal for the unit or the unit's part of a common goal of
   * the whole organisation or its area.
   */
  AGREEMENT("Udviklingsaftale mellem udvalg og enhed", "udviklingsaftale");

  private final String label;
  private final String decisionCode;

  GoalTemplate(String label, String decisionCode) {
    this.label = label;
    this.decisionCode = decisionCode;
  }

  public String label() {
    return label;
  }

  /**
   * The template as a decision table reads it (the approver DMN's input "Målskabelon"): a Danish
   * code a process owner recognises, e.g. "udviklingsaftale".
   */
  public String decisionCode() {
    return decisionCode;
  }
}
