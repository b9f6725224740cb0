package dk.aarshjul.followup;

import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.contract.Goal;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A contract holder's status report (opfølgning) on the goals of one contract in one round of the
 * year.
 */
@Entity
public class FollowUpReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id")
  private DevelopmentContract contract;

  private int roundNumber;

  @Enumerated(EnumType.STRING)
  private FollowUpStatus status = FollowUpStatus.AWAITING_REPORT;

  private String reportedBy;
  private Instant reportedAt;
  private String reviewedBy;
  private Instant reviewedAt;
  private String reviewComment;
  private Instant createdAt = Instant.now();

  @Version private long lockVersion;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<GoalStatus> goalStatuses = new ArrayList<>();

  protected FollowUpReport() {}

  public FollowUpReport(DevelopmentContract contract, int roundNumber) {
    this.contract = contract;
    this.roundNumber = roundNumber;
  }

  /** The stored status of a goal, if this report has one. */
  public Optional<GoalStatus> statusOf(Goal goal) {
    return goalStatuses.stream()
        .filter(status -> status.getGoal().getId().equals(goal.getId()))
        .findFirst();
  }

  /**
   * Stores or replaces the status of a goal (updated in place, so the unique (report, goal) key
   * never collides).
   */
  void putStatus(
      Goal goal,
      TrafficLight colour,
      TrafficLight suggestedColour,
      BigDecimal targetValue,
      BigDecimal actualValue,
      boolean higherIsBetter,
      String effect,
      String satisfactionResult) {
    GoalStatus status =
        statusOf(goal)
            .orElseGet(
                () -> {
                  GoalStatus created = new GoalStatus(this, goal);
                  goalStatuses.add(created);
                  return created;
                });
    status.update(colour, suggestedColour, targetValue, actualValue, higherIsBetter, effect);
    status.reportSatisfaction(satisfactionResult);
  }

  void markReported(String actor) {
    this.status = FollowUpStatus.REPORTED;
    this.reportedBy = actor;
    this.reportedAt = Instant.now();
  }

  void markReviewed(boolean approved, String comment, String reviewer) {
    this.status = approved ? FollowUpStatus.APPROVED : FollowUpStatus.SENT_BACK;
    this.reviewComment = comment;
    this.reviewedBy = reviewer;
    this.reviewedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public DevelopmentContract getContract() {
    return contract;
  }

  public int getRoundNumber() {
    return roundNumber;
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Whether goals have been reported (without loading the goals). */
  public boolean hasGoalStatuses() {
    return !goalStatuses.isEmpty();
  }

  /** The reported colours, one per goal, in no particular order (without loading the goals). */
  public List<TrafficLight> colours() {
    return goalStatuses.stream().map(GoalStatus::getColour).toList();
  }

  /** The goal statuses in the contract's goal order. */
  public List<GoalStatus> getGoalStatuses() {
    return goalStatuses.stream()
        .sorted(Comparator.comparingInt(status -> status.getGoal().getPosition()))
        .toList();
  }
}
