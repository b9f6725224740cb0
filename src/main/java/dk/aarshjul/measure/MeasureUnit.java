package dk.aarshjul.measure;

import java.util.Arrays;
import java.util.Optional;

/** What a value is: a percentage, a count or a plain number. */
public enum MeasureUnit {
  PERCENT("procent", " %"),
  COUNT("antal", ""),
  NUMBER("tal", "");

  private final String formValue;
  private final String suffix;

  MeasureUnit(String formValue, String suffix) {
    this.formValue = formValue;
    this.suffix = suffix;
  }

  public String formValue() {
    return formValue;
  }

  /** Appended to a formatted value ("7,9 %"). */
  public String suffix() {
    return suffix;
  }

  /** A value as Danes read it, with the unit: "7,9 %", "96.921". */
  public String show(java.math.BigDecimal value) {
    return DanishNumber.format(value) + suffix;
  }

  static Optional<MeasureUnit> fromFormValue(Object value) {
    return Arrays.stream(values()).filter(u -> u.formValue.equals(value)).findFirst();
  }
}
