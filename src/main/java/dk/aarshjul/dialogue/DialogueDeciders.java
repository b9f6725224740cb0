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
  private final CommitteeDialogues committeeDialogues;

  public DialogueDeciders(DialogueService dialogues, CommitteeDialogues committeeDialogues) {
    this.dialogues = dialogues;
    this.committeeDialogues = committeeDialogues;
  }

  /** Who plans the meeting: the group chief, the committee's secretariat or the directorate. */
  public String planner(Long dialogueMeetingId) {
    return dialogues.plannerGroup(dialogueMeetingId);
  }

  /**
   * Who holds the meeting and writes the minutes: the directorate or the committee's secretariat.
   */
  public String host(Long dialogueMeetingId) {
    return dialogues.hostGroup(dialogueMeetingId);
  }

  /** The leader of a participating unit, who brings its staff's and board's input. */
  public String leader(Long participantId) {
    return committeeDialogues.leaderGroup(participantId);
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
