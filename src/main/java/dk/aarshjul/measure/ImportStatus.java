package dk.aarshjul.measure;

/** An import's state: waiting for review, published, or rejected by the reviewer. */
public enum ImportStatus {
  IMPORTED("Indlæst – venter på kontrol"),
  PUBLISHED("Offentliggjort"),
  REJECTED("Afvist");

  private final String label;

  ImportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
