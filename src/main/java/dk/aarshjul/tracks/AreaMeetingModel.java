package dk.aarshjul.tracks;

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

/** The meeting model the DUS chose for one area's contract dialogues. */
@Entity
public class AreaMeetingModel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private CycleYear year;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "area_id")
  private Area area;

  @Enumerated(EnumType.STRING)
  private MeetingModel meetingModel;

  protected AreaMeetingModel() {}

  AreaMeetingModel(CycleYear year, Area area, MeetingModel meetingModel) {
    this.year = year;
    this.area = area;
    this.meetingModel = meetingModel;
  }

  public Area getArea() { return area; }
  public MeetingModel getMeetingModel() { return meetingModel; }
}
