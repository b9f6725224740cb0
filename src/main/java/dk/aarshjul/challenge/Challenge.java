package dk.aarshjul.challenge;

import dk.aarshjul.organisation.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A contract holder's challenge (udfordringsret) of a rule, guideline or task deemed unnecessary.
 */
@Entity
public class Challenge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Enumerated(EnumType.STRING)
  private ChallengeKind kind;

  private String subject;
  private String reason;
  private String proposedChange;

  @Enumerated(EnumType.STRING)
  private ChallengeStatus status = ChallengeStatus.SUBMITTED;

  private String submittedBy;
  private Instant submittedAt = Instant.now();
  private Instant decidedAt;
  private String acknowledgedBy;
  private Instant acknowledgedAt;

  protected Challenge() {}

  Challenge(
      Unit unit,
      ChallengeKind kind,
      String subject,
      String reason,
      String proposedChange,
      String submittedBy) {
    this.unit = unit;
    this.kind = kind;
    this.subject = subject;
    this.reason = reason;
    this.proposedChange = proposedChange;
    this.submittedBy = submittedBy;
  }

  void apply(ChallengeDecisionType decision) {
    this.status = decision.resultingStatus();
    if (decision != ChallengeDecisionType.REQUEST_MORE_INFO) {
      this.decidedAt = Instant.now();
    }
  }

  void markElaborated() {
    this.status = ChallengeStatus.SUBMITTED;
  }

  void markAcknowledged(String acknowledgedBy) {
    this.acknowledgedBy = acknowledgedBy;
    this.acknowledgedAt = Instant.now();
  }

  public boolean isDecided() {
    return status == ChallengeStatus.ACCEPTED || status == ChallengeStatus.REJECTED;
  }

  public Long getId() {
    return id;
  }

  public Unit getUnit() {
    return unit;
  }

  public ChallengeKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getReason() {
    return reason;
  }

  public String getProposedChange() {
    return proposedChange;
  }

  public ChallengeStatus getStatus() {
    return status;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  /** Readable business key, e.g. "Udfordringsret 7 – Gl. Rye skole og dagtilbud". */
  public String businessKey() {
    return "Udfordringsret " + id + " – " + unit.getName();
  }
}
