package dk.aarshjul.access;

import dk.aarshjul.organisation.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the operations endpoints under {@code /actuator}. The load balancer's health checks
 * ({@code /actuator/health}, {@code …/liveness}, {@code …/readiness}) answer anyone, with the
 * status only; everything else (Prometheus' metrics, the health details) answers only a member of
 * {@link Groups#OPERATIONS} or an administrator, signed in with HTTP Basic against Årshjul's users,
 * with the login throttle of engine-rest in front of the password check. Nobody else learns more
 * than 401 or 403 with a Danish message.
 */
@Configuration(proxyBeanMethods = false)
class OperationsEndpointAccess {

  static final Set<String> ROLES = Set.of(Groups.OPERATIONS, Groups.ADMIN);

  @Bean
  FilterRegistrationBean<OperationsFilter> operationsEndpointFilter(
      IdentityService identity, LoginThrottle throttle) {
    FilterRegistrationBean<OperationsFilter> registration =
        new FilterRegistrationBean<>(new OperationsFilter(identity, throttle));
    registration.addUrlPatterns("/actuator", "/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  static final class OperationsFilter extends OncePerRequestFilter {

    private static final Set<String> PROBES =
        Set.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");

    private final IdentityService identity;
    private final LoginThrottle throttle;

    OperationsFilter(IdentityService identity, LoginThrottle throttle) {
      this.identity = identity;
      this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean probe = PROBES.contains(path);
      Optional<Credentials> credentials = Credentials.of(request.getHeader("Authorization"));
      if (credentials.isEmpty()) {
        if (probe) {
          chain.doFilter(request, response);
        } else {
          refuse(
              response,
              HttpServletResponse.SC_UNAUTHORIZED,
              "Log ind med en bruger fra driften (gruppen "
                  + Groups.OPERATIONS
                  + ") for at læse driftsoplysningerne.");
        }
        return;
      }
      String user = credentials.get().user();
      String client = request.getRemoteAddr();
      Optional<Duration> wait = throttle.waitBeforeAttempt(user, client);
      if (wait.isPresent()) {
        LoginResponses.tooSoon(response, HttpServletResponse.SC_UNAUTHORIZED, wait.get());
        return;
      }
      // the password is checked as nobody, as engine-rest does
      identity.clearAuthentication();
      if (!identity.checkPassword(user, credentials.get().password())) {
        throttle.failed(user, client);
        refuse(
            response, HttpServletResponse.SC_UNAUTHORIZED, "Forkert brugernavn eller adgangskode.");
        return;
      }
      throttle.succeeded(user, client);
      Set<String> groups =
          identity.createGroupQuery().groupMember(user).list().stream()
              .map(Group::getId)
              .collect(Collectors.toSet());
      boolean operations = groups.stream().anyMatch(ROLES::contains);
      if (!operations && !probe) {
        refuse(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "Driftsoplysningerne er for driften (gruppen "
                + Groups.OPERATIONS
                + ") og administratorer.");
        return;
      }
      chain.doFilter(new SignedIn(request, user, operations ? ROLES : Set.of()), response);
    }

    private static void refuse(HttpServletResponse response, int status, String message)
        throws IOException {
      response.setStatus(status);
      if (status == HttpServletResponse.SC_UNAUTHORIZED) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Aarshjul drift\", charset=\"UTF-8\"");
      }
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      String type = status == HttpServletResponse.SC_FORBIDDEN ? "IngenAdgang" : "IkkeLoggetInd";
      response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
      response.getWriter().flush();
    }
  }

  /** A well-formed HTTP Basic header's user and password (UTF-8, as Prometheus sends them). */
  record Credentials(String user, String password) {

    static Optional<Credentials> of(String header) {
      if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
        return Optional.empty();
      }
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? Optional.empty()
          : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
  }

  /**
   * The request as the signed-in operations user: the actuator shows health details to the roles it
   * is configured with ({@code management.endpoint.health.roles}).
   */
  private static final class SignedIn extends HttpServletRequestWrapper {

    private final String user;
    private final Set<String> roles;

    SignedIn(HttpServletRequest request, String user, Set<String> roles) {
      super(request);
      this.user = user;
      this.roles = roles;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> user;
    }

    @Override
    public String getRemoteUser() {
      return user;
    }

    @Override
    public boolean isUserInRole(String role) {
      return roles.contains(role);
    }
  }
}
