package dk.aarshjul.contract;

/** Local stakeholders heard on a draft contract. */
enum StakeholderBody {
  BOARD("Bestyrelse"),
  WORKS_COUNCIL("Lokal-MED");

  private final String label;

  StakeholderBody(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
