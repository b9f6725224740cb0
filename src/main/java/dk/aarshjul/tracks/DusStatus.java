package dk.aarshjul.tracks;

/** A year's DUS is drafted by the directorate, possibly sent back, and then published. */
enum DusStatus {
  DRAFT,
  PUBLISHED
}
