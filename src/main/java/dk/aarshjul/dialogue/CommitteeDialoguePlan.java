package dk.aarshjul.dialogue;

import dk.aarshjul.organisation.Committee;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a committee decided about the form of its coming dialogue meetings in a year of its period:
 * the meeting model for each group of its institutions (unit type), whether the meetings are
 * facilitated, and the committees it meets jointly with.
 */
@Entity
public class CommitteeDialoguePlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;
  private int planYear;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "committee_id")
  private Committee committee;

  private boolean facilitated;
  private String decidedBy;
  private Instant decidedAt;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "committee_dialogue_plan_joint",
      joinColumns = @JoinColumn(name = "plan_id"),
      inverseJoinColumns = @JoinColumn(name = "committee_id"))
  @OrderBy("name")
  private Set<Committee> jointCommittees = new LinkedHashSet<>();

  @OneToMany(
      mappedBy = "plan",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("unitType")
  private List<CommitteeMeetingModel> models = new ArrayList<>();

  protected CommitteeDialoguePlan() {}

  CommitteeDialoguePlan(long periodId, int planYear, Committee committee) {
    this.periodId = periodId;
    this.planYear = planYear;
    this.committee = committee;
  }

  /** Replaces the decision (a committee may change its mind before the meetings are planned). */
  void decide(
      Map<String, MeetingModel> modelByUnitType,
      boolean facilitated,
      Collection<Committee> jointCommittees,
      String actor) {
    models.removeIf(model -> !modelByUnitType.containsKey(model.getUnitType()));
    modelByUnitType.forEach(
        (unitType, meetingModel) ->
            models.stream()
                .filter(model -> model.getUnitType().equals(unitType))
                .findFirst()
                .ifPresentOrElse(
                    model -> model.change(meetingModel),
                    () -> models.add(new CommitteeMeetingModel(this, unitType, meetingModel))));
    this.facilitated = facilitated;
    this.jointCommittees.clear();
    this.jointCommittees.addAll(jointCommittees);
    this.decidedBy = actor;
    this.decidedAt = Instant.now();
  }

  /** The model chosen for a unit type; meeting all institutions of one type together otherwise. */
  public MeetingModel modelFor(String unitType) {
    return models.stream()
        .filter(model -> model.getUnitType().equals(unitType))
        .map(CommitteeMeetingModel::getMeetingModel)
        .findFirst()
        .orElse(MeetingModel.SAME_UNIT_TYPE);
  }

  public Long getId() {
    return id;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public int getPlanYear() {
    return planYear;
  }

  public Committee getCommittee() {
    return committee;
  }

  public boolean isFacilitated() {
    return facilitated;
  }

  public Set<Committee> getJointCommittees() {
    return jointCommittees;
  }

  public List<CommitteeMeetingModel> getModels() {
    return models;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
