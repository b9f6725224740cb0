package dk.aarshjul.organisation;

/**
 * The political bodies of a Danish municipality (kommunestyrelsesloven): the council and its
 * committees.
 */
public enum CommitteeKind {
  /** Byrådet / kommunalbestyrelsen: every politician. */
  COUNCIL("Byråd"),
  /** Økonomiudvalget: the mandatory finance committee, also over the staff units. */
  FINANCE("Økonomiudvalg"),
  /** A standing committee (fagudvalg) over one field, e.g. children and schools. */
  STANDING("Fagudvalg");

  private final String label;

  CommitteeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
