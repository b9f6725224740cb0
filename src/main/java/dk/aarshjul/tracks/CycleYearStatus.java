package dk.aarshjul.tracks;

/** A year is opened by the annual cycle, its DUS drafted by the directorate and then published. */
public enum CycleYearStatus {
  DRAFT,
  PUBLISHED
}
