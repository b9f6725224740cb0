package dk.aarshjul.dialogue;

import dk.aarshjul.contract.CommitteeDialogueMinutes;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a committee's held dialogue meetings with a unit, for the agreement block's draft
 * of the unit's udviklingsaftale (read only).
 */
@Component
@Transactional(readOnly = true)
class HeldCommitteeMeetings implements CommitteeDialogueMinutes {

  private final DialogueMeetingRepository meetings;

  HeldCommitteeMeetings(DialogueMeetingRepository meetings) {
    this.meetings = meetings;
  }

  @Override
  public List<Minutes> of(long unitId, long committeeId, int year) {
    return meetings.findHeldWithUnit(unitId, committeeId, year).stream()
        .map(
            meeting -> {
              DialogueParticipant unit =
                  meeting.getParticipants().stream()
                      .filter(p -> p.getUnit().getId().equals(unitId))
                      .findFirst()
                      .orElseThrow();
              return new Minutes(
                  // a meeting at an institution is titled with its short date, which the draft
                  // shows in full beside it
                  meeting.getKind() == MeetingKind.INSTITUTION
                      ? "Møde på " + meeting.getPlace()
                      : meeting.getTitle(),
                  meeting.getPlannedDate(),
                  meeting.getMinutes(),
                  unit.getFollowUpNotes(),
                  unit.getCommitteeWishes());
            })
        .toList();
  }
}
