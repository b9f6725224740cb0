package dk.aarshjul.process;

import java.util.regex.Pattern;

/**
 * The engine's plain ProcessEngineExceptions that are a caller's mistake, not a fault: a query
 * built wrongly, a resource that is not there, a password the policy refuses. Declared once:
 * engine-rest answers them 4xx (dk.aarshjul.web.EngineRestErrors) and the engine logs them at DEBUG
 * instead of ERROR with a stack trace ({@link SubmissionRejectionPlugin}).
 */
public final class ClientMistakes {

  /** A query or request the client built wrongly. */
  public static final Pattern QUERY_MISUSE =
      Pattern.compile(
          "^(Already querying for|Object values cannot be used to "
              + "query|Invalid variable comparison|Cannot trigger message .* does not have a subscription)");

  /** engine-rest's and the engine's own "not found" answers (e.g. a job that is gone). */
  public static final Pattern NO_SUCH =
      Pattern.compile("^(ENGINE-\\d+ )?No [a-z ]+ (found|exists) (with|for)");

  /** A password the configured policy refuses. */
  public static final String WEAK_PASSWORD = "Password does not match policy";

  private ClientMistakes() {}

  /** Whether the exception, or one of its causes, is a caller's mistake. */
  public static boolean in(Throwable exception) {
    for (Throwable cause = exception;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (QUERY_MISUSE.matcher(message).find()
          || NO_SUCH.matcher(message).find()
          || message.startsWith(WEAK_PASSWORD)) {
        return true;
      }
    }
    return false;
  }
}
