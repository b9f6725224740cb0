package dk.aarshjul.measure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One imported file of a period: a year's aggregated citizen survey or register values. It is shown
 * to the public only once a reviewer other than the importer has published it.
 */
@Entity
public class DataImport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;

  @Enumerated(EnumType.STRING)
  private ImportKind kind;

  private Integer surveyYear;
  private String fileName;
  private int rowCount;

  @Enumerated(EnumType.STRING)
  private ImportStatus status = ImportStatus.IMPORTED;

  private String importedBy;
  private Instant importedAt = Instant.now();
  private String reviewedBy;
  private Instant reviewedAt;
  private String reviewComment;

  protected DataImport() {}

  DataImport(
      long periodId,
      ImportKind kind,
      Integer surveyYear,
      String fileName,
      int rowCount,
      String importedBy) {
    this.periodId = periodId;
    this.kind = kind;
    this.surveyYear = surveyYear;
    this.fileName = fileName;
    this.rowCount = rowCount;
    this.importedBy = importedBy;
  }

  void review(boolean publish, String comment, String actor) {
    this.status = publish ? ImportStatus.PUBLISHED : ImportStatus.REJECTED;
    this.reviewComment = comment;
    this.reviewedBy = actor;
    this.reviewedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public ImportKind getKind() {
    return kind;
  }

  public Integer getSurveyYear() {
    return surveyYear;
  }

  public String getFileName() {
    return fileName;
  }

  public int getRowCount() {
    return rowCount;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public Instant getImportedAt() {
    return importedAt;
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
}
