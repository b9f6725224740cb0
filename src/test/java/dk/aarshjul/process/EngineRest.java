package dk.aarshjul.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * engine-rest calls as Tasklist makes them, as one demo user (HTTP Basic, demo password), failing
 * the test with the response body when a call fails: list the tasks, fetch a task's form variables,
 * submit its form with the variables as Tasklist sends them ({@link #vars}, {@link #jsonValue}).
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
   * The ids of the tasks engine-rest lists for {@code filter} (query parameters, e.g. {@code
   * candidateGroup=direktion&taskDefinitionKey=Task_X}), oldest first.
   */
  public List<String> taskIds(String filter) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode task :
        get("/engine-rest/task?maxResults=1000&sortBy=created&sortOrder=asc&" + filter)) {
      ids.add(task.get("id").asText());
    }
    return ids;
  }

  /** The business keys of the process's running instances. */
  public List<String> businessKeys(String processDefinitionKey) throws Exception {
    List<String> keys = new ArrayList<>();
    get("/engine-rest/process-instance?maxResults=100&processDefinitionKey=" + processDefinitionKey)
        .forEach(instance -> keys.add(instance.get("businessKey").asText()));
    return keys;
  }

  /** The ids of a candidate group's tasks with the name Tasklist shows, oldest first. */
  public List<String> taskIdsNamed(String candidateGroup, String name) throws Exception {
    List<String> named = new ArrayList<>();
    for (JsonNode task :
        get(
            "/engine-rest/task?maxResults=1000&sortBy=created&sortOrder=asc&candidateGroup="
                + candidateGroup)) {
      if (task.get("name").asText().equals(name)) {
        named.add(task.get("id").asText());
      }
    }
    return named;
  }

  /** The one task id of {@code taskIds}, failing the test (described as {@code what}) otherwise. */
  public static String only(List<String> taskIds, String what) {
    assertThat(taskIds).as(what).hasSize(1);
    return taskIds.get(0);
  }

  /**
   * A task's form variables as Tasklist fetches them (after its form), the values serialized: a
   * Json value's {@code value} is its text.
   */
  public JsonNode formVariables(String taskId) throws Exception {
    assertThat(get("/engine-rest/task/" + taskId + "/deployed-form")).isNotNull();
    return get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
  }

  /** Submits a task's form, {@code body} as {@link #vars} makes it. */
  public JsonNode submitForm(String taskId, Map<String, Object> body) throws Exception {
    return post("/engine-rest/task/" + taskId + "/submit-form", body);
  }

  /**
   * A submit-form body as Tasklist sends it: each value as {@code {"value": …}}, a value that is
   * already typed (a map, e.g. {@link #jsonValue}) as it is.
   */
  public static Map<String, Object> vars(Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      variables.put(
          (String) namesAndValues[i],
          value instanceof Map<?, ?> typed ? typed : Map.of("value", value));
    }
    return Map.of("variables", variables);
  }

  /** A dynamic list or checklist as Tasklist sends it: a Json variable holding the list as text. */
  public static Map<String, Object> jsonValue(JsonNode node) {
    Map<String, Object> value = new HashMap<>();
    value.put("type", "Json");
    value.put("value", node.toString());
    return value;
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
