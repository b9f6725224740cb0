package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.AarshjulApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.ResponseEntity;

/**
 * The production profile starts only with a strong administrator from the environment, and never
 * with demo users. Starts whole applications: runs in a JVM of its own (tag own-jvm), so their
 * engine and webapp registries never meet the other tests' application context.
 */
@Tag("own-jvm")
class ProductionProfileTest {

  private static final String STRONG = "Skanderborg-Aarshjul-2027!";

  /**
   * The engine registry is static: an engine named "default" closed here would leave the other test
   * contexts' engine-rest without their engine. This context's engine has its own name.
   */
  private static final String ENGINE = "produktion";

  @Test
  void shouldRefuseToStartWithoutAdminPassword() {
    // When production starts without AARSHJUL_ADMIN_PASSWORD
    // Then it refuses with a Danish message saying what to set
    assertThatThrownBy(() -> start("admin", ""))
        .satisfies(
            e ->
                assertThat(rootMessage(e))
                    .contains("Administratorens adgangskode mangler: sæt AARSHJUL_ADMIN_PASSWORD"));
  }

  @Test
  void shouldRefuseToStartWithWeakAdminPassword() {
    // When production starts with the demo password, a short one, or one that contains the user id
    // Then it refuses, naming what the password lacks
    assertThatThrownBy(() -> start("admin", "demo"))
        .satisfies(
            e ->
                assertThat(rootMessage(e))
                    .contains(
                        "er for svag",
                        "have mindst 10 tegn",
                        "stort bogstav",
                        "ciffer",
                        "specialtegn"));
    assertThatThrownBy(() -> start("admin", "Admin-Admin-2027"))
        .satisfies(e -> assertThat(rootMessage(e)).contains("ikke indeholde brugernavnet"));
  }

  @Test
  void shouldRefuseToStartWithoutAdminUser() {
    assertThatThrownBy(() -> start("", STRONG))
        .satisfies(e -> assertThat(rootMessage(e)).contains("sæt AARSHJUL_ADMIN_USER"));
  }

  @Test
  void shouldStartWithStrongAdminAndNoDemoUsers() {
    // When production starts with a strong administrator password
    try (ConfigurableApplicationContext context = start("driftschef", STRONG)) {
      IdentityService identity = context.getBean(IdentityService.class);

      // Then the administrator is the only user, and may use engine-rest
      assertThat(identity.createUserQuery().list())
          .extracting(user -> user.getId())
          .containsExactly("driftschef");
      TestRestTemplate rest = new TestRestTemplate().withBasicAuth("driftschef", STRONG);
      String base =
          "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
      assertThat(
              rest.getForEntity(
                      base + "/engine-rest/engine/" + ENGINE + "/user/count", String.class)
                  .getBody())
          .contains("\"count\":1");

      // And the password policy holds for users created later, and the webapps' cookies are Secure
      // with HSTS
      org.camunda.bpm.engine.identity.User weak = identity.newUser("svag");
      weak.setPassword("demo");
      assertThatThrownBy(() -> identity.saveUser(weak))
          .hasMessageContaining("does not match policy");
      ResponseEntity<String> page =
          new TestRestTemplate().getForEntity(base + "/camunda/app/tasklist/", String.class);
      assertThat(String.join(";", page.getHeaders().getOrEmpty("Set-Cookie"))).contains("Secure");
      assertThat(page.getHeaders().getFirst("Strict-Transport-Security"))
          .contains("max-age=31536000");
    }
  }

  private ConfigurableApplicationContext start(String adminUser, String adminPassword) {
    List<String> args = new ArrayList<>(database());
    args.addAll(
        List.of(
            "--server.port=0",
            "--camunda.bpm.process-engine-name=" + ENGINE,
            "--aarshjul.admin.user=" + adminUser,
            "--aarshjul.admin.password=" + adminPassword));
    return new SpringApplicationBuilder(AarshjulApplication.class)
        .profiles(profiles())
        .run(args.toArray(String[]::new));
  }

  /** An empty database of its own for each start. */
  protected List<String> database() {
    return List.of(
        "--spring.datasource.url=jdbc:h2:mem:aarshjul-prod-"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1");
  }

  protected String[] profiles() {
    return new String[] {"prod"};
  }

  private static String rootMessage(Throwable e) {
    Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
    return root.getMessage();
  }
}
