package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.process.EngineRest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * queryMaxResultsLimit (2,000) stays on for engine-rest, while Cockpit's own lists that its filter
 * bounds work: the versions of one definition key (definition pages) and groups by id (Human Tasks
 * page). Cockpit is driven as a browser does: open Cockpit, log in with the session and CSRF
 * cookies, then call the webapps' engine API with the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CockpitQueryLimitTest {

  private static final String COCKPIT_ENGINE = "/camunda/api/engine/engine/default";
  private static final String UNBOUND = "Angiv, hvor mange der skal hentes ad gangen";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @Test
  void shouldStillRefuseUnboundListsThroughEngineRest() {
    // When a contract holder asks engine-rest for every task at once, or for more than the limit
    ResponseEntity<String> tasks = engineRest("mette", "/engine-rest/task");
    ResponseEntity<String> oversized = engineRest("mette", "/engine-rest/task?maxResults=2001");
    // And the directorate asks engine-rest for the very list Cockpit's definition page needs,
    // without maxResults
    ResponseEntity<String> versions =
        engineRest(
            "jens",
            "/engine-rest/process-definition?key=skanderborg-annual-cycle&sortBy=version&sortOrder=desc&withoutTenantId=true");
    ResponseEntity<String> groups =
        new EngineRest(rest, json, "jens")
            .template()
            .postForEntity(
                "/engine-rest/group",
                Map.of("idIn", List.of("direktion", "byraadssekretariat")),
                String.class);

    // Then each is refused with 400: the limit applies to every engine-rest caller
    assertThat(tasks.getStatusCode().value()).isEqualTo(400);
    assertThat(tasks.getBody()).contains(UNBOUND);
    assertThat(oversized.getStatusCode().value()).isEqualTo(400);
    assertThat(oversized.getBody()).contains("Der kan højst hentes 2000 ad gangen");
    assertThat(versions.getStatusCode().value()).isEqualTo(400);
    assertThat(versions.getBody()).contains(UNBOUND);
    assertThat(groups.getStatusCode().value()).isEqualTo(400);
    assertThat(groups.getBody()).contains(UNBOUND);
  }

  @Test
  void shouldLetCockpitListTheVersionsOfADefinitionAndTheGroupsOfItsTaskCounts() throws Exception {
    for (String manager : List.of("jens", "admin")) {
      // Given a manager logged in to Cockpit
      HttpHeaders session = cockpitSession(manager);

      // When Cockpit's definition pages list every version of the process and the decision
      // definition (no maxResults)
      ResponseEntity<String> processVersions =
          cockpit(
              session,
              HttpMethod.GET,
              COCKPIT_ENGINE
                  + "/process-definition?key=skanderborg-annual-cycle&sortBy=version&sortOrder=desc&withoutTenantId=true",
              null);
      ResponseEntity<String> decisionVersions =
          cockpit(
              session,
              HttpMethod.GET,
              COCKPIT_ENGINE
                  + "/decision-definition?key=contract-approver&sortBy=version&sortOrder=desc&withoutTenantId=true",
              null);
      // And the Human Tasks page counts tasks per group and reads the groups' names by id
      ResponseEntity<String> perGroup =
          cockpit(
              session, HttpMethod.GET, COCKPIT_ENGINE + "/task/report/candidate-group-count", null);
      ResponseEntity<String> groups =
          cockpit(
              session,
              HttpMethod.POST,
              COCKPIT_ENGINE + "/group",
              Map.of("idIn", List.of("direktion", "byraadssekretariat")));

      // Then each answers 200 with the list
      assertThat(processVersions.getStatusCode().value())
          .as(manager + " " + processVersions.getBody())
          .isEqualTo(200);
      assertThat(keys(processVersions)).isNotEmpty().containsOnly("skanderborg-annual-cycle");
      assertThat(decisionVersions.getStatusCode().value())
          .as(manager + " " + decisionVersions.getBody())
          .isEqualTo(200);
      assertThat(keys(decisionVersions)).isNotEmpty().containsOnly("contract-approver");
      assertThat(perGroup.getStatusCode().value())
          .as(manager + " " + perGroup.getBody())
          .isEqualTo(200);
      assertThat(groups.getStatusCode().value())
          .as(manager + " " + groups.getBody())
          .isEqualTo(200);
      assertThat(json.readTree(groups.getBody()).findValuesAsText("id"))
          .containsExactlyInAnyOrder("direktion", "byraadssekretariat");
    }
  }

  @Test
  void shouldKeepTheLimitForEveryOtherListOfTheWebapps() {
    // Given the directorate logged in to Cockpit
    HttpHeaders session = cockpitSession("jens");

    // When the session asks for every task, every process definition (no key), every group or user
    // (no ids) unbound
    List<ResponseEntity<String>> answers =
        List.of(
            cockpit(session, HttpMethod.GET, COCKPIT_ENGINE + "/task", null),
            cockpit(
                session,
                HttpMethod.GET,
                COCKPIT_ENGINE + "/process-definition?sortBy=version&sortOrder=desc",
                null),
            cockpit(
                session, HttpMethod.GET, COCKPIT_ENGINE + "/process-definition?keyLike=%25", null),
            cockpit(session, HttpMethod.POST, COCKPIT_ENGINE + "/group", Map.of()),
            cockpit(session, HttpMethod.GET, COCKPIT_ENGINE + "/user", null));

    // Then each is refused with 400, as through engine-rest
    for (ResponseEntity<String> answer : answers) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    }
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------------------

  private ResponseEntity<String> engineRest(String user, String path) {
    return new EngineRest(rest, json, user).template().getForEntity(path, String.class);
  }

  /**
   * Opens Cockpit like a browser (session and CSRF cookies) and logs in; returns the headers of the
   * session.
   */
  private HttpHeaders cockpitSession(String user) {
    List<String> cookies =
        new ArrayList<>(cookies(rest.getForEntity("/camunda/app/cockpit/default/", String.class)));
    HttpHeaders login = headers(cookies);
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", EngineRest.DEMO_PASSWORD);
    ResponseEntity<String> answer =
        rest.postForEntity(
            "/camunda/api/admin/auth/user/default/login/cockpit",
            new HttpEntity<>(form, login),
            String.class);
    assertThat(answer.getStatusCode().value())
        .as(user + " logs in to Cockpit: " + answer.getBody())
        .isEqualTo(200);
    // the login starts a new session; its first request (Cockpit asks who is logged in) gets the
    // session's CSRF token
    merge(cookies, cookies(answer));
    ResponseEntity<String> whoAmI =
        rest.exchange(
            "/camunda/api/admin/auth/user/default",
            HttpMethod.GET,
            new HttpEntity<>(headers(cookies)),
            String.class);
    assertThat(whoAmI.getStatusCode().value()).as(whoAmI.getBody()).isEqualTo(200);
    merge(cookies, cookies(whoAmI));
    HttpHeaders session = headers(cookies);
    session.setContentType(MediaType.APPLICATION_JSON);
    return session;
  }

  /** Later cookies replace earlier ones of the same name, as in a browser. */
  private static void merge(List<String> cookies, List<String> later) {
    for (String cookie : later) {
      String name = cookie.substring(0, cookie.indexOf('='));
      cookies.removeIf(existing -> existing.startsWith(name + "="));
      cookies.add(cookie);
    }
  }

  private static List<String> cookies(ResponseEntity<String> response) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";", 2)[0])
        .toList();
  }

  /** The cookies, and the CSRF token as Cockpit's code sends it. */
  private static HttpHeaders headers(List<String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
    cookies.stream()
        .filter(c -> c.startsWith("XSRF-TOKEN="))
        .findFirst()
        .ifPresent(c -> headers.add("X-XSRF-TOKEN", c.substring("XSRF-TOKEN=".length())));
    return headers;
  }

  private ResponseEntity<String> cockpit(
      HttpHeaders session, HttpMethod method, String path, Object body) {
    return rest.exchange(path, method, new HttpEntity<>(body, session), String.class);
  }

  private List<String> keys(ResponseEntity<String> response) throws Exception {
    List<String> keys = new ArrayList<>();
    for (JsonNode definition : json.readTree(response.getBody())) {
      keys.add(definition.get("key").asText());
    }
    return keys;
  }
}
