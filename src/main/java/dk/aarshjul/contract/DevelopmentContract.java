package dk.aarshjul.contract;

import dk.aarshjul.organisation.Unit;
import dk.aarshjul.period.Period;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A unit's development contract (udviklingskontrakt) for one year. */
@Entity
public class DevelopmentContract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "period_id")
  private Period year;

  @Enumerated(EnumType.STRING)
  private ContractStatus status = ContractStatus.DRAFT;

  /** Number of times the contract has been submitted for approval. */
  private int version;

  private String leadershipSpanAssessment;
  private String earlyDialogueNotes;
  private String approverGroup;
  private String approvedBy;
  private Instant createdAt = Instant.now();
  private Instant submittedAt;
  private Instant approvedAt;

  @Version private long lockVersion;

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Goal> goals = new ArrayList<>();

  protected DevelopmentContract() {}

  public DevelopmentContract(Unit unit, Period year) {
    this.unit = unit;
    this.year = year;
  }

  /** Replaces the draft's content with what the contract holder submitted. */
  void replaceDraft(String leadershipSpanAssessment, List<Goal> newGoals) {
    this.leadershipSpanAssessment = leadershipSpanAssessment;
    goals.clear();
    int position = 0;
    for (Goal goal : newGoals) {
      goal.attach(this, position++);
      goals.add(goal);
    }
  }

  void recordEarlyDialogue(String notes) {
    this.earlyDialogueNotes = notes;
  }

  void markSubmitted(String approverGroup) {
    this.status = ContractStatus.SUBMITTED;
    this.approverGroup = approverGroup;
    this.version++;
    this.submittedAt = Instant.now();
  }

  void markChangesRequested() {
    this.status = ContractStatus.CHANGES_REQUESTED;
  }

  void markApproved(String approvedBy) {
    this.status = ContractStatus.APPROVED;
    this.approvedBy = approvedBy;
    this.approvedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Unit getUnit() {
    return unit;
  }

  public Period getYear() {
    return year;
  }

  public ContractStatus getStatus() {
    return status;
  }

  public int getVersion() {
    return version;
  }

  public String getLeadershipSpanAssessment() {
    return leadershipSpanAssessment;
  }

  public String getEarlyDialogueNotes() {
    return earlyDialogueNotes;
  }

  public String getApproverGroup() {
    return approverGroup;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public List<Goal> getGoals() {
    return goals;
  }

  /**
   * Readable business key, e.g. "2027/Gl. Rye skole og dagtilbud" or, for a term agreement,
   * "2026–2029/Avedøre Skole".
   */
  public String businessKey() {
    return year.getName() + "/" + unit.getName();
  }
}
