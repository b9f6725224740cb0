package dk.aarshjul.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The Danish answer to a login attempt that came too soon after wrong passwords. */
final class LoginResponses {

  private LoginResponses() {}

  static String message(Duration wait) {
    long seconds = wait.toSeconds();
    String when =
        seconds <= 90
            ? seconds + (seconds == 1 ? " sekund" : " sekunder")
            : ((seconds + 59) / 60) + " minutter";
    return "For mange forkerte adgangskoder. Vent " + when + ", og prøv så igen.";
  }

  static void tooSoon(HttpServletResponse response, int status, Duration wait) throws IOException {
    response.setStatus(status);
    response.setHeader("Retry-After", Long.toString(wait.toSeconds()));
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // the same shape as engine-rest's error answers: {"type": ..., "message": ...}
    response
        .getWriter()
        .write("{\"type\":\"ForMangeForsoeg\",\"message\":\"" + message(wait) + "\"}");
    response.getWriter().flush();
  }
}
