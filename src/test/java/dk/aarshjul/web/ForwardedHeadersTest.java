package dk.aarshjul.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.AarshjulApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * In production (profile prod, behind a reverse proxy) X-Forwarded-Host/-Proto count only from the
 * proxies named in AARSHJUL_TRUSTED_PROXIES (default: this machine). The test client connects from
 * loopback: with another address as the trusted proxy its forged header must not reach the
 * redirect; with loopback trusted (the default) it does, as the real proxy's does. Starts whole
 * applications: runs in a JVM of its own (tag own-jvm).
 */
@Tag("own-jvm")
class ForwardedHeadersTest {

  private static final String STRONG = "Skanderborg-Aarshjul-2027!";
  private static final String FORGED = "angriber.example";

  @Test
  void shouldIgnoreForwardedHostFromUntrustedClient() throws Exception {
    // Given production trusts only the proxy at 10.9.8.7
    try (ConfigurableApplicationContext app = start("--AARSHJUL_TRUSTED_PROXIES=10\\.9\\.8\\.7")) {
      // When a client (here on loopback, not the proxy) forges X-Forwarded-Host and -Proto
      HttpResponse<String> redirect = forged(app);

      // Then the redirect names the host it was really asked on, never the forged one
      assertThat(location(redirect)).doesNotContain(FORGED).startsWith("http://localhost:");
    }
  }

  @Test
  void shouldHonourForwardedHostFromTrustedProxy() throws Exception {
    // Given production with the default trusted proxy: this machine (the test client's loopback)
    try (ConfigurableApplicationContext app = start()) {
      // When the proxy passes on the host and scheme the browser asked for
      HttpResponse<String> redirect = forged(app);

      // Then the redirect goes there
      assertThat(location(redirect)).startsWith("https://" + FORGED + "/");
    }
  }

  /**
   * GET / (which redirects to the webapps) with forged forwarding headers, the redirect not
   * followed.
   */
  private static HttpResponse<String> forged(ConfigurableApplicationContext app) throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
            .header("X-Forwarded-Host", FORGED)
            .header("X-Forwarded-Proto", "https")
            .GET()
            .build();
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.headers().toString()).isBetween(300, 399);
    return response.headers().firstValue("Location").orElseThrow();
  }

  private ConfigurableApplicationContext start(String... extra) {
    List<String> args = new ArrayList<>(database());
    args.addAll(
        List.of(
            "--server.port=0",
            "--camunda.bpm.process-engine-name=proxy",
            "--camunda.bpm.job-execution.enabled=false",
            "--aarshjul.admin.user=driftschef",
            "--aarshjul.admin.password=" + STRONG));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(AarshjulApplication.class)
        .profiles(profiles())
        .run(args.toArray(String[]::new));
  }

  /** An empty database of its own for each start. */
  protected List<String> database() {
    return List.of(
        "--spring.datasource.url=jdbc:h2:mem:aarshjul-proxy-"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1");
  }

  protected String[] profiles() {
    return new String[] {"prod"};
  }
}
