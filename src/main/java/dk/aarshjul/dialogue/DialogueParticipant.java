package dk.aarshjul.dialogue;

import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.organisation.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A unit taking part in a dialogue meeting: in a contract dialogue with its approved contract; in a
 * committee's meeting with the input its leader brought from staff and board, and what the meeting
 * recorded for it (follow-up of last year's goals, the committee's wishes).
 */
@Entity
public class DialogueParticipant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private DialogueMeeting meeting;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  /**
   * The unit's approved contract discussed (a contract dialogue); none in a committee's meeting.
   */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "contract_id")
  private DevelopmentContract contract;

  private String staffInput;
  private String boardInput;
  private String inputBy;
  private Instant inputAt;
  private String followUpNotes;
  private String committeeWishes;

  protected DialogueParticipant() {}

  DialogueParticipant(DialogueMeeting meeting, DevelopmentContract contract) {
    this.meeting = meeting;
    this.contract = contract;
    this.unit = contract.getUnit();
  }

  DialogueParticipant(DialogueMeeting meeting, Unit unit) {
    this.meeting = meeting;
    this.unit = unit;
  }

  void recordInput(String staffInput, String boardInput, String actor) {
    this.staffInput = staffInput;
    this.boardInput = boardInput;
    this.inputBy = actor;
    this.inputAt = Instant.now();
  }

  void recordOutcome(String followUpNotes, String committeeWishes) {
    this.followUpNotes = followUpNotes;
    this.committeeWishes = committeeWishes;
  }

  public Unit getUnit() {
    return unit;
  }

  public String getStaffInput() {
    return staffInput;
  }

  public String getBoardInput() {
    return boardInput;
  }

  public String getInputBy() {
    return inputBy;
  }

  public Instant getInputAt() {
    return inputAt;
  }

  public boolean hasInput() {
    return inputAt != null;
  }

  public String getFollowUpNotes() {
    return followUpNotes;
  }

  public String getCommitteeWishes() {
    return committeeWishes;
  }

  public Long getId() {
    return id;
  }

  public DialogueMeeting getMeeting() {
    return meeting;
  }

  public DevelopmentContract getContract() {
    return contract;
  }
}
