package dk.aarshjul.process;

/**
 * A file pasted into a task form (e.g. a CSV export of survey results). It can be far longer than a
 * String process variable may be (4,000 characters), so it never stays in the engine: the task's
 * complete listener reads it, stores what it holds in the block's tables and removes it in the same
 * transaction, and {@link PastedFileHistoryLevel} keeps it out of the history.
 */
public final class PastedFile {

  /** The variable the form's textarea submits. */
  public static final String VARIABLE = "pastedFile";

  /** The most characters a pasted file may have (about 10,000 lines of a survey export). */
  public static final int MAX_CHARACTERS = 1_000_000;

  private PastedFile() {}
}
