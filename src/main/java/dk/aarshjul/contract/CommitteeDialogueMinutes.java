package dk.aarshjul.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of the dialogue meetings a unit held with its committee in a year, which the
 * udviklingsaftale is drafted from: implemented by the block that holds the meetings (dialogue uses
 * the agreement block, so the agreement block cannot use it), read only.
 */
public interface CommitteeDialogueMinutes {

  /**
   * The held meetings of {@code committeeId} (or joint with it) in {@code year} that {@code unitId}
   * took part in, in the order they were held.
   */
  List<Minutes> of(long unitId, long committeeId, int year);

  /**
   * A held meeting as the draft shows it: its title and date, its minutes, and what it recorded for
   * the unit (follow-up of last year's goals, the committee's wishes; none when not recorded).
   */
  record Minutes(
      String title,
      LocalDate heldOn,
      String minutes,
      String followUpNotes,
      String committeeWishes) {}

  /**
   * Published by the block that holds the meetings when a committee's meeting with units got its
   * minutes, in the transaction that stores them: an udviklingsaftale being drafted for one of the
   * units then shows them at once, though its task was created before the meeting was held.
   */
  record Written(long committeeId, int year, java.util.Set<Long> unitIds) {}
}
