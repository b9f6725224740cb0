package dk.aarshjul.challenge;

import java.util.Arrays;
import java.util.Optional;

/** The directorate's choice on the decision form and the status it leads to. */
enum ChallengeDecisionType {
  ACCEPT("imoedekom", "Imødekommet", ChallengeStatus.ACCEPTED),
  REJECT("afvis", "Afvist", ChallengeStatus.REJECTED),
  REQUEST_MORE_INFO("uddybning", "Bedt om uddybning", ChallengeStatus.MORE_INFO_REQUESTED);

  private final String formValue;
  private final String label;
  private final ChallengeStatus resultingStatus;

  ChallengeDecisionType(String formValue, String label, ChallengeStatus resultingStatus) {
    this.formValue = formValue;
    this.label = label;
    this.resultingStatus = resultingStatus;
  }

  /** The value of the decision form's radio option. */
  public String formValue() {
    return formValue;
  }

  /** Danish label shown to users. */
  public String label() {
    return label;
  }

  public ChallengeStatus resultingStatus() {
    return resultingStatus;
  }

  static Optional<ChallengeDecisionType> fromFormValue(Object value) {
    return Arrays.stream(values()).filter(type -> type.formValue.equals(value)).findFirst();
  }
}
