package dk.aarshjul.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link LoginThrottle} in front of the webapps' login (Tasklist, Cockpit, Admin all post the form
 * {@code username}/{@code password} to {@code /camunda/api/admin/auth/user/{engine}/login/{app}}).
 * While the (user, client) pair or the client has to wait, the login is answered 429 with {@code
 * Retry-After} and a Danish message and the password is not checked. Camunda answers a wrong
 * password with 401 (counted as a failure) and a right password with 200 (resets the pair); a 403
 * (no CSRF token, or an app the user may not open) is neither, so a refused request can never reset
 * an attacker's pair.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

  /** Where the filter is registered; the login itself is recognised by {@link #LOGIN}. */
  static final String URL_PATTERN = "/camunda/api/admin/auth/user/*";

  private static final Pattern LOGIN =
      Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?");

  /** A login form is a few dozen bytes; anything larger is not a login. */
  private static final int MAX_FORM_BYTES = 8 * 1024;

  private final LoginThrottle throttle;

  public WebappLoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod())
        || !LOGIN.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType == null
        || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      refuse(
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "Login sendes som formular (brugernavn og adgangskode).");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
    if (body.length > MAX_FORM_BYTES) {
      refuse(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Loginformularen er for stor.");
      return;
    }
    Optional<String> account = formValue(new String(body, StandardCharsets.ISO_8859_1), "username");
    HttpServletRequest replay = new CachedBodyRequest(request, body);
    if (account.isEmpty()) {
      chain.doFilter(replay, response);
      return;
    }
    String client = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitBeforeAttempt(account.get(), client);
    if (wait.isPresent()) {
      LoginResponses.tooSoon(response, 429, wait.get());
      return;
    }
    chain.doFilter(replay, response);
    int status = response.getStatus();
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(account.get(), client);
    } else if (status == HttpServletResponse.SC_OK) {
      throttle.succeeded(account.get(), client);
    }
    // anything else (403 from the CSRF check or for an app the user may not open) neither counts
    // nor resets
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"InvalidRequest\",\"message\":\"" + message + "\"}");
  }

  /**
   * The first value of a field of an url-encoded form (raw bytes kept as ISO-8859-1, decoded as
   * UTF-8).
   */
  static Optional<String> formValue(String form, String name) {
    for (String field : form.split("&")) {
      int equals = field.indexOf('=');
      String key = equals == -1 ? field : field.substring(0, equals);
      if (decode(key).equals(name)) {
        return Optional.of(equals == -1 ? "" : decode(field.substring(equals + 1)));
      }
    }
    return Optional.empty();
  }

  private static String decode(String latin1) {
    try {
      String utf8 =
          new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      return URLDecoder.decode(utf8, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return latin1;
    }
  }

  /**
   * The request with its body read once by this filter and served again to Camunda's login
   * resource.
   */
  static class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          try {
            return bytes.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
