package dk.aarshjul.bench.bare;

import dk.aarshjul.access.EngineRestAuthentication;
import dk.aarshjul.access.LoginThrottle;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The bare engine: Camunda with its REST API, webapps and Årshjul's engine settings
 * (application.yaml and the {@code postgres} profile: authorization on, the same job executor;
 * history level full, Camunda's own), behind the same HTTP Basic authentication, but without any of
 * Årshjul: no delegates, listeners, forms, JPA, Flyway or mail. Deliberately neither a
 * {@code @Configuration} nor component-scanning: it creates none of Årshjul's beans, and Årshjul's
 * own component scan (which reaches this package in the benchmark) does not pick it up.
 */
@EnableAutoConfiguration(
    exclude = {
      HibernateJpaAutoConfiguration.class,
      JpaRepositoriesAutoConfiguration.class,
      FlywayAutoConfiguration.class,
      MailSenderAutoConfiguration.class
    })
@Import({EngineRestAuthentication.class, LoginThrottle.class})
public class BareEngineApplication {

  /**
   * Started on its own for the startup benchmark (bench/startup.sh): from Årshjul's fat jar with
   * only this class added, so both load the same libraries the same way.
   */
  public static void main(String[] args) {
    new org.springframework.boot.builder.SpringApplicationBuilder(BareEngineApplication.class)
        .run(args);
  }
}
