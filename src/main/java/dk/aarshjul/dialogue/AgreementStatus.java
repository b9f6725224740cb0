package dk.aarshjul.dialogue;

/** An adjustment agreed at a dialogue meeting: waiting for the contract holder, or applied as a new contract version. */
public enum AgreementStatus {
  PENDING, APPLIED
}
