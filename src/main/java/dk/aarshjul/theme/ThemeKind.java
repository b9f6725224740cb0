package dk.aarshjul.theme;

import java.util.Arrays;
import java.util.Optional;

/** Whether a priority of the theme meeting is a theme (tema) or a dilemma. */
enum ThemeKind {
  THEME("tema", "tema"),
  DILEMMA("dilemma", "dilemma");

  private final String formValue;
  private final String label;

  ThemeKind(String formValue, String label) {
    this.formValue = formValue;
    this.label = label;
  }

  /** The value of the form's select option. */
  public String formValue() {
    return formValue;
  }

  /** Danish label shown to users. */
  public String label() {
    return label;
  }

  static Optional<ThemeKind> fromFormValue(String value) {
    return Arrays.stream(values()).filter(kind -> kind.formValue.equals(value)).findFirst();
  }
}
