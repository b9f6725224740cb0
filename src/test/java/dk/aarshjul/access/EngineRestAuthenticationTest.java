package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.organisation.Groups;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** engine-rest only answers a user with the right password, and makes guessing passwords slow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestAuthenticationTest {

  private static final String PASSWORD = "Rigtig-Kode-2027";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired LoginThrottle throttle;

  /**
   * A user of their own per test: wrong passwords slow a user, which must not spill into other
   * tests.
   */
  String userId;

  @BeforeEach
  void ownUser() {
    userId = "gaet" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    User user = identityService.newUser(userId);
    user.setFirstName("Gæt");
    user.setLastName("Kode");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, Groups.USERS);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    throttle.reset();
  }

  @Test
  void shouldAnswerAnonymousCallerWith401() {
    // When a caller without credentials asks for tasks, users or history, or tries to deploy
    ResponseEntity<String> tasks =
        rest.getForEntity("/engine-rest/task?maxResults=10", String.class);
    ResponseEntity<String> users =
        rest.getForEntity("/engine-rest/user?maxResults=10", String.class);
    ResponseEntity<String> history =
        rest.getForEntity("/engine-rest/history/process-instance/count", String.class);
    ResponseEntity<String> deploy =
        rest.postForEntity("/engine-rest/deployment/create", null, String.class);

    // Then each gets 401 with a Basic challenge and no data (only the list of engine names is
    // public)
    for (ResponseEntity<String> response : java.util.List.of(tasks, users, history, deploy)) {
      assertThat(response.getStatusCode().value()).isEqualTo(401);
      assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
      assertThat(response.getBody()).isNull();
    }
  }

  @Test
  void shouldAnswerWrongPasswordAndUnknownUserWith401() {
    // When a caller sends a wrong password, or a user that does not exist
    ResponseEntity<String> wrong =
        as(userId, "forkert").getForEntity("/engine-rest/task/count", String.class);
    ResponseEntity<String> unknown =
        as("findes-ikke", PASSWORD).getForEntity("/engine-rest/task/count", String.class);

    // Then both get 401
    assertThat(wrong.getStatusCode().value()).isEqualTo(401);
    assertThat(unknown.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void shouldThrottleAfterWrongPasswordAndLockAfterTenAttempts() {
    // Given the right password works
    assertThat(status(userId, PASSWORD)).isEqualTo(200);

    // When a wrong password is sent, even the right one is refused for the next second
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    assertThat(status(userId, "forkert")).isEqualTo(401);
    assertThat(status(userId, PASSWORD)).isEqualTo(401);

    // Then after the delay the right password works again (and resets the count)
    ClockUtil.setCurrentTime(new Date(start.getTime() + 2_000));
    assertThat(status(userId, PASSWORD)).isEqualTo(200);

    // When ten wrong passwords are sent, each after its delay has passed
    long now = start.getTime() + 10_000;
    for (int attempt = 1; attempt <= 10; attempt++) {
      ClockUtil.setCurrentTime(new Date(now));
      assertThat(status(userId, "gaet-" + attempt)).isEqualTo(401);
      now += 61_000;
    }

    // Then this client is locked: the right password is refused ten minutes later
    ClockUtil.setCurrentTime(new Date(now + 600_000));
    assertThat(status(userId, PASSWORD)).isEqualTo(401);

    // and the lock ends by itself after 15 minutes, without an administrator
    ClockUtil.setCurrentTime(new Date(now + 16 * 60_000));
    assertThat(status(userId, PASSWORD)).isEqualTo(200);
  }

  private int status(String user, String password) {
    return as(user, password)
        .getForEntity("/engine-rest/task/count", String.class)
        .getStatusCode()
        .value();
  }

  private TestRestTemplate as(String user, String password) {
    return rest.withBasicAuth(user, password);
  }
}
