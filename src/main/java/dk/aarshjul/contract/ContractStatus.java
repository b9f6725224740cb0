package dk.aarshjul.contract;

public enum ContractStatus {
  DRAFT,
  SUBMITTED,
  CHANGES_REQUESTED,
  APPROVED
}
