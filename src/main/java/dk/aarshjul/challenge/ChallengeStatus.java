package dk.aarshjul.challenge;

/**
 * SUBMITTED (awaiting the directorate) → MORE_INFO_REQUESTED (awaiting the contract holder's
 * elaboration, then SUBMITTED again) → ACCEPTED or REJECTED.
 */
public enum ChallengeStatus {
  SUBMITTED("Afventer direktionens afgørelse"),
  MORE_INFO_REQUESTED("Direktionen har bedt om uddybning"),
  ACCEPTED("Imødekommet"),
  REJECTED("Afvist");

  private final String label;

  ChallengeStatus(String label) {
    this.label = label;
  }

  /** Danish label shown to users. */
  public String label() {
    return label;
  }
}
