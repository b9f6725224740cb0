package dk.aarshjul.period;

/**
 * The kinds of named dates in a period's calendar; a kind can occur several times (numbered 1..n).
 */
public enum PeriodDateKind {
  /** When the agreements (development contracts, goals) must be drafted. */
  CONTRACT_DEADLINE("Frist for aftaler"),
  /**
   * When dialogue meetings may be held: from one date until another; several windows are possible.
   */
  DIALOGUE_WINDOW("Dialogmøder"),
  /** A follow-up round's date. */
  FOLLOW_UP("Opfølgning"),
  /** The council's adoption of the budget (budgetvedtagelse). */
  BUDGET_ADOPTION("Budgetvedtagelse"),
  /** Any other deadline a model names. */
  DEADLINE("Frist"),
  /** The yearly citizen survey (borgermåling), e.g. Viborg's in August–September. */
  SURVEY("Borgermåling");

  private final String label;

  PeriodDateKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
