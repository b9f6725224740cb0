package dk.aarshjul.hearing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One party's hearing about a case: a unit's leader or its works council, answered by a deadline. A
 * leader may ask to present the case to the committee; whether she did is registered with the
 * committee's decision.
 */
@Entity
public class Hearing {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long caseId;
  private Long unitId;

  @Enumerated(EnumType.STRING)
  private HearingParty party;

  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  private HearingStatus status = HearingStatus.WAITING;

  private String answer;
  private Boolean wantsToPresent;
  private Boolean presented;
  private String answeredBy;
  private Instant answeredAt;
  private Instant closedAt;

  protected Hearing() {}

  Hearing(Long caseId, Long unitId, HearingParty party, LocalDate deadline) {
    this.caseId = caseId;
    this.unitId = unitId;
    this.party = party;
    this.deadline = deadline;
  }

  void answer(String answer, Boolean wantsToPresent, String answeredBy) {
    this.answer = answer;
    this.wantsToPresent = wantsToPresent;
    this.answeredBy = answeredBy;
    this.answeredAt = Instant.now();
    this.closedAt = answeredAt;
    this.status = HearingStatus.ANSWERED;
  }

  void markNotAnswered() {
    this.status = HearingStatus.NOT_ANSWERED;
    this.closedAt = Instant.now();
  }

  void markPresented(boolean presented) {
    this.presented = presented;
  }

  public boolean isWaiting() {
    return status == HearingStatus.WAITING;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public HearingParty getParty() {
    return party;
  }

  /** The last day to answer (until the due time of day, Danish time). */
  public LocalDate getDeadline() {
    return deadline;
  }

  public HearingStatus getStatus() {
    return status;
  }

  public String getAnswer() {
    return answer;
  }

  /** Whether the leader asks to present the case to the committee; null for a works council. */
  public Boolean getWantsToPresent() {
    return wantsToPresent;
  }

  /** Whether the leader presented the case to the committee; null until the decision. */
  public Boolean getPresented() {
    return presented;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  /** When it was answered or recorded as not answered. */
  public Instant getClosedAt() {
    return closedAt;
  }
}
