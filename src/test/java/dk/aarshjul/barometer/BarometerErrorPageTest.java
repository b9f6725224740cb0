package dk.aarshjul.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The error page a citizen's browser gets for an address under /barometer that does not exist: the
 * barometer's own Danish page (header, skip link, main, footer) with its Content-Security-Policy,
 * through the servlet container's error dispatch as in production. Staff addresses keep the page
 * that points to Tasklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BarometerErrorPageTest {

  @Autowired TestRestTemplate rest;

  @Test
  void shouldAnswerAnUnknownBarometerAddressWithTheBarometersOwnDanishPage() {
    for (String path : List.of("/barometer/1999-2002", "/barometer/findes-ikke")) {
      // When a citizen's browser opens an address under /barometer that has no page
      ResponseEntity<String> page = browser(path);

      // Then it is a 404 with the barometer's page and headers, not the staff's error page
      assertThat(page.getStatusCode().value()).as(path).isEqualTo(404);
      assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
          .as(path)
          .contains("default-src 'none'");
      assertThat(page.getBody())
          .as(path)
          .contains(
              "<html lang=\"da\"",
              "<title>Siden findes ikke – Sammenhængsbarometeret",
              "<a class=\"skip\" href=\"#indhold\">Gå til indholdet</a>",
              "<main id=\"indhold\"",
              "<h1>Siden findes ikke</h1>",
              "href=\"/barometer/barometer.css\"",
              "<a href=\"/barometer\">Gå til Sammenhængsbarometeret</a>",
              "/barometer/tilgaengelighed")
          .doesNotContain("Tasklist", "<style>");
    }
  }

  @Test
  void shouldKeepTheStaffErrorPageOutsideTheBarometer() {
    ResponseEntity<String> page = browser("/findes-ikke");

    assertThat(page.getStatusCode().value()).isEqualTo(404);
    assertThat(page.getBody()).contains("<h1>Siden findes ikke</h1>", "Gå til Tasklist", "<main>");
  }

  private ResponseEntity<String> browser(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
