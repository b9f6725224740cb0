package dk.aarshjul.theme;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A committee's knowledge and status meeting in a year of its period (Hvidovre's step 1): the
 * material the administration prepares – trends, satisfaction surveys, documentation, key figures
 * (last period's goal status is attached from the read model when shown, not stored) – and the
 * meeting where the committee discusses it.
 */
@Entity
public class CommitteeBriefing {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;
  private int briefingYear;
  private Long committeeId;

  private String trends;
  private String satisfaction;
  private String documentation;
  private String keyFigures;
  private String preparedBy;
  private Instant preparedAt;

  private LocalDate meetingDate;
  private String decisions;
  private String registeredBy;
  private Instant registeredAt;

  /** Why the committee sent the drafted beacons back (the year the beacons are set). */
  private String beaconsComment;

  /** The committee's discussion of the year's follow-up (roll-up and effects). */
  private String followUpRemarks;

  private String followUpBy;
  private Instant followUpAt;

  @Version private long lockVersion;

  protected CommitteeBriefing() {}

  CommitteeBriefing(long periodId, int briefingYear, long committeeId) {
    this.periodId = periodId;
    this.briefingYear = briefingYear;
    this.committeeId = committeeId;
  }

  void prepare(
      String trends, String satisfaction, String documentation, String keyFigures, String actor) {
    this.trends = trends;
    this.satisfaction = satisfaction;
    this.documentation = documentation;
    this.keyFigures = keyFigures;
    this.preparedBy = actor;
    this.preparedAt = Instant.now();
  }

  void register(LocalDate meetingDate, String decisions, String actor) {
    this.meetingDate = meetingDate;
    this.decisions = decisions;
    this.registeredBy = actor;
    this.registeredAt = Instant.now();
  }

  void considerFollowUp(String remarks, String actor) {
    this.followUpRemarks = remarks;
    this.followUpBy = actor;
    this.followUpAt = Instant.now();
  }

  public String getFollowUpRemarks() {
    return followUpRemarks;
  }

  void sendBeaconsBack(String comment) {
    this.beaconsComment = comment;
  }

  public Long getId() {
    return id;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public int getBriefingYear() {
    return briefingYear;
  }

  public Long getCommitteeId() {
    return committeeId;
  }

  public String getTrends() {
    return trends;
  }

  public String getSatisfaction() {
    return satisfaction;
  }

  public String getDocumentation() {
    return documentation;
  }

  public String getKeyFigures() {
    return keyFigures;
  }

  public String getPreparedBy() {
    return preparedBy;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getDecisions() {
    return decisions;
  }

  public boolean isRegistered() {
    return registeredAt != null;
  }

  public String getBeaconsComment() {
    return beaconsComment;
  }
}
