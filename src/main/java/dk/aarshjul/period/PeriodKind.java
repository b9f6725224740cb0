package dk.aarshjul.period;

/** What a period spans. */
public enum PeriodKind {
  /** One calendar year, from its budget to its follow-up (årshjul, budgetår). */
  BUDGET_YEAR("Budgetår"),
  /**
   * The council's four years, from 1 January after the November election (valgperiode, e.g.
   * 2026–2029).
   */
  ELECTION_TERM("Valgperiode");

  /** Danish municipal councils are elected in November every fourth year; 2025 was one. */
  static final int AN_ELECTION_YEAR = 2025;

  static final int TERM_YEARS = 4;

  private final String label;

  PeriodKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
