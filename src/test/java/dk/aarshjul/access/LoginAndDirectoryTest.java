package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.process.EngineRest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, hole 3 and 5: nobody can lock an account out by guessing passwords, users see only the
 * users they need, nobody tests another user's password, and users do not rewrite their own name.
 * Each test acts through engine-rest (or the webapp login) as the attacker did. A second client is
 * a second loopback address (127.0.0.2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginAndDirectoryTest {

  private static final String PASSWORD = "Rigtig-Kode-2027";
  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired LoginThrottle throttle;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  /**
   * Users (password PASSWORD; demo users have "demo") and groups of this test, removed afterwards.
   */
  final List<String> users = new ArrayList<>();

  final List<String> groups = new ArrayList<>();
  String suffix;

  @BeforeEach
  void fresh() {
    suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    throttle.reset();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    throttle.reset();
    identityService.clearAuthentication();
    users.forEach(identityService::deleteUser);
    groups.forEach(identityService::deleteGroup);
  }

  // ---- login: slowed per user and client, never locked out
  // -------------------------------------------------------

  @Test
  void shouldNotLetAnonymousAttackerLockAdministratorOut() {
    // Given an anonymous attacker on one client who sends 11 wrong passwords for admin, each after
    // its delay
    long now = System.currentTimeMillis();
    for (int attempt = 1; attempt <= 11; attempt++) {
      ClockUtil.setCurrentTime(new Date(now));
      assertThat(basic(attacker(), "admin", "gaet-" + attempt).getStatusCode().value())
          .isEqualTo(401);
      now += 61_000;
    }
    ClockUtil.setCurrentTime(new Date(now));

    // When admin logs in from another client, through engine-rest and through the Tasklist login
    ResponseEntity<String> rest = basic(otherClient(), "admin", EngineRest.DEMO_PASSWORD);
    ResponseEntity<String> webapp = webappLogin(otherClient(), "admin", EngineRest.DEMO_PASSWORD);

    // Then both succeed, and the account carries no lock in the database
    assertThat(rest.getStatusCode().value()).isEqualTo(200);
    assertThat(webapp.getStatusCode().value()).isEqualTo(200);
    assertThat(storedLock("admin")).isEqualTo(Map.of("attempts", 0, "locked", false));

    // And from the attacker's client even the right password waits, with a Danish message, ...
    ResponseEntity<String> locked = basic(attacker(), "admin", EngineRest.DEMO_PASSWORD);
    assertThat(locked.getStatusCode().value()).isEqualTo(401);
    assertThat(locked.getBody()).contains("For mange forkerte adgangskoder").contains("minutter");
    assertThat(Long.parseLong(locked.getHeaders().getFirst("Retry-After"))).isBetween(60L, 900L);

    // ... until the lock ends by itself after 15 minutes
    ClockUtil.setCurrentTime(new Date(now + 15 * 60_000 + 1_000));
    assertThat(basic(attacker(), "admin", EngineRest.DEMO_PASSWORD).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void shouldDelayNextAttemptAfterWrongPasswordWithGrowingDelay() {
    // Given a user of their own
    String user = newUser("gaet", null);
    Date start = new Date();
    ClockUtil.setCurrentTime(start);

    // When a wrong password is sent, the next attempt within a second is not even checked
    assertThat(basic(attacker(), user, "forkert").getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> tooSoon = basic(attacker(), user, PASSWORD);
    assertThat(tooSoon.getStatusCode().value()).isEqualTo(401);
    assertThat(tooSoon.getBody()).contains("Vent 1 sekund");

    // Then the second wrong password makes it 2 seconds, the third 4
    ClockUtil.setCurrentTime(new Date(start.getTime() + 1_000));
    assertThat(basic(attacker(), user, "forkert-2").getStatusCode().value()).isEqualTo(401);
    ClockUtil.setCurrentTime(new Date(start.getTime() + 2_500));
    assertThat(basic(attacker(), user, PASSWORD).getHeaders().getFirst("Retry-After"))
        .isEqualTo("1");
    ClockUtil.setCurrentTime(new Date(start.getTime() + 3_000));
    assertThat(basic(attacker(), user, "forkert-3").getStatusCode().value()).isEqualTo(401);
    assertThat(basic(attacker(), user, PASSWORD).getHeaders().getFirst("Retry-After"))
        .isEqualTo("4");

    // And after the delay the right password works and starts the pair afresh
    ClockUtil.setCurrentTime(new Date(start.getTime() + 7_000));
    assertThat(basic(attacker(), user, PASSWORD).getStatusCode().value()).isEqualTo(200);
    assertThat(basic(attacker(), user, "forkert-4").getStatusCode().value()).isEqualTo(401);
    assertThat(basic(attacker(), user, PASSWORD).getHeaders().getFirst("Retry-After"))
        .isEqualTo("1");
  }

  @Test
  void shouldThrottleTasklistLoginPerUserAndClient() {
    // Given a user of their own who mistypes the password in Tasklist's login
    String user = newUser("tasklist", null);
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    assertThat(webappLogin(attacker(), user, "forkert").getStatusCode().value()).isEqualTo(401);

    // When the right password follows at once from the same client
    ResponseEntity<String> tooSoon = webappLogin(attacker(), user, PASSWORD);

    // Then it is answered 429 with a Danish message, while another client logs in at once
    assertThat(tooSoon.getStatusCode().value()).isEqualTo(429);
    assertThat(tooSoon.getBody()).contains("For mange forkerte adgangskoder. Vent 1 sekund");
    assertThat(tooSoon.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    assertThat(webappLogin(otherClient(), user, PASSWORD).getStatusCode().value()).isEqualTo(200);

    // And after the delay the same client logs in
    ClockUtil.setCurrentTime(new Date(start.getTime() + 1_000));
    assertThat(webappLogin(attacker(), user, PASSWORD).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void shouldSlowPasswordSprayingFromOneClient() {
    // Given one client that tries a password on 31 different accounts, one attempt each
    ClockUtil.setCurrentTime(new Date());
    for (int account = 1; account <= 31; account++) {
      assertThat(
              basic(attacker(), "spray" + account + suffix, "Sommer2027!").getStatusCode().value())
          .isEqualTo(401);
    }

    // When that client tries yet another account, even with its right password
    ResponseEntity<String> sprayed = basic(attacker(), "mette", EngineRest.DEMO_PASSWORD);

    // Then it has to wait, while another client is not affected
    assertThat(sprayed.getStatusCode().value()).isEqualTo(401);
    assertThat(sprayed.getBody()).contains("For mange forkerte adgangskoder");
    assertThat(basic(otherClient(), "mette", EngineRest.DEMO_PASSWORD).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void shouldIgnoreAccountLockLeftByCamundaInAnExistingDatabase() {
    // Given a user locked by Camunda's old rule (10 wrong passwords: locked until an administrator
    // unlocks)
    String user = newUser("laast", null);
    jdbc.update(
        "update ACT_ID_USER set ATTEMPTS_ = 10, LOCK_EXP_TIME_ = ? where ID_ = ?",
        new Timestamp(System.currentTimeMillis() + 3_600_000),
        user);

    // When the user logs in with the right password
    ResponseEntity<String> response = basic(attacker(), user, PASSWORD);

    // Then it works, and the stored lock is cleared
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(storedLock(user)).isEqualTo(Map.of("attempts", 0, "locked", false));
  }

  // ---- /identity/verify
  // ----------------------------------------------------------------------------------------

  @Test
  void shouldRefuseVerifyingAnotherUsersPassword() {
    // When mette tests jens' password (right and wrong), and even an administrator tests mette's
    ResponseEntity<String> right = verify("mette", "jens", EngineRest.DEMO_PASSWORD);
    ResponseEntity<String> wrong = verify("mette", "jens", "forkert");
    ResponseEntity<String> byAdmin = verify("admin", "mette", EngineRest.DEMO_PASSWORD);

    // Then each is refused with a Danish message that tells nothing about the password
    for (ResponseEntity<String> response : List.of(right, wrong, byAdmin)) {
      assertThat(response.getStatusCode().value()).isEqualTo(403);
      assertThat(response.getBody())
          .contains("Du kan kun kontrollere din egen adgangskode.")
          .doesNotContain("authenticated");
    }

    // And her own password she may still check
    ResponseEntity<String> own = verify("mette", "mette", EngineRest.DEMO_PASSWORD);
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    assertThat(own.getBody()).contains("\"authenticated\":true");
  }

  // ---- own profile
  // -----------------------------------------------------------------------------------------------

  @Test
  void shouldRefuseUserRewritingOwnNameOrEmailButLetThemChangePassword() {
    // Given a user of their own
    String user = newUser("profil", null);
    TestRestTemplate self = rest.withBasicAuth(user, PASSWORD);

    // When the user renames themselves, or changes their e-mail
    ResponseEntity<String> rename =
        self.exchange(
            "/engine-rest/user/" + user + "/profile",
            HttpMethod.PUT,
            jsonBody(
                Map.of(
                    "id",
                    user,
                    "firstName",
                    "**Direktør**",
                    "lastName",
                    "Jens Thorsen",
                    "email",
                    user + "@aarshjul.example")),
            String.class);
    ResponseEntity<String> email =
        self.exchange(
            "/engine-rest/user/" + user + "/profile",
            HttpMethod.PUT,
            jsonBody(
                Map.of(
                    "id",
                    user,
                    "firstName",
                    "Test",
                    "lastName",
                    "Bruger",
                    "email",
                    "angriber@example.com")),
            String.class);

    // Then both are refused in Danish and nothing changed
    for (ResponseEntity<String> response : List.of(rename, email)) {
      assertThat(response.getStatusCode().value()).isEqualTo(403);
      assertThat(response.getBody()).contains("vedligeholdes af en administrator");
    }
    User stored = identityService.createUserQuery().userId(user).singleResult();
    assertThat(stored.getFirstName()).isEqualTo("Test");
    assertThat(stored.getLastName()).isEqualTo("Bruger");
    assertThat(stored.getEmail()).isEqualTo(user + "@aarshjul.example");

    // And the user may still change their own password
    ResponseEntity<String> credentials =
        self.exchange(
            "/engine-rest/user/" + user + "/credentials",
            HttpMethod.PUT,
            jsonBody(
                Map.of("password", "Andet-Kodeord-2028", "authenticatedUserPassword", PASSWORD)),
            String.class);
    assertThat(credentials.getStatusCode().value()).as(credentials.getBody()).isEqualTo(204);
    assertThat(identityService.checkPassword(user, "Andet-Kodeord-2028")).isTrue();

    // And an administrator may change the name
    ResponseEntity<String> byAdmin =
        rest.withBasicAuth("admin", EngineRest.DEMO_PASSWORD)
            .exchange(
                "/engine-rest/user/" + user + "/profile",
                HttpMethod.PUT,
                jsonBody(
                    Map.of(
                        "id",
                        user,
                        "firstName",
                        "Rettet",
                        "lastName",
                        "Navn",
                        "email",
                        user + "@aarshjul.example")),
                String.class);
    assertThat(byAdmin.getStatusCode().value()).isEqualTo(204);
    assertThat(identityService.createUserQuery().userId(user).singleResult().getFirstName())
        .isEqualTo("Rettet");
  }

  // ---- the user directory
  // ------------------------------------------------------------------------------------------

  @Test
  void shouldNotLetUsersListTheAdministrators() {
    // When mette asks for the members of camunda-admin, their number, or admin's groups
    JsonNode admins =
        get("mette", "/engine-rest/user?memberOfGroup=" + Groups.ADMIN + "&maxResults=100");
    JsonNode count = get("mette", "/engine-rest/user/count?memberOfGroup=" + Groups.ADMIN);
    JsonNode adminGroups = get("mette", "/engine-rest/group?member=admin&maxResults=100");
    ResponseEntity<String> profile =
        rest.withBasicAuth("mette", EngineRest.DEMO_PASSWORD)
            .getForEntity("/engine-rest/user/admin/profile", String.class);

    // Then she learns nothing
    assertThat(admins).isEmpty();
    assertThat(count.get("count").asLong()).isZero();
    assertThat(adminGroups).isEmpty();
    assertThat(profile.getStatusCode().value()).isEqualTo(404);

    // While an administrator sees them
    assertThat(
            ids(
                get(
                    "admin",
                    "/engine-rest/user?memberOfGroup=" + Groups.ADMIN + "&maxResults=100")))
        .contains("admin");
  }

  @Test
  void shouldShowUsersThemselvesAndTheNamesOfTheirColleaguesOnly() {
    // Given a unit's MED group with two members, and a third user elsewhere
    String group = newGroup(Groups.worksCouncil("test" + suffix));
    String anna = newUser("anna", group);
    String bo = newUser("bo", group);
    String carl = newUser("carl", null);

    // When anna lists the users
    JsonNode listed = get(anna, "/engine-rest/user?maxResults=1000");

    // Then she sees herself and her colleague, nobody else (no demo users, no administrators)
    assertThat(ids(listed)).containsExactlyInAnyOrder(anna, bo);
    assertThat(get(anna, "/engine-rest/user/count").get("count").asLong()).isEqualTo(2);

    // And her own e-mail, but only her colleague's name
    JsonNode own = get(anna, "/engine-rest/user/" + anna + "/profile");
    JsonNode colleague = get(anna, "/engine-rest/user/" + bo + "/profile");
    assertThat(own.get("email").asText()).isEqualTo(anna + "@aarshjul.example");
    assertThat(colleague.get("firstName").asText()).isEqualTo("Test");
    assertThat(colleague.get("email").isNull()).isTrue();
    for (JsonNode user : listed) {
      assertThat(user.get("email").isNull()).isEqualTo(!user.get("id").asText().equals(anna));
    }

    // And she cannot find a colleague by e-mail address, nor see the user outside her group
    String byEmail = "/engine-rest/user?maxResults=10&email=" + bo + "@aarshjul.example";
    String byEmailLike = "/engine-rest/user/count?emailLike=" + bo + "@aarshjul.exampl_";
    assertThat(get(anna, byEmail)).isEmpty();
    assertThat(get(anna, byEmailLike).get("count").asLong()).isZero();
    assertThat(ids(get("admin", byEmail))).containsExactly(bo);
    assertThat(get("admin", byEmailLike).get("count").asLong()).isEqualTo(1);
    assertThat(status(anna, "/engine-rest/user/" + carl + "/profile")).isEqualTo(404);
    assertThat(status(anna, "/engine-rest/user/mette/profile")).isEqualTo(404);

    // When bo leaves the group, anna no longer sees him
    identityService.deleteMembership(bo, group);
    assertThat(ids(get(anna, "/engine-rest/user?maxResults=1000"))).containsExactly(anna);

    // And an administrator sees every user with e-mail
    assertThat(get("admin", "/engine-rest/user/" + bo + "/profile").get("email").asText())
        .isEqualTo(bo + "@aarshjul.example");
  }

  @Test
  void shouldGrantNamesOnlyWithinWorkingGroupsNotRoleWideOnes() {
    // Given every user is in brugere and each contract holder in kontraktholdere
    // When mette (contract holder, Gl. Rye) lists the users
    List<String> seen = ids(get("mette", "/engine-rest/user?maxResults=1000"));

    // Then she sees herself only: her unit group has no other member, and role-wide groups grant
    // nothing
    assertThat(seen).containsExactly("mette");
    Authorization everyone =
        authorizationService
            .createAuthorizationQuery()
            .groupIdIn(Groups.USERS)
            .resourceType(Resources.USER)
            .resourceId("*")
            .singleResult();
    assertThat(everyone).isNull();

    // And the directorate members read each other's names
    assertThat(ids(get("jens", "/engine-rest/user?maxResults=1000")))
        .contains("jens", "karen")
        .doesNotContain("mette", "admin");
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------------------------

  private String newUser(String prefix, String groupId) {
    String id = prefix + suffix;
    User user = identityService.newUser(id);
    user.setFirstName("Test");
    user.setLastName("Bruger");
    user.setEmail(id + "@aarshjul.example");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, Groups.USERS);
    if (groupId != null) {
      identityService.createMembership(id, groupId);
    }
    users.add(id);
    return id;
  }

  private String newGroup(String id) {
    Group group = identityService.newGroup(id);
    group.setName("Testgruppe");
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
    groups.add(id);
    return id;
  }

  /** One HTTP client as the server sees it: one remote address. */
  interface Client {
    ResponseEntity<String> exchange(String method, String path, HttpHeaders headers, String body);
  }

  /** The attacker's client: the test's own (127.0.0.1). */
  private Client attacker() {
    return (method, path, headers, body) ->
        rest.exchange(
            path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class);
  }

  /** Another client: its connections leave from 127.0.0.2. */
  private Client otherClient() {
    LoopbackClient client = new LoopbackClient("127.0.0.2", port);
    return client::exchange;
  }

  private ResponseEntity<String> basic(Client client, String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
    return client.exchange("GET", "/engine-rest/task/count", headers, null);
  }

  /**
   * Tasklist's login as a browser posts it: session and CSRF cookie from opening Tasklist, token
   * header.
   */
  private ResponseEntity<String> webappLogin(Client client, String user, String password) {
    List<String> setCookies =
        client
            .exchange("GET", "/camunda/app/tasklist/", new HttpHeaders(), null)
            .getHeaders()
            .getOrEmpty("Set-Cookie");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(
        HttpHeaders.COOKIE,
        String.join("; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList()));
    headers.add(
        "X-XSRF-TOKEN",
        setCookies.stream()
            .filter(c -> c.startsWith("XSRF-TOKEN="))
            .map(c -> c.substring("XSRF-TOKEN=".length()).split(";", 2)[0])
            .findFirst()
            .orElseThrow());
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return client.exchange("POST", LOGIN, headers, form);
  }

  private ResponseEntity<String> verify(String caller, String user, String password) {
    return rest.withBasicAuth(caller, passwordOf(caller))
        .postForEntity(
            "/engine-rest/identity/verify",
            jsonBody(Map.of("username", user, "password", password)),
            String.class);
  }

  private JsonNode get(String caller, String path) {
    ResponseEntity<String> response =
        rest.withBasicAuth(caller, passwordOf(caller)).getForEntity(path, String.class);
    assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(200);
    try {
      return json.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private int status(String caller, String path) {
    return rest.withBasicAuth(caller, passwordOf(caller))
        .getForEntity(path, String.class)
        .getStatusCode()
        .value();
  }

  private String passwordOf(String caller) {
    return users.contains(caller) ? PASSWORD : EngineRest.DEMO_PASSWORD;
  }

  private static List<String> ids(JsonNode users) {
    List<String> ids = new ArrayList<>();
    users.forEach(user -> ids.add(user.get("id").asText()));
    return ids;
  }

  private static HttpEntity<Map<String, String>> jsonBody(Map<String, String> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** Camunda's stored lock of the account: failed attempts and whether a lock time lies ahead. */
  private Map<String, Object> storedLock(String userId) {
    UserEntity user = (UserEntity) identityService.createUserQuery().userId(userId).singleResult();
    Date lock = user.getLockExpirationTime();
    return Map.of(
        "attempts",
        user.getAttempts(),
        "locked",
        lock != null && lock.after(ClockUtil.getCurrentTime()));
  }
}
