package dk.aarshjul.dialogue;

/**
 * An adjustment agreed at a dialogue meeting: waiting for the contract holder, applied as a new
 * contract version, or not applied (the contract is unchanged and the holder gave the reason,
 * recorded with the contract's versions).
 */
enum AgreementStatus {
  PENDING,
  APPLIED,
  NOT_APPLIED
}
