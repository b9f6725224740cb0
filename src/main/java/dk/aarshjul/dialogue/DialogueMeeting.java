package dk.aarshjul.dialogue;

import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.Unit;
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
 * A dialogue meeting (dialogmøde) with one or more units: the directorate's contract dialogue with
 * contract holders (Skanderborg), a committee's dialogue meeting with its institutions' leaders –
 * possibly joint with other committees – or the directorate's dialogue with staff units (Hvidovre).
 */
@Entity
public class DialogueMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "period_id")
  private Period year;

  /** The area whose contract dialogue it is; none for a committee's meeting. */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "area_id")
  private Area area;

  @Enumerated(EnumType.STRING)
  private MeetingKind kind = MeetingKind.CONTRACT;

  /** The committee that holds the meeting (or whose staff units meet the directorate). */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "committee_id")
  private Committee committee;

  /** Other committees taking part: a joint committee meeting. */
  @jakarta.persistence.ManyToMany(fetch = FetchType.EAGER)
  @jakarta.persistence.JoinTable(
      name = "dialogue_meeting_committee",
      joinColumns = @JoinColumn(name = "meeting_id"),
      inverseJoinColumns = @JoinColumn(name = "committee_id"))
  @jakarta.persistence.OrderBy("name")
  private java.util.Set<Committee> jointCommittees = new java.util.LinkedHashSet<>();

  private boolean facilitated;

  /** The council goal a joint committee meeting is about (by id). */
  private Long goalId;

  /** The year of its period the meeting is held in (a term has a round of meetings each year). */
  private int meetingYear;

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
    this.meetingYear = year.getFirstYear();
  }

  /** A committee's (or, for its staff units, the directorate's) meeting in a year of a term. */
  DialogueMeeting(
      Period period,
      int meetingYear,
      MeetingKind kind,
      Committee committee,
      java.util.Collection<Committee> jointCommittees,
      boolean facilitated,
      MeetingModel meetingModel,
      String title) {
    this.year = period;
    this.meetingYear = meetingYear;
    this.kind = kind;
    this.committee = committee;
    this.jointCommittees.addAll(jointCommittees);
    this.facilitated = facilitated;
    this.meetingModel = meetingModel;
    this.title = title;
  }

  /**
   * A joint meeting of committees about a council goal in a year of a term, hosted by the first.
   */
  static DialogueMeeting joint(
      Period period, int meetingYear, long goalId, List<Committee> committees, String title) {
    DialogueMeeting meeting =
        new DialogueMeeting(
            period,
            meetingYear,
            MeetingKind.JOINT_COMMITTEE,
            committees.get(0),
            committees.subList(1, committees.size()),
            false,
            null,
            title);
    meeting.goalId = goalId;
    return meeting;
  }

  public Long getGoalId() {
    return goalId;
  }

  void addParticipant(DevelopmentContract contract) {
    participants.add(new DialogueParticipant(this, contract));
  }

  void addParticipant(Unit unit) {
    participants.add(new DialogueParticipant(this, unit));
  }

  /** The participating units ordered by name (the order every form shows them in). */
  public List<DialogueParticipant> participantsByUnit() {
    return participants.stream()
        .sorted(
            Comparator.comparing((DialogueParticipant p) -> p.getUnit().getName())
                .thenComparing(DialogueParticipant::getId))
        .toList();
  }

  public boolean hasUnit(Long unitId) {
    return participants.stream().anyMatch(p -> p.getUnit().getId().equals(unitId));
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

  /** The event telling that this meeting's minutes were written, for the units that took part. */
  dk.aarshjul.contract.CommitteeDialogueMinutes.Written minutesWritten() {
    return new dk.aarshjul.contract.CommitteeDialogueMinutes.Written(
        committee.getId(),
        meetingYear,
        participants.stream()
            .map(participant -> participant.getUnit().getId())
            .collect(java.util.stream.Collectors.toSet()));
  }

  void markCompleted() {
    this.status = MeetingStatus.COMPLETED;
    this.completedAt = Instant.now();
  }

  /** The participating contracts ordered by unit name (the order every form shows them in). */
  public List<DevelopmentContract> contracts() {
    return participants.stream()
        .map(DialogueParticipant::getContract)
        .filter(java.util.Objects::nonNull)
        .sorted(
            Comparator.comparing((DevelopmentContract c) -> c.getUnit().getName())
                .thenComparing(DevelopmentContract::getId))
        .toList();
  }

  public boolean hasParticipant(Long contractId) {
    return participants.stream()
        .anyMatch(p -> p.getContract() != null && p.getContract().getId().equals(contractId));
  }

  /**
   * Readable business key of the meeting's dialogue instance, e.g. "2028/Dialogmøde Børn og Unge –
   * skoler".
   */
  public String businessKey() {
    return meetingYear + "/Dialogmøde " + title;
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

  public MeetingKind getKind() {
    return kind;
  }

  public Committee getCommittee() {
    return committee;
  }

  public java.util.Set<Committee> getJointCommittees() {
    return jointCommittees;
  }

  public boolean isFacilitated() {
    return facilitated;
  }

  public int getMeetingYear() {
    return meetingYear;
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
