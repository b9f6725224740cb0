package dk.aarshjul.period;

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

/** A requirement every agreement of the period must meet (e.g. from the DUS). */
@Entity
public class Requirement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private Period period;

  private String code;
  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_type")
  private RequirementRule rule;

  private Integer trackNumber;

  /** The rule's limit, e.g. the most goals an agreement may have. */
  @Column(name = "limit_value")
  private Integer limit;

  protected Requirement() {}

  Requirement(
      Period period,
      String code,
      String title,
      String description,
      RequirementRule rule,
      Integer trackNumber) {
    this.period = period;
    this.code = code;
    this.title = title;
    this.description = description;
    this.rule = rule;
    this.trackNumber = trackNumber;
  }

  void limit(int limit) {
    this.limit = limit;
  }

  public Integer getLimit() {
    return limit;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public RequirementRule getRule() {
    return rule;
  }

  public Integer getTrackNumber() {
    return trackNumber;
  }
}
