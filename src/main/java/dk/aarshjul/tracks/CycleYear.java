package dk.aarshjul.tracks;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One turn of the wheel with its published directorate tracks (DUS) and contract requirements. */
@Entity
public class CycleYear {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_year")
  private int year;

  private String title;

  @Enumerated(EnumType.STRING)
  private CycleYearStatus status = CycleYearStatus.PUBLISHED;

  private LocalDate contractDeadline;
  private LocalDate dialogueFrom;
  private LocalDate dialogueTo;
  private Instant publishedAt;
  private String publishedBy;
  /** Why the directorate sent the DUS draft back for revision; shown in the next draft. */
  private String dusReviewComment;

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("roundNumber")
  private List<FollowUpDate> followUpDates = new ArrayList<>();

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<AreaMeetingModel> meetingModels = new ArrayList<>();

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<EarlyDialogueUnit> earlyDialogueUnits = new ArrayList<>();

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Track> tracks = new ArrayList<>();

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Requirement> requirements = new ArrayList<>();

  protected CycleYear() {}

  public CycleYear(int year, String title) {
    this.year = year;
    this.title = title;
  }

  /** A year opened by the annual cycle: its DUS is drafted before contracts can start. */
  public static CycleYear opened(int year) {
    CycleYear cycleYear = new CycleYear(year, "Årshjul " + year);
    cycleYear.status = CycleYearStatus.DRAFT;
    return cycleYear;
  }

  /** Empties the DUS so a new draft can replace it (flush before adding, unique codes would collide). */
  public void clearDus() {
    tracks.clear();
    requirements.clear();
    followUpDates.clear();
    meetingModels.clear();
    earlyDialogueUnits.clear();
  }

  public void setCalendar(LocalDate contractDeadline, LocalDate dialogueFrom, LocalDate dialogueTo) {
    this.contractDeadline = contractDeadline;
    this.dialogueFrom = dialogueFrom;
    this.dialogueTo = dialogueTo;
  }

  public void addFollowUpDate(int roundNumber, LocalDate dueDate) {
    followUpDates.add(new FollowUpDate(this, roundNumber, dueDate));
  }

  public void setMeetingModel(Area area, MeetingModel model) {
    meetingModels.add(new AreaMeetingModel(this, area, model));
  }

  public void addEarlyDialogueUnit(Unit unit) {
    earlyDialogueUnits.add(new EarlyDialogueUnit(this, unit));
  }

  public void sendBackForRevision(String comment) {
    this.dusReviewComment = comment;
  }

  public void publish(String publishedBy) {
    this.dusReviewComment = null;
    this.status = CycleYearStatus.PUBLISHED;
    this.publishedAt = Instant.now();
    this.publishedBy = publishedBy;
  }

  /** The area's meeting model; one dialogue per unit when the DUS chose none. */
  public MeetingModel meetingModelFor(Area area) {
    return meetingModels.stream().filter(m -> Objects.equals(m.getArea().getId(), area.getId()))
        .map(AreaMeetingModel::getMeetingModel).findFirst().orElse(MeetingModel.SINGLE_UNIT);
  }

  public boolean hasEarlyDialogue(Unit unit) {
    return earlyDialogueUnits.stream().anyMatch(e -> Objects.equals(e.getUnit().getId(), unit.getId()));
  }

  public Track addTrack(int number, String title, String description) {
    Track track = new Track(this, number, title, description);
    tracks.add(track);
    return track;
  }

  public Requirement addRequirement(String code, String title, String description, RequirementRule rule, Integer trackNumber) {
    Requirement requirement = new Requirement(this, code, title, description, rule, trackNumber);
    requirements.add(requirement);
    return requirement;
  }

  public Long getId() { return id; }
  public int getYear() { return year; }
  public String getTitle() { return title; }
  public List<Track> getTracks() { return tracks; }
  public List<Requirement> getRequirements() { return requirements; }
  public CycleYearStatus getStatus() { return status; }
  public boolean isPublished() { return status == CycleYearStatus.PUBLISHED; }
  public LocalDate getContractDeadline() { return contractDeadline; }
  public LocalDate getDialogueFrom() { return dialogueFrom; }
  public LocalDate getDialogueTo() { return dialogueTo; }
  public Instant getPublishedAt() { return publishedAt; }
  public String getPublishedBy() { return publishedBy; }
  public String getDusReviewComment() { return dusReviewComment; }
  public List<FollowUpDate> getFollowUpDates() { return followUpDates; }
  public List<AreaMeetingModel> getMeetingModels() { return meetingModels; }
  public List<EarlyDialogueUnit> getEarlyDialogueUnits() { return earlyDialogueUnits; }
}
