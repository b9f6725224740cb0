package dk.aarshjul.dialogue;

import dk.aarshjul.organisation.Area;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The meeting model chosen for one area's dialogues in a period (by the DUS, or a committee). */
@Entity
public class AreaMeetingModel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "area_id")
  private Area area;

  @Enumerated(EnumType.STRING)
  private MeetingModel meetingModel;

  protected AreaMeetingModel() {}

  AreaMeetingModel(long periodId, Area area, MeetingModel meetingModel) {
    this.periodId = periodId;
    this.area = area;
    this.meetingModel = meetingModel;
  }

  public Area getArea() {
    return area;
  }

  public MeetingModel getMeetingModel() {
    return meetingModel;
  }
}
