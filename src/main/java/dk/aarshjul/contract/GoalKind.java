package dk.aarshjul.contract;

/**
 * What a goal is to its owner. An udviklingsaftale (Slagelse) holds both kinds: "få og klare mål,
 * som både retter sig mod ledelsens mål for de enkelte virksomheder, men også fælles mål for hele
 * organisationen eller inden for et bestemt område".
 */
public enum GoalKind {
  /**
   * The owner's own goal; in a unit's udviklingsaftale the management's goal for the unit. Every
   * goal written before the udviklingsaftale (DUS, term and council goals) is its owner's own.
   */
  OWN("Ledelsens mål for enheden", "ledelse"),
  /**
   * The unit's part of a common goal of the whole organisation or of its area: the common goal is
   * the goal's parent, so the goal rolls up to it.
   */
  COMMON("Fælles mål for organisationen eller området", "faelles");

  private final String label;
  private final String formValue;

  GoalKind(String label, String formValue) {
    this.label = label;
    this.formValue = formValue;
  }

  /** As the udviklingsaftale's form shows it. */
  public String label() {
    return label;
  }

  /** The value of the kind's radio button in draft-agreement.form. */
  public String formValue() {
    return formValue;
  }

  /** The kind a form value names, if any. */
  static java.util.Optional<GoalKind> ofFormValue(String value) {
    return java.util.Arrays.stream(values())
        .filter(kind -> kind.formValue.equals(value))
        .findFirst();
  }
}
