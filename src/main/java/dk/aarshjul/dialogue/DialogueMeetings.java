package dk.aarshjul.dialogue;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Expressions of the main process around its contract-dialogue call activity, e.g. {@code
 * ${dialogueMeetings.ids(year)}} as multi-instance collection and {@code
 * ${dialogueMeetings.businessKey(dialogueMeetingId)}} as business key.
 */
@Component("dialogueMeetings")
public class DialogueMeetings {

  private final DialoguePlanner planner;
  private final DialogueService dialogues;
  private final CommitteeDialogues committeeDialogues;

  public DialogueMeetings(
      DialoguePlanner planner, DialogueService dialogues, CommitteeDialogues committeeDialogues) {
    this.planner = planner;
    this.dialogues = dialogues;
    this.committeeDialogues = committeeDialogues;
  }

  /** The meeting's participants by unit name: one input task each before a committee's meeting. */
  public List<Long> participantIds(Long meetingId) {
    return committeeDialogues.participantIds(meetingId);
  }

  /** The year's dialogue meeting ids ordered by title. */
  public List<Long> ids(Integer year) {
    return planner.meetingIds(year);
  }

  /** The meeting's title, e.g. "Børn og Unge – skoler". */
  public String title(Long meetingId) {
    return dialogues.get(meetingId).getTitle();
  }

  /**
   * Business key of the meeting's dialogue instance, e.g. "2028/Dialogmøde Børn og Unge – skoler".
   */
  public String businessKey(Long meetingId) {
    return dialogues.get(meetingId).businessKey();
  }
}
