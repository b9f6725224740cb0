package dk.aarshjul.contract;

/** Whose goal it is. */
enum GoalOwner {
  /** A unit's goal, agreed in its contract (udviklingskontrakt, udviklingsaftale). */
  UNIT,
  /**
   * A committee's goal (e.g. Viborg's committees, Hvidovre's political beacons turned into goals).
   */
  COMMITTEE,
  /** The council's goal for the whole municipality. */
  MUNICIPALITY
}
