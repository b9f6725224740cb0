package dk.aarshjul.reporting;

import dk.aarshjul.organisation.Area;
import dk.aarshjul.period.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * Red/yellow/green counts of one follow-up round, for one area or the whole municipality. The
 * unique key is (year, round, scope key) with scope key 0 for the municipality and the area id for
 * an area, because a NULL area id would never collide in a unique constraint.
 */
@Entity
public class StatusRollup {

  public enum Scope {
    KOMMUNE,
    OMRAADE
  }

  static final long MUNICIPALITY_KEY = 0L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private Period year;

  private int roundNumber;

  @Enumerated(EnumType.STRING)
  private Scope scope;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "area_id")
  private Area area;

  private long scopeKey;
  private int red;
  private int yellow;
  private int green;
  private int reportsApproved;
  private int reportsMissing;
  private Instant computedAt;

  protected StatusRollup() {}

  /** A row for an area, or for the whole municipality when area is null. */
  StatusRollup(Period year, int roundNumber, Area area) {
    this.year = year;
    this.roundNumber = roundNumber;
    this.area = area;
    this.scope = area == null ? Scope.KOMMUNE : Scope.OMRAADE;
    this.scopeKey = keyOf(area);
  }

  static long keyOf(Area area) {
    return area == null ? MUNICIPALITY_KEY : area.getId();
  }

  void update(StatusCounts counts) {
    this.red = counts.red();
    this.yellow = counts.yellow();
    this.green = counts.green();
    this.reportsApproved = counts.reportsApproved();
    this.reportsMissing = counts.reportsMissing();
    this.computedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public int getRoundNumber() {
    return roundNumber;
  }

  public Scope getScope() {
    return scope;
  }

  public Area getArea() {
    return area;
  }

  public int getRed() {
    return red;
  }

  public int getYellow() {
    return yellow;
  }

  public int getGreen() {
    return green;
  }

  public int getReportsApproved() {
    return reportsApproved;
  }

  public int getReportsMissing() {
    return reportsMissing;
  }

  public Instant getComputedAt() {
    return computedAt;
  }

  public StatusCounts counts() {
    return new StatusCounts(red, yellow, green, reportsApproved, reportsMissing);
  }
}
