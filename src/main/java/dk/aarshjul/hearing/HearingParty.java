package dk.aarshjul.hearing;

import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;

/**
 * Who is heard for a unit: its leader (the contract holder group) and, where the unit has one, its
 * employees' representatives in the local works council (lokal-MED).
 */
public enum HearingParty {
  LEADER("leder"),
  WORKS_COUNCIL("lokal-MED");

  private final String label;

  HearingParty(String label) {
    this.label = label;
  }

  /** Danish label shown to users, e.g. "leder". */
  public String label() {
    return label;
  }

  /** The Camunda group whose members answer this party's hearing for the unit. */
  public String group(String unitCode) {
    return this == LEADER ? Groups.contractHolder(unitCode) : Groups.worksCouncil(unitCode);
  }

  /** Whether the unit has this party (every unit has a leader; not every unit has a MED). */
  boolean heardFor(Unit unit) {
    return this == LEADER || unit.hasWorksCouncil();
  }
}
