package dk.aarshjul.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The webapps (Tasklist, Cockpit, Admin) call the engine through their own copy of engine-rest at
 * /camunda/api/engine, which Camunda's webapp initializer registers as the servlet "Engine Api"
 * unless one of that name exists. Registered here first, with the same Camunda application and the
 * same customizers as /engine-rest (error mapper, guard, and any other engine-rest rule), so both
 * routes answer alike.
 */
@Component
class WebappEngineApi implements ServletContextInitializer, Ordered {

  /** The name Camunda's CamundaBpmWebappInitializer registers the webapps' engine-rest under. */
  static final String SERVLET_NAME = "Engine Api";

  private final ObjectProvider<ResourceConfigCustomizer> customizers;
  private final String applicationPath;

  public WebappEngineApi(
      ObjectProvider<ResourceConfigCustomizer> customizers,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    this.customizers = customizers;
    this.applicationPath = applicationPath;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    ResourceConfig config = ResourceConfig.forApplication(new EngineRestApplication());
    customizers.orderedStream().forEach(customizer -> customizer.customize(config));
    ServletRegistration.Dynamic servlet =
        servletContext.addServlet(SERVLET_NAME, new ServletContainer(config));
    servlet.addMapping(applicationPath + "/api/engine/*");
  }

  @Override
  public int getOrder() {
    // before Camunda's webapp initializer, which then keeps this registration
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
