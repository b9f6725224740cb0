package dk.aarshjul.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * engine-rest calls as Tasklist makes them, as one demo user (HTTP Basic, demo password), failing the test with the
 * response body when a call fails.
 */
public final class EngineRest {

  public static final String DEMO_PASSWORD = "demo";

  private final TestRestTemplate rest;
  private final ObjectMapper json;

  public EngineRest(TestRestTemplate rest, ObjectMapper json, String userId) {
    this.rest = rest.withBasicAuth(userId, DEMO_PASSWORD);
    this.json = json;
  }

  /** The authenticated template, for calls whose failure the test expects. */
  public TestRestTemplate template() {
    return rest;
  }

  public JsonNode get(String path) throws Exception {
    ResponseEntity<String> response = rest.getForEntity(path, String.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " " + response.getBody()).isTrue();
    return json.readTree(response.getBody());
  }

  public JsonNode post(String path, Object body) throws Exception {
    ResponseEntity<String> response = rest.postForEntity(path, body, String.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " " + response.getBody()).isTrue();
    return response.getBody() == null ? null : json.readTree(response.getBody());
  }
}
