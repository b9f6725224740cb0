package dk.aarshjul.access;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * engine-rest answers only authenticated callers: HTTP Basic against Camunda's identity service,
 * after which the engine applies the caller's authorizations to every call. Anonymous and wrong
 * passwords get 401. Repeated wrong passwords make that user and client wait a growing delay
 * ({@link LoginThrottle}), as the webapp login does ({@link WebappLoginThrottleFilter}); no account
 * is ever locked for everyone.
 */
@Configuration
public class EngineRestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
      LoginThrottle throttle) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ThrottledEngineRestAuthenticationFilter(throttle));
    registration.setName("aarshjul-engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottleFilter(
      LoginThrottle throttle) {
    FilterRegistrationBean<WebappLoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle));
    registration.setName("aarshjul-webapp-login-throttle");
    registration.addUrlPatterns(WebappLoginThrottleFilter.URL_PATTERN);
    return registration;
  }
}
