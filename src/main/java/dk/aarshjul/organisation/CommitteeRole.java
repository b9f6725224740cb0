package dk.aarshjul.organisation;

/** A politician's seat in a committee. */
public enum CommitteeRole {
  CHAIR("Formand"),
  VICE_CHAIR("Næstformand"),
  MEMBER("Medlem");

  private final String label;

  CommitteeRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
