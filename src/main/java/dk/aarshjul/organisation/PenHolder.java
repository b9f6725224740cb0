package dk.aarshjul.organisation;

/**
 * Who writes an institution's goals from the dialogue (Hvidovre: "pennefører"), chosen per
 * committee; an area may choose otherwise.
 */
public enum PenHolder {
  /** The institution's leader writes its goals. */
  LEADER("Institutionens leder"),
  /** The administration – the committee's secretariat – writes the goals. */
  ADMINISTRATION("Administrationen (udvalgets sekretariat)");

  private final String label;

  PenHolder(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
