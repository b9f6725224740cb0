package dk.aarshjul.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The meeting model a committee chose for one group of its institutions (a unit type). */
@Entity
public class CommitteeMeetingModel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private CommitteeDialoguePlan plan;

  private String unitType;

  @Enumerated(EnumType.STRING)
  private MeetingModel meetingModel;

  protected CommitteeMeetingModel() {}

  CommitteeMeetingModel(CommitteeDialoguePlan plan, String unitType, MeetingModel meetingModel) {
    this.plan = plan;
    this.unitType = unitType;
    this.meetingModel = meetingModel;
  }

  void change(MeetingModel meetingModel) {
    this.meetingModel = meetingModel;
  }

  public String getUnitType() {
    return unitType;
  }

  public MeetingModel getMeetingModel() {
    return meetingModel;
  }
}
