package dk.aarshjul.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.digest._apacheCommonsCodec.Base64;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's engine-rest authentication (HTTP Basic against the identity service), with {@link
 * LoginThrottle} in front of the password check: while the (user, client) pair or the client has to
 * wait, the password is not even checked and the caller gets 401 with {@code Retry-After} and a
 * Danish message. The client is {@code request.getRemoteAddr()}: behind a reverse proxy the servlet
 * container resolves it from X-Forwarded-For, and only when the request comes from a trusted proxy.
 */
class ThrottledEngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  static final String WAIT_ATTRIBUTE =
      ThrottledEngineRestAuthenticationFilter.class.getName() + ".wait";

  private final LoginThrottle throttle;

  public ThrottledEngineRestAuthenticationFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    super.init(filterConfig);
    authenticationProvider = new ThrottledBasicProvider(throttle);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    super.doFilter(request, response, chain);
    Object wait = request.getAttribute(WAIT_ATTRIBUTE);
    if (wait instanceof Duration duration && !response.isCommitted()) {
      LoginResponses.tooSoon(
          (HttpServletResponse) response, HttpServletResponse.SC_UNAUTHORIZED, duration);
    }
  }

  /**
   * HTTP Basic whose password check is skipped while the caller has to wait, and whose outcome is
   * counted.
   */
  static class ThrottledBasicProvider extends HttpBasicAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledBasicProvider(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(
        HttpServletRequest request, ProcessEngine engine) {
      Optional<String> account = account(request);
      if (account.isEmpty()) {
        // no credentials at all: plain 401, not an attempt
        return super.extractAuthenticatedUser(request, engine);
      }
      String client = request.getRemoteAddr();
      Optional<Duration> wait = throttle.waitBeforeAttempt(account.get(), client);
      if (wait.isPresent()) {
        request.setAttribute(WAIT_ATTRIBUTE, wait.get());
        return AuthenticationResult.unsuccessful(account.get());
      }
      // the password is checked as nobody: a user left on this thread must not make it a check of
      // another's password
      engine.getIdentityService().clearAuthentication();
      AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
      if (result.isAuthenticated()) {
        throttle.succeeded(account.get(), client);
      } else {
        throttle.failed(account.get(), client);
      }
      return result;
    }

    /**
     * The user name of a well-formed Basic header, decoded as Camunda decodes it (platform
     * charset).
     */
    private static Optional<String> account(HttpServletRequest request) {
      String header = request.getHeader("Authorization");
      if (header == null || !header.startsWith(BASIC_AUTH_HEADER_PREFIX)) {
        return Optional.empty();
      }
      String decoded =
          new String(
              Base64.decodeBase64(header.substring(BASIC_AUTH_HEADER_PREFIX.length())),
              Charset.defaultCharset());
      int colon = decoded.indexOf(':');
      return colon == -1 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    }
  }
}
