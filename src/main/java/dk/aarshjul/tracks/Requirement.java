package dk.aarshjul.tracks;

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

/** A requirement every development contract of the year must meet (from the DUS). */
@Entity
public class Requirement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private CycleYear year;

  private String code;
  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_type")
  private RequirementRule rule;

  private Integer trackNumber;

  protected Requirement() {}

  Requirement(CycleYear year, String code, String title, String description, RequirementRule rule, Integer trackNumber) {
    this.year = year;
    this.code = code;
    this.title = title;
    this.description = description;
    this.rule = rule;
    this.trackNumber = trackNumber;
  }

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public RequirementRule getRule() { return rule; }
  public Integer getTrackNumber() { return trackNumber; }
}
