package dk.aarshjul.access;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * An action the authenticated user may not take, refused by Årshjul's own rules (not by a missing
 * Camunda authorization): engine-rest answers it with HTTP 403 and the Danish message, which names
 * nothing the caller may not see. Whatever the command did before is rolled back, so nothing is
 * stored.
 */
public class RefusedActionException extends AuthorizationException {

  public RefusedActionException(String message) {
    super(message);
  }
}
