package dk.aarshjul.dialogue;

import dk.aarshjul.contract.DevelopmentContract;
import jakarta.persistence.Column;
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
 * An adjustment of one contract agreed at a dialogue meeting; applied by the contract holder as a
 * new version.
 */
@Entity
public class DialogueAgreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "meeting_id")
  private DialogueMeeting meeting;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "contract_id")
  private DevelopmentContract contract;

  @Column(name = "adjustment_text")
  private String text;

  @Enumerated(EnumType.STRING)
  private AgreementStatus status = AgreementStatus.PENDING;

  /**
   * The contract version that holds the adjustment, once applied (or records why it was not
   * applied).
   */
  private Integer appliedVersion;

  private String appliedBy;
  private Instant createdAt = Instant.now();
  private Instant appliedAt;

  protected DialogueAgreement() {}

  DialogueAgreement(DialogueMeeting meeting, DevelopmentContract contract, String text) {
    this.meeting = meeting;
    this.contract = contract;
    this.text = text;
  }

  void markApplied(int versionNumber, String appliedBy) {
    markHandled(AgreementStatus.APPLIED, versionNumber, appliedBy);
  }

  /**
   * The holder kept the contract unchanged and gave the reason, recorded in the given contract
   * version.
   */
  void markNotApplied(int versionNumber, String handledBy) {
    markHandled(AgreementStatus.NOT_APPLIED, versionNumber, handledBy);
  }

  private void markHandled(AgreementStatus status, int versionNumber, String appliedBy) {
    this.status = status;
    this.appliedVersion = versionNumber;
    this.appliedBy = appliedBy;
    this.appliedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public DialogueMeeting getMeeting() {
    return meeting;
  }

  public DevelopmentContract getContract() {
    return contract;
  }

  public String getText() {
    return text;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public Integer getAppliedVersion() {
    return appliedVersion;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }
}
