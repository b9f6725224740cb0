package dk.aarshjul.hearing;

/** WAITING for the party's answer until ANSWERED, or NOT_ANSWERED when its deadline passed. */
public enum HearingStatus {
  WAITING("Afventer svar"),
  ANSWERED("Besvaret"),
  NOT_ANSWERED("Ikke besvaret inden fristen");

  private final String label;

  HearingStatus(String label) {
    this.label = label;
  }

  /** Danish label shown to users. */
  public String label() {
    return label;
  }
}
