package dk.aarshjul.contract;

/** Whose goal it is. */
enum GoalOwner {
  /** A unit's goal, agreed in its contract (udviklingskontrakt, udviklingsaftale). */
  UNIT,
  /**
   * A committee's goal (e.g. Viborg's committees, Hvidovre's political beacons turned into goals).
   */
  COMMITTEE,
  /**
   * The council's goal for the whole municipality; in a budget year with udviklingsaftaler, a
   * common goal of the whole organisation the directorate set.
   */
  MUNICIPALITY,
  /** A common goal of one area (Slagelse: the directorate sets it for the area's units). */
  AREA
}
