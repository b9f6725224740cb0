package dk.aarshjul.dialogue;

/**
 * Where a dialogue meeting stands: planned (date and place may still be open), held (minutes
 * written), completed.
 */
public enum MeetingStatus {
  PLANNED,
  HELD,
  COMPLETED
}
