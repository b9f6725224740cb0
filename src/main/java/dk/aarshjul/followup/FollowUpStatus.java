package dk.aarshjul.followup;

/** Where a follow-up report of one contract and round stands. */
public enum FollowUpStatus {
  /** Created by the process, waiting for the contract holder. */
  AWAITING_REPORT,
  /** Reported, waiting for the group chief. */
  REPORTED,
  /** Sent back by the group chief with a comment. */
  SENT_BACK,
  /** Approved by the group chief; counts in the roll-up. */
  APPROVED
}
