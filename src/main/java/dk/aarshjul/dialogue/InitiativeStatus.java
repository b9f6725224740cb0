package dk.aarshjul.dialogue;

/** Where a proposed initiative stands: proposed by a joint meeting, decided or rejected. */
public enum InitiativeStatus {
  PROPOSED("Foreslået"),
  DECIDED("Besluttet af direktionen"),
  REJECTED("Ikke igangsat");

  private final String label;

  InitiativeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
