package dk.aarshjul.dialogue;

/** How an area's contract dialogues are grouped (the Hvidovre seed's three meeting models). */
public enum MeetingModel {
  /** All units of one type in the area meet together (e.g. all schools). */
  SAME_UNIT_TYPE("Enheder af samme type sammen"),
  /** All units of the area meet together (cross-cutting themes). */
  WHOLE_AREA("Hele området sammen"),
  /**
   * The area's units in one geographic district meet together, whatever their type (cross-cutting
   * themes close to the citizens); a unit in no district has its own dialogue.
   */
  SAME_DISTRICT("Enheder i samme distrikt sammen"),
  /** Each unit has its own dialogue. */
  SINGLE_UNIT("Hver enhed for sig");

  private final String label;

  MeetingModel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
