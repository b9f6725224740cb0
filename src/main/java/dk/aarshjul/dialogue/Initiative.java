package dk.aarshjul.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An initiative a joint committee meeting proposed for a council goal; the directorate decides it,
 * and a decided initiative is followed up each year (red/yellow/green with its effect).
 */
@Entity
public class Initiative {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;
  private Long goalId;
  private Long meetingId;
  private int position;
  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private InitiativeStatus status = InitiativeStatus.PROPOSED;

  private String decisionComment;
  private String decidedBy;
  private Instant decidedAt;
  private Instant proposedAt = Instant.now();

  protected Initiative() {}

  Initiative(
      long periodId, long goalId, long meetingId, int position, String title, String description) {
    this.periodId = periodId;
    this.goalId = goalId;
    this.meetingId = meetingId;
    this.position = position;
    this.title = title;
    this.description = description;
  }

  void decide(boolean start, String comment, String actor) {
    this.status = start ? InitiativeStatus.DECIDED : InitiativeStatus.REJECTED;
    this.decisionComment = comment;
    this.decidedBy = actor;
    this.decidedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public Long getGoalId() {
    return goalId;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public InitiativeStatus getStatus() {
    return status;
  }

  public String getDecisionComment() {
    return decisionComment;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
