package dk.aarshjul.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * engine-rest calls as Tasklist makes them, as one demo user (HTTP Basic, demo password), failing
 * the test with the response body when a call fails.
 */
public final class EngineRest {

  public static final String DEMO_PASSWORD = "demo";

  private final TestRestTemplate anonymous;
  private final TestRestTemplate rest;
  private final ObjectMapper json;

  public EngineRest(TestRestTemplate rest, ObjectMapper json, String userId) {
    this.anonymous = rest;
    this.rest = rest.withBasicAuth(userId, DEMO_PASSWORD);
    this.json = json;
  }

  /** The same calls as the user who decides the task (see {@link #deciderOf}). */
  public EngineRest asDeciderOf(String taskId) throws Exception {
    return new EngineRest(anonymous, json, deciderOf(taskId));
  }

  /** The authenticated template, for calls whose failure the test expects. */
  public TestRestTemplate template() {
    return rest;
  }

  public JsonNode get(String path) throws Exception {
    ResponseEntity<String> response = rest.getForEntity(path, String.class);
    assertThat(response.getStatusCode().is2xxSuccessful())
        .as(path + " " + response.getBody())
        .isTrue();
    return json.readTree(response.getBody());
  }

  public JsonNode post(String path, Object body) throws Exception {
    ResponseEntity<String> response = rest.postForEntity(path, body, String.class);
    assertThat(response.getStatusCode().is2xxSuccessful())
        .as(path + " " + response.getBody())
        .isTrue();
    return response.getBody() == null ? null : json.readTree(response.getBody());
  }

  /**
   * Who completes a task, as Tasklist would have it: a member of the task's candidate group (only
   * the group the domain names may decide, issue 13; the administrator may not decide in their
   * place). Asked as a user who may read the task's identity links and the group's members, e.g.
   * the administrator.
   */
  public String deciderOf(String taskId) throws Exception {
    String group = null;
    for (JsonNode link : get("/engine-rest/task/" + taskId + "/identity-links?type=candidate")) {
      if (link.hasNonNull("groupId")) {
        group = link.get("groupId").asText();
      }
    }
    return get("/engine-rest/user?maxResults=1&memberOfGroup=" + group).get(0).get("id").asText();
  }
}
