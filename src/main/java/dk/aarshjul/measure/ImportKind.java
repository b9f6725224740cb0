package dk.aarshjul.measure;

import java.util.Arrays;
import java.util.Optional;

/** What an imported file holds. */
public enum ImportKind {
  SURVEY("borgermaaling", "Borgermåling"),
  REGISTER("register", "Registerdata");

  private final String formValue;
  private final String label;

  ImportKind(String formValue, String label) {
    this.formValue = formValue;
    this.label = label;
  }

  public String formValue() {
    return formValue;
  }

  public String label() {
    return label;
  }

  static Optional<ImportKind> fromFormValue(Object value) {
    return Arrays.stream(values()).filter(k -> k.formValue.equals(value)).findFirst();
  }
}
