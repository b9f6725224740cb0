package dk.aarshjul.reporting;

import dk.aarshjul.period.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/**
 * The year-end report (årsrapport) for directorate and council: when it was compiled and the
 * directorate's conclusion on it. Its content is queried from the follow-ups ({@link
 * YearEndReportData}), never stored as text.
 */
@Entity
public class YearEndReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private Period year;

  private Instant compiledAt;
  private String conclusion;
  private String concludedBy;
  private Instant concludedAt;

  protected YearEndReport() {}

  YearEndReport(Period year) {
    this.year = year;
  }

  void compiled() {
    this.compiledAt = Instant.now();
  }

  void conclude(String conclusion, String concludedBy) {
    this.conclusion = conclusion;
    this.concludedBy = concludedBy;
    this.concludedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Instant getCompiledAt() {
    return compiledAt;
  }

  public String getConclusion() {
    return conclusion;
  }

  public String getConcludedBy() {
    return concludedBy;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }
}
