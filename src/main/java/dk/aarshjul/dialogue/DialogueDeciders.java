package dk.aarshjul.dialogue;

import org.springframework.stereotype.Component;

/**
 * Who plans a dialogue meeting and applies its adjustments, from Årshjul's tables: the candidate
 * groups of contract-dialogue.bpmn ({@code ${dialogueDeciders.groupChief(dialogueMeetingId)}},
 * {@code ${dialogueDeciders.holder(agreementId)}}; the minutes are the directorate's), evaluated
 * again when the task is completed (by the access rules' {@code DecidingGroupCheck}).
 */
@Component("dialogueDeciders")
public class DialogueDeciders {

  private final DialogueService dialogues;

  public DialogueDeciders(DialogueService dialogues) {
    this.dialogues = dialogues;
  }

  /** The group chief of the meeting's area. */
  public String groupChief(Long dialogueMeetingId) {
    return dialogues.groupChiefGroup(dialogueMeetingId);
  }

  /** The contract holder group of the agreement's unit. */
  public String holder(Long agreementId) {
    return dialogues.contractHolderGroup(agreementId);
  }
}
