package dk.aarshjul.dialogue;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Expressions of the "Indarbejd aftalte justeringer" multi-instance: the collection {@code
 * ${dialogueAgreements.toApply(dialogueMeetingId)}} and the candidate group {@code
 * ${dialogueAgreements.contractHolderGroup(agreementId)}}.
 */
@Component("dialogueAgreements")
public class DialogueAgreements {

  private final DialogueService dialogues;

  public DialogueAgreements(DialogueService dialogues) {
    this.dialogues = dialogues;
  }

  /** Ids of the meeting's agreements not yet applied, ordered by unit name. */
  public List<Long> toApply(Long meetingId) {
    return dialogues.agreementsToApply(meetingId);
  }

  /** The contract holder group of the agreement's unit, e.g. "kontraktholder-gl-rye". */
  public String contractHolderGroup(Long agreementId) {
    return dialogues.contractHolderGroup(agreementId);
  }
}
