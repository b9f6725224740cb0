package dk.aarshjul.tracks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The directorate's tracks (DUS) of one budget year: the review state of the draft. What it drafts
 * – tracks, requirements and calendar – belongs to the period (the kernel), its meeting models to
 * the dialogue block and its early-dialogue trial to the agreement block; the DUS is their source,
 * not their owner.
 */
@Entity
public class Dus {

  /** The budget year's period (one DUS per period). */
  @Id
  @Column(name = "period_id")
  private Long periodId;

  @Enumerated(EnumType.STRING)
  private DusStatus status = DusStatus.DRAFT;

  /** Why the directorate sent the draft back for revision; shown in the next draft. */
  private String reviewComment;

  private Instant publishedAt;
  private String publishedBy;

  protected Dus() {}

  Dus(long periodId) {
    this.periodId = periodId;
  }

  void sendBackForRevision(String comment) {
    this.reviewComment = comment;
  }

  void publish(Instant at, String actor) {
    this.reviewComment = null;
    this.status = DusStatus.PUBLISHED;
    this.publishedAt = at;
    this.publishedBy = actor;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public DusStatus getStatus() {
    return status;
  }

  public boolean isPublished() {
    return status == DusStatus.PUBLISHED;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }
}
