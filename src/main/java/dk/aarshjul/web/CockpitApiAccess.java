package dk.aarshjul.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit's plugin API (/camunda/api/cockpit/plugin/…: process statistics, incidents, instance
 * searches) is Cockpit's own: Camunda lets every logged-in user call it. Here only users who may
 * open Cockpit (ACCESS on the application cockpit: the directorate, process owners, administrators,
 * see AccessRules) get through; everyone else gets 403 with a Danish message. The plugins' static
 * files stay open, as the webapps' own files are. Requests without a webapp login go on to
 * Camunda's security filter, which refuses them.
 */
@Configuration
class CockpitApiAccess {

  static final String MESSAGE = "Du har ikke adgang til Cockpit.";

  @Bean
  FilterRegistrationBean<Filter> cockpitApiAccessFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    String prefix = applicationPath + "/api/cockpit/";
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            new Filter() {
              @Override
              public void doFilter(
                  ServletRequest request, ServletResponse response, FilterChain chain)
                  throws IOException, ServletException {
                HttpServletRequest http = (HttpServletRequest) request;
                String path = http.getRequestURI().substring(http.getContextPath().length());
                if (isStaticFile(path.substring(Math.min(prefix.length(), path.length())))
                    || mayOpenCockpit(http)) {
                  chain.doFilter(request, response);
                  return;
                }
                HttpServletResponse answer = (HttpServletResponse) response;
                answer.setStatus(HttpServletResponse.SC_FORBIDDEN);
                answer.setContentType("application/json");
                answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
                answer
                    .getWriter()
                    .write("{\"type\":\"AdgangNaegtet\",\"message\":\"" + MESSAGE + "\"}");
              }
            });
    registration.setName("aarshjul-cockpit-api-access");
    registration.addUrlPatterns(prefix + "*");
    return registration;
  }

  /**
   * plugin/{plugin}/static/…: the plugins' scripts and styles, which Cockpit loads like its own
   * files.
   */
  private static boolean isStaticFile(String pathInApi) {
    String[] parts = pathInApi.split("/");
    return parts.length > 3 && "plugin".equals(parts[0]) && "static".equals(parts[2]);
  }

  /**
   * Not logged in to the webapps: Camunda's own filter answers. Logged in: only with access to
   * Cockpit.
   */
  private static boolean mayOpenCockpit(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications authentications =
        session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null || authentications.getAuthentications().isEmpty()) {
      return true;
    }
    return authentications.getAuthentications().stream()
            .allMatch(UserAuthentication.class::isInstance)
        && authentications.getAuthentications().stream()
            .allMatch(user -> user.isAuthorizedForApp("cockpit"));
  }
}
