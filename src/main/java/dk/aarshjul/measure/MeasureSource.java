package dk.aarshjul.measure;

import java.util.Arrays;
import java.util.Optional;

/** Where a goal's values come from. */
public enum MeasureSource {
  /** Register data: an indicator the administration supplies values for per year. */
  REGISTER("register", "Registerdata"),
  /** The yearly citizen survey (borgermåling): the share giving the counted answers. */
  SURVEY("borgermaaling", "Borgermåling");

  private final String formValue;
  private final String label;

  MeasureSource(String formValue, String label) {
    this.formValue = formValue;
    this.label = label;
  }

  public String formValue() {
    return formValue;
  }

  public String label() {
    return label;
  }

  static Optional<MeasureSource> fromFormValue(Object value) {
    return Arrays.stream(values()).filter(s -> s.formValue.equals(value)).findFirst();
  }
}
