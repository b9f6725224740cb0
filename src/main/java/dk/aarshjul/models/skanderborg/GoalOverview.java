package dk.aarshjul.models.skanderborg;

import dk.aarshjul.period.Period;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The year's approved goals by track and area, as presented to the council at its theme meeting.
 */
@Entity
public class GoalOverview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private Period year;

  private int contractsCount;
  private int goalsCount;
  private Instant compiledAt = Instant.now();
  private LocalDate presentedOn;
  private String councilRemarks;
  private String presentedBy;

  protected GoalOverview() {}

  GoalOverview(Period year) {
    this.year = year;
  }

  void update(int contractsCount, int goalsCount) {
    this.contractsCount = contractsCount;
    this.goalsCount = goalsCount;
    this.compiledAt = Instant.now();
  }

  void recordPresentation(LocalDate presentedOn, String councilRemarks, String presentedBy) {
    this.presentedOn = presentedOn;
    this.councilRemarks = councilRemarks;
    this.presentedBy = presentedBy;
  }

  public Long getId() {
    return id;
  }

  public int getContractsCount() {
    return contractsCount;
  }

  public int getGoalsCount() {
    return goalsCount;
  }

  public Instant getCompiledAt() {
    return compiledAt;
  }

  public LocalDate getPresentedOn() {
    return presentedOn;
  }

  public String getCouncilRemarks() {
    return councilRemarks;
  }

  public String getPresentedBy() {
    return presentedBy;
  }
}
