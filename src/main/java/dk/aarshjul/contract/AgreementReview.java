package dk.aarshjul.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An institution's review of its term goals after a budget adoption: keep them, or adjust them with
 * a reason; the committee approves an adjustment, which then becomes a new version of the
 * agreement.
 */
@Entity
public class AgreementReview {

  /** Where the review stands. */
  public enum Status {
    AWAITING_REVIEW,
    AWAITING_APPROVAL,
    KEPT,
    ADJUSTED
  }

  /** What the institution decided. */
  public enum Decision {
    KEEP,
    ADJUST
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long contractId;

  /** The year whose adopted budget the goals are reviewed against. */
  private int budgetYear;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  private String reason;

  @Enumerated(EnumType.STRING)
  private Status status = Status.AWAITING_REVIEW;

  private String reviewedBy;
  private Instant reviewedAt;
  private String approvedBy;
  private Instant approvedAt;
  private String approverComment;

  /**
   * The adjusted goals awaiting approval (the form's Json); the agreement keeps its goals until.
   */
  private String proposedGoals;

  private Integer appliedVersion;
  private Instant createdAt = Instant.now();

  @Version private long lockVersion;

  protected AgreementReview() {}

  AgreementReview(Long contractId, int budgetYear) {
    this.contractId = contractId;
    this.budgetYear = budgetYear;
  }

  void keep(String actor) {
    this.decision = Decision.KEEP;
    this.reason = null;
    this.proposedGoals = null;
    this.status = Status.KEPT;
    this.reviewedBy = actor;
    this.reviewedAt = Instant.now();
  }

  void propose(String goalsJson, String reason, String actor) {
    this.decision = Decision.ADJUST;
    this.proposedGoals = goalsJson;
    this.reason = reason;
    this.status = Status.AWAITING_APPROVAL;
    this.reviewedBy = actor;
    this.reviewedAt = Instant.now();
  }

  void approve(int version, String comment, String actor) {
    this.status = Status.ADJUSTED;
    this.appliedVersion = version;
    this.approverComment = comment;
    this.approvedBy = actor;
    this.approvedAt = Instant.now();
  }

  void sendBack(String comment, String actor) {
    this.status = Status.AWAITING_REVIEW;
    this.approverComment = comment;
    this.approvedBy = actor;
    this.approvedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getContractId() {
    return contractId;
  }

  public int getBudgetYear() {
    return budgetYear;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public Status getStatus() {
    return status;
  }

  public String getProposedGoals() {
    return proposedGoals;
  }

  public String getApproverComment() {
    return approverComment;
  }

  public Integer getAppliedVersion() {
    return appliedVersion;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getApprovedBy() {
    return approvedBy;
  }
}
