package dk.aarshjul.dialogue;

import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.period.Period;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A contract dialogue (dialogmøde) between the directorate, the group chief and one or more
 * contract holders.
 */
@Entity
public class DialogueMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "period_id")
  private Period year;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "area_id")
  private Area area;

  @Enumerated(EnumType.STRING)
  private MeetingModel meetingModel;

  /** Readable and unique within the year, e.g. "Børn og Unge – skoler". */
  private String title;

  @Enumerated(EnumType.STRING)
  private MeetingStatus status = MeetingStatus.PLANNED;

  private LocalDate plannedDate;
  private String place;
  private String plannedBy;
  private String minutes;
  private String heldBy;
  private Instant createdAt = Instant.now();
  private Instant plannedAt;
  private Instant heldAt;
  private Instant completedAt;

  /** The contract-dialogue instance that holds this meeting. */
  private String processInstanceId;

  @jakarta.persistence.Version private long lockVersion;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<DialogueParticipant> participants = new ArrayList<>();

  protected DialogueMeeting() {}

  DialogueMeeting(Period year, Area area, MeetingModel meetingModel, String title) {
    this.year = year;
    this.area = area;
    this.meetingModel = meetingModel;
    this.title = title;
  }

  void addParticipant(DevelopmentContract contract) {
    participants.add(new DialogueParticipant(this, contract));
  }

  void plan(LocalDate plannedDate, String place, String plannedBy) {
    this.plannedDate = plannedDate;
    this.place = place;
    this.plannedBy = plannedBy;
    this.plannedAt = Instant.now();
  }

  void markHeld(String minutes, String heldBy) {
    this.minutes = minutes;
    this.heldBy = heldBy;
    this.status = MeetingStatus.HELD;
    this.heldAt = Instant.now();
  }

  void markCompleted() {
    this.status = MeetingStatus.COMPLETED;
    this.completedAt = Instant.now();
  }

  /** The participating contracts ordered by unit name (the order every form shows them in). */
  public List<DevelopmentContract> contracts() {
    return participants.stream()
        .map(DialogueParticipant::getContract)
        .sorted(
            Comparator.comparing((DevelopmentContract c) -> c.getUnit().getName())
                .thenComparing(DevelopmentContract::getId))
        .toList();
  }

  public boolean hasParticipant(Long contractId) {
    return participants.stream().anyMatch(p -> p.getContract().getId().equals(contractId));
  }

  /**
   * Readable business key of the meeting's dialogue instance, e.g. "2028/Dialogmøde Børn og Unge –
   * skoler".
   */
  public String businessKey() {
    return year.getYear() + "/Dialogmøde " + title;
  }

  /**
   * Binds the meeting to the dialogue instance that holds it; a second instance for the same
   * meeting is refused.
   */
  void claim(String processInstanceId) {
    if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
      throw new IllegalStateException(
          "Dialogmødet '"
              + title
              + "' holdes allerede i procesinstans "
              + this.processInstanceId
              + " og kan ikke startes igen.");
    }
    this.processInstanceId = processInstanceId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Period getYear() {
    return year;
  }

  public Area getArea() {
    return area;
  }

  public MeetingModel getMeetingModel() {
    return meetingModel;
  }

  public String getTitle() {
    return title;
  }

  public MeetingStatus getStatus() {
    return status;
  }

  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  public String getPlace() {
    return place;
  }

  public String getPlannedBy() {
    return plannedBy;
  }

  public String getMinutes() {
    return minutes;
  }

  public String getHeldBy() {
    return heldBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPlannedAt() {
    return plannedAt;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public List<DialogueParticipant> getParticipants() {
    return participants;
  }
}
