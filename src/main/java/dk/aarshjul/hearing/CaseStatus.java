package dk.aarshjul.hearing;

/**
 * IN_HEARING (the units are heard) → HEARD (every hearing answered or recorded as not answered) →
 * ON_AGENDA (on the committee's agenda, the answers with it) → DECIDED.
 */
public enum CaseStatus {
  IN_HEARING("I høring"),
  HEARD("Høringen er afsluttet"),
  ON_AGENDA("På udvalgets dagsorden"),
  DECIDED("Udvalget har besluttet");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  /** Danish label shown to users. */
  public String label() {
    return label;
  }
}
