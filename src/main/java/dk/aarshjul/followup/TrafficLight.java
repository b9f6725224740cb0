package dk.aarshjul.followup;

import java.util.Arrays;
import java.util.Optional;

/** The colour of a goal at a follow-up (rød-gul-grøn); the code is what forms and the DMN use. */
public enum TrafficLight {
  GROEN("groen", "🟢", "Grøn", "opfyldt"),
  GUL("gul", "🟡", "Gul", "delvist opfyldt"),
  ROED("roed", "🔴", "Rød", "ikke opfyldt");

  private final String code;
  private final String symbol;
  private final String label;
  private final String meaning;

  TrafficLight(String code, String symbol, String label, String meaning) {
    this.code = code;
    this.symbol = symbol;
    this.label = label;
    this.meaning = meaning;
  }

  public String code() {
    return code;
  }

  public String symbol() {
    return symbol;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  /** E.g. "🟢 Grøn" – symbol and word, so the colour is readable without colour vision. */
  public String display() {
    return symbol + " " + label;
  }

  public static Optional<TrafficLight> fromCode(String code) {
    return Arrays.stream(values()).filter(light -> light.code.equals(code)).findFirst();
  }
}
