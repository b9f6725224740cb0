package dk.aarshjul.reporting;

/**
 * A council goal's status on the public barometer, from its newest value and its target by the
 * municipality's traffic-light rule (goal-traffic-light.dmn).
 */
public enum BarometerStatus {
  REACHED("Målet er nået", "groen"),
  CLOSE("Tæt på målet", "gul"),
  FAR("Langt fra målet", "roed"),
  NOT_MEASURED("Ingen ny måling endnu", "ingen"),
  NO_TARGET("Følges uden mål", "ingen");

  private final String label;
  private final String code;

  BarometerStatus(String label, String code) {
    this.label = label;
    this.code = code;
  }

  /** Plain Danish, shown beside every status mark (never colour alone). */
  public String label() {
    return label;
  }

  /** A stable code for open data and styles: groen, gul, roed, ingen. */
  public String code() {
    return code;
  }
}
