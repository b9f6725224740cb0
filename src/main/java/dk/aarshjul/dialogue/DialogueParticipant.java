package dk.aarshjul.dialogue;

import dk.aarshjul.contract.DevelopmentContract;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An approved contract (and so its unit and contract holder) taking part in a dialogue meeting. */
@Entity
public class DialogueParticipant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id")
  private DialogueMeeting meeting;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "contract_id")
  private DevelopmentContract contract;

  protected DialogueParticipant() {}

  DialogueParticipant(DialogueMeeting meeting, DevelopmentContract contract) {
    this.meeting = meeting;
    this.contract = contract;
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
