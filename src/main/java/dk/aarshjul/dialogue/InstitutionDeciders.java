package dk.aarshjul.dialogue;

import org.springframework.stereotype.Component;

/**
 * Who acts in institution-meetings.bpmn, from Årshjul's tables: the committee's secretariat plans,
 * sets the agenda and keeps the record; the host institution's leader presents the place. Evaluated
 * again when a task is completed (by the access rules' {@code DecidingGroupCheck}).
 */
@Component("institutionDeciders")
public class InstitutionDeciders {

  private final InstitutionMeetings meetings;

  public InstitutionDeciders(InstitutionMeetings meetings) {
    this.meetings = meetings;
  }

  /** The secretariat of the committee (by its code). */
  public String secretariat(String committeeCode) {
    return meetings.secretariatGroup(committeeCode);
  }

  /** The secretariat of the meeting's committee. */
  public String secretariatOf(Long dialogueMeetingId) {
    return meetings.secretariatOf(dialogueMeetingId);
  }

  /** The leader group of the institution hosting the meeting. */
  public String host(Long dialogueMeetingId) {
    return meetings.hostLeaderGroup(dialogueMeetingId);
  }
}
