package dk.aarshjul.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Rejects a form submission or process start with a Danish message for the user. Engine-rest maps it
 * to HTTP 400 and the surrounding transaction rolls back, so nothing from the submission is stored.
 */
public class InvalidSubmissionException extends FormFieldValidationException {

  public InvalidSubmissionException(String field, String danishMessage) {
    super(field, danishMessage);
  }
}
