package dk.aarshjul.dialogue;

import dk.aarshjul.organisation.Committee;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A committee's plan of the year's dialogue meetings at its institutions: who planned it, and
 * whether it is uneven (some units met two or more times more often than others).
 */
@Entity
public class InstitutionMeetingPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;
  private int planYear;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "committee_id")
  private Committee committee;

  private String plannedBy;
  private Instant plannedAt = Instant.now();
  private boolean uneven;

  protected InstitutionMeetingPlan() {}

  InstitutionMeetingPlan(
      long periodId, int planYear, Committee committee, boolean uneven, String plannedBy) {
    this.periodId = periodId;
    this.planYear = planYear;
    this.committee = committee;
    this.uneven = uneven;
    this.plannedBy = plannedBy;
  }

  public Long getId() {
    return id;
  }

  public int getPlanYear() {
    return planYear;
  }

  public Committee getCommittee() {
    return committee;
  }

  public String getPlannedBy() {
    return plannedBy;
  }

  public boolean isUneven() {
    return uneven;
  }
}
