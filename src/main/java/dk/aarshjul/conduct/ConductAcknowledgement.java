package dk.aarshjul.conduct;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A participant's acknowledgement of a version of the code of conduct in an election term (named by
 * its first year): given once per term and version.
 */
@Entity
@Table(name = "conduct_acknowledgement")
public class ConductAcknowledgement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long codeId;
  private int termFirstYear;
  private String userId;

  /** Where it was given, e.g. "Dialogmøde på Søndermarksskolen 12. marts 2027". */
  private String occasion;

  /**
   * Who recorded it: the participant herself, or the secretariat that kept the meeting's record.
   */
  private String recordedBy;

  private Instant acknowledgedAt = Instant.now();

  protected ConductAcknowledgement() {}

  ConductAcknowledgement(
      long codeId, int termFirstYear, String userId, String occasion, String recordedBy) {
    this.codeId = codeId;
    this.termFirstYear = termFirstYear;
    this.userId = userId;
    this.occasion = occasion;
    this.recordedBy = recordedBy;
  }

  public Long getCodeId() {
    return codeId;
  }

  public int getTermFirstYear() {
    return termFirstYear;
  }

  public String getUserId() {
    return userId;
  }

  public String getOccasion() {
    return occasion;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }
}
