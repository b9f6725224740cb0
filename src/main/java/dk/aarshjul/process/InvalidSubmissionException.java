package dk.aarshjul.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Rejects a form submission or process start with a Danish message for the user. Engine-rest maps
 * it to HTTP 400 and the surrounding transaction rolls back, so nothing from the submission is
 * stored. A rejection is the user's input, not a fault: it is logged once, as one line at INFO (see
 * {@link SubmissionRejectionPlugin}).
 */
public class InvalidSubmissionException extends FormFieldValidationException {

  /**
   * Whether the rejection was logged: a nested command rethrows it, the log line is written once.
   */
  private transient boolean logged;

  public InvalidSubmissionException(String field, String danishMessage) {
    super(field, danishMessage);
  }

  /** The form field (or variable) the message is about. */
  public String field() {
    Object detail = getDetail();
    return detail == null ? null : detail.toString();
  }

  boolean markLogged() {
    boolean first = !logged;
    logged = true;
    return first;
  }
}
