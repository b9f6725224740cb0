package dk.aarshjul.models.hvidovre;

/**
 * Variable names of Hvidovre's processes {@code hvidovre-term} and {@code hvidovre-committee-term};
 * declared once, used by BPMN, forms and code.
 */
public final class HvidovreVariables {

  public static final String PROCESS_KEY = "hvidovre-term";
  public static final String COMMITTEE_PROCESS_KEY = "hvidovre-committee-term";

  /** The first year of the election term a start opens (start form). */
  public static final String FIRST_YEAR = "firstYear";

  private HvidovreVariables() {}
}
