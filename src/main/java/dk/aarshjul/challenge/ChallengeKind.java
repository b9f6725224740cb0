package dk.aarshjul.challenge;

import java.util.Arrays;
import java.util.Optional;

/** What a contract holder challenges: a rule, an administrative guideline or a task. */
enum ChallengeKind {
  RULE("regel", "Regel"),
  GUIDELINE("retningslinje", "Administrativ retningslinje"),
  TASK("opgave", "Opgave");

  private final String formValue;
  private final String label;

  ChallengeKind(String formValue, String label) {
    this.formValue = formValue;
    this.label = label;
  }

  /** The value of the start form's radio option. */
  public String formValue() {
    return formValue;
  }

  /** Danish label shown to users. */
  public String label() {
    return label;
  }

  static Optional<ChallengeKind> fromFormValue(String value) {
    return Arrays.stream(values()).filter(kind -> kind.formValue.equals(value)).findFirst();
  }
}
