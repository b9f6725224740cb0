package dk.aarshjul.period;

/**
 * What a goal can serve: the direction set for a period by the council, its committees or the
 * directorate.
 */
public enum AimKind {
  /** A development track of the directorate (DUS). */
  TRACK("Udviklingsspor"),
  /** A theme of the council (temamøde, politisk værksted). */
  THEME("Tema"),
  /** A committee's political beacon (politisk pejlemærke). */
  BEACON("Politisk pejlemærke");

  private final String label;

  AimKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
