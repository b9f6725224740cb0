package dk.aarshjul.access;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmmn.entity.repository.CaseDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionRequirementsDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine refuses an unbound list to every logged-in caller ({@code queryMaxResultsLimit} in
 * application.yaml). Camunda's own webapps ask for two kinds of unbound list, each bounded by its
 * filter:
 *
 * <ul>
 *   <li>Cockpit's process and decision definition pages list every version of the definition's key
 *       (no {@code maxResults}) to fill the version picker; the limit refused it with 400 twice per
 *       page. The versions of one key are bounded by the deployments of that key.
 *   <li>Cockpit's Human Tasks page reads the names of the candidate groups it counts tasks for
 *       ({@code POST group} with {@code idIn}); users and groups asked for by id are bounded by the
 *       ids given (at most the limit).
 * </ul>
 *
 * Exactly these lists are let through, and only while the webapps' engine API ({@code
 * /camunda/api/engine/...}, a logged-in Cockpit, Tasklist or Admin session) serves the request;
 * authorization applies as always. Every other webapp list and everything through {@code
 * /engine-rest} keep the limit.
 *
 * <p>The query is exempted in the engine (a command interceptor that sees the query itself), so it
 * does not depend on how the request's URL is written; the servlet filter only marks the thread as
 * serving the webapps' engine API.
 */
@Configuration
class WebappQueryLimit {

  private static final ThreadLocal<Boolean> WEBAPP_ENGINE_API = new ThreadLocal<>();

  /**
   * Marks the requests of the webapps' engine API (Cockpit's, Tasklist's and Admin's calls to the
   * engine).
   */
  @Bean
  FilterRegistrationBean<Filter> webappEngineApiMarker(CamundaBpmProperties properties) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new WebappEngineApiMarker());
    registration.setName("aarshjul-webapp-engine-api-marker");
    registration.addUrlPatterns(properties.getWebapp().getApplicationPath() + "/api/engine/*");
    return registration;
  }

  @Bean
  AbstractProcessEnginePlugin webappQueryLimitPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
          interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new BoundedListExemption(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
      }
    };
  }

  /** True while this thread serves a request of the webapps' engine API. */
  static boolean servingWebappEngineApi() {
    return Boolean.TRUE.equals(WEBAPP_ENGINE_API.get());
  }

  /**
   * Whether the query's own filter bounds its result: the versions of one definition key, or users
   * or groups by at most {@code limit} ids. These are the lists Cockpit asks for whole.
   */
  static boolean boundedByItsFilter(Command<?> command, int limit) {
    if (command instanceof GroupQueryImpl query) {
      return query.getIds() != null && query.getIds().length <= limit;
    }
    if (command instanceof UserQueryImpl query) {
      return query.getIds() != null && query.getIds().length <= limit;
    }
    if (command instanceof ProcessDefinitionQueryImpl query) {
      return query.getKey() != null;
    }
    if (command instanceof DecisionDefinitionQueryImpl query) {
      return query.getKey() != null;
    }
    if (command instanceof DecisionRequirementsDefinitionQueryImpl query) {
      return query.getKey() != null;
    }
    if (command instanceof CaseDefinitionQueryImpl query) {
      return query.getKey() != null;
    }
    return false;
  }

  static final class WebappEngineApiMarker implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      Boolean outer = WEBAPP_ENGINE_API.get();
      WEBAPP_ENGINE_API.set(Boolean.TRUE);
      try {
        chain.doFilter(request, response);
      } finally {
        if (outer == null) {
          WEBAPP_ENGINE_API.remove();
        } else {
          WEBAPP_ENGINE_API.set(outer);
        }
      }
    }
  }

  /**
   * Lifts the limit for a list bounded by its filter while the webapps' engine API serves the
   * request.
   */
  static final class BoundedListExemption extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    BoundedListExemption(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (servingWebappEngineApi()
          && boundedByItsFilter(command, configuration.getQueryMaxResultsLimit())) {
        ((AbstractQuery<?, ?>) command).disableMaxResultsLimit();
      }
      return next.execute(command);
    }
  }
}
