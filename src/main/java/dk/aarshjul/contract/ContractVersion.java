package dk.aarshjul.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An immutable snapshot of a contract as approved, or as adjusted after a contract dialogue. */
@Entity
public class ContractVersion {

  /** Why a version was recorded. */
  public enum Reason {
    APPROVED,
    DIALOGUE_ADJUSTMENT,
    /**
     * After a dialogue the holder kept the contract unchanged; the note holds the agreement and the
     * reason.
     */
    DIALOGUE_NOT_APPLIED,
    /**
     * After a budget adoption the committee approved adjusted term goals; the note is the reason.
     */
    BUDGET_ADJUSTMENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long contractId;
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  private Reason reason;

  /** The contract's goals and leadership-span assessment as Json. */
  private String content;

  private String note;
  private String createdBy;
  private Instant createdAt = Instant.now();

  protected ContractVersion() {}

  ContractVersion(
      Long contractId,
      int versionNumber,
      Reason reason,
      String content,
      String note,
      String createdBy) {
    this.contractId = contractId;
    this.versionNumber = versionNumber;
    this.reason = reason;
    this.content = content;
    this.note = note;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public Long getContractId() {
    return contractId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public Reason getReason() {
    return reason;
  }

  public String getContent() {
    return content;
  }

  public String getNote() {
    return note;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
