package dk.aarshjul.models.viborg;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A Sammenhængslaboratorium: a cross-cutting problem the directorate picked, the 6–8 leaders and
 * staff who work on it for six weeks, the result they present (at most 10 slides) and what the
 * directorate decides follows.
 */
@Entity
@Table(name = "samlab")
class SamLab {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String problem;
  private String description;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private Long leadUnitId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "samlab_unit", joinColumns = @JoinColumn(name = "samlab_id"))
  @Column(name = "unit_id")
  private Set<Long> unitIds = new LinkedHashSet<>();

  /** Staff taking part besides the leaders, one per line. */
  private String staff;

  private String resultSummary;
  private String slidesLink;
  private Integer slideCount;
  private String presentedBy;
  private Instant presentedAt;
  private String decision;
  private String decisionText;
  private String decidedBy;
  private Instant decidedAt;
  private String startedBy;
  private Instant startedAt = Instant.now();

  protected SamLab() {}

  SamLab(String problem, String description, LocalDate startsOn, int weeks, String startedBy) {
    this.problem = problem;
    this.description = description;
    this.startsOn = startsOn;
    this.endsOn = startsOn.plusWeeks(weeks);
    this.startedBy = startedBy;
  }

  void compose(Set<Long> unitIds, long leadUnitId, String staff) {
    this.unitIds.clear();
    this.unitIds.addAll(unitIds);
    this.leadUnitId = leadUnitId;
    this.staff = staff;
  }

  void present(String summary, String slidesLink, int slideCount, String actor) {
    this.resultSummary = summary;
    this.slidesLink = slidesLink;
    this.slideCount = slideCount;
    this.presentedBy = actor;
    this.presentedAt = Instant.now();
  }

  void decide(String decision, String text, String actor) {
    this.decision = decision;
    this.decisionText = text;
    this.decidedBy = actor;
    this.decidedAt = Instant.now();
  }

  Long getId() {
    return id;
  }

  String getProblem() {
    return problem;
  }

  String getDescription() {
    return description;
  }

  LocalDate getStartsOn() {
    return startsOn;
  }

  LocalDate getEndsOn() {
    return endsOn;
  }

  Long getLeadUnitId() {
    return leadUnitId;
  }

  Set<Long> getUnitIds() {
    return Set.copyOf(unitIds);
  }

  String getStaff() {
    return staff;
  }

  String getResultSummary() {
    return resultSummary;
  }

  String getSlidesLink() {
    return slidesLink;
  }

  Integer getSlideCount() {
    return slideCount;
  }

  String getDecision() {
    return decision;
  }

  String getDecisionText() {
    return decisionText;
  }
}
