package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.measure.ImportKind;
import dk.aarshjul.measure.MeasureSource;
import dk.aarshjul.measure.MeasureUnit;
import dk.aarshjul.measure.MeasureVariables;
import dk.aarshjul.measure.Measurements;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.EngineRest;
import dk.aarshjul.process.PastedFile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
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
 * The data import and the public barometer as a curious user reaches them through engine-rest and
 * HTTP: only the data team imports, nobody publishes their own import, a bad or oversized file is a
 * 4xx with a Danish message and stores nothing, a contract holder cannot start Viborg's processes,
 * and the public pages answer 4xx to what they do not serve.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasurementRestAttackTest {

  /** The data team: users of their own (the demo's "bo" is someone else). */
  static final String ANNE = "dataanne";

  static final String BO = "databo";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired Periods periods;
  @Autowired Measurements measurements;

  Period term;

  @BeforeEach
  void dataTeamAndTerm() {
    for (String user : List.of(ANNE, BO)) {
      if (identity.createUserQuery().userId(user).count() == 0) {
        User created = identity.newUser(user);
        created.setFirstName(user.equals(ANNE) ? "Anne" : "Bo");
        created.setLastName("Analytiker");
        created.setPassword(EngineRest.DEMO_PASSWORD);
        identity.saveUser(created);
        identity.createMembership(user, Groups.USERS);
        identity.createMembership(user, Groups.DATA_TEAM);
      }
    }
    int firstYear = 2190;
    while (periods.findElectionTerm(firstYear).isPresent()) {
      firstYear -= 4;
    }
    term = periods.openElectionTerm(firstYear, null, GoalTemplate.EFFECT);
    measurements.define(
        term.getId(),
        List.of(
            new Measurements.IndicatorDraft(
                null,
                MeasureSource.REGISTER,
                "Indbyggertal",
                List.of(),
                "Antal indbyggere",
                MeasureUnit.COUNT,
                firstYear,
                new BigDecimal("100000"),
                true)));
  }

  @Test
  void shouldNotLetTheImporterPublishHerOwnDataOrAnOutsiderImport() throws Exception {
    // Given a register import waiting for the data team
    String instance = startRegisterImport();
    String importTask = task(instance);

    // When a contract holder completes it, she is refused and nothing is stored
    ResponseEntity<String> outsider =
        submit(
            "mette",
            importTask,
            Map.of(
                MeasureVariables.FILE_NAME,
                value("x.csv"),
                PastedFile.VARIABLE,
                value(file("96.921"))));
    assertThat(outsider.getStatusCode().value()).isEqualTo(403);
    assertThat(measurements.published(term.getId())).isEmpty();

    // When Anne pastes a bad file, she gets a Danish message per line, as a 400 without internals
    ResponseEntity<String> bad =
        submit(
            ANNE,
            importTask,
            Map.of(
                MeasureVariables.FILE_NAME,
                value("x.csv"),
                PastedFile.VARIABLE,
                value(file("mange"))));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody())
        .contains("Linje 2: 'værdi' skal være et tal")
        .doesNotContain("Exception", "SQL", "at dk.");

    // And a file above the limit is refused before anything is read
    ResponseEntity<String> huge =
        submit(
            ANNE,
            importTask,
            Map.of(
                MeasureVariables.FILE_NAME,
                value("x.csv"),
                PastedFile.VARIABLE,
                value("x".repeat(PastedFile.MAX_CHARACTERS + 1))));
    assertThat(huge.getStatusCode().value()).isEqualTo(400);
    assertThat(runtimeService.getVariable(instance, MeasureVariables.IMPORT_ID)).isNull();

    // When Anne imports a good file and tries to publish it herself
    assertThat(
            submit(
                    ANNE,
                    importTask,
                    Map.of(
                        MeasureVariables.FILE_NAME,
                        value("x.csv"),
                        PastedFile.VARIABLE,
                        value(file("96.921"))))
                .getStatusCode()
                .value())
        .isEqualTo(204);
    String review = task(instance);
    ResponseEntity<String> own =
        submit(ANNE, review, Map.of(MeasureVariables.PUBLISH, value("offentliggoer")));

    // And she cannot take the review either (it would be stuck with her), while Bo can
    ResponseEntity<String> claim =
        rest.withBasicAuth(ANNE, EngineRest.DEMO_PASSWORD)
            .exchange(
                "/engine-rest/task/" + review + "/claim",
                HttpMethod.POST,
                json(Map.of("userId", ANNE)),
                String.class);
    assertThat(claim.getStatusCode().value()).isEqualTo(400);
    assertThat(claim.getBody()).contains("Du indlæste selv filen");
    assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
    assertThat(
            rest.withBasicAuth(BO, EngineRest.DEMO_PASSWORD)
                .exchange(
                    "/engine-rest/task/" + review + "/claim",
                    HttpMethod.POST,
                    json(Map.of("userId", BO)),
                    String.class)
                .getStatusCode()
                .value())
        .isEqualTo(204);

    // Then she is refused; Bo publishes
    assertThat(own.getStatusCode().value()).isEqualTo(400);
    assertThat(own.getBody())
        .contains("Indlæsningen skal kontrolleres af en anden end den, der indlæste filen.");
    assertThat(measurements.published(term.getId())).isEmpty();
    ResponseEntity<String> published =
        submit(BO, review, Map.of(MeasureVariables.PUBLISH, value("offentliggoer")));
    assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(204);
    assertThat(measurements.published(term.getId()).get(0).values()).hasSize(1);
  }

  @Test
  void shouldNotLetAContractHolderStartViborgsProcesses() {
    for (String key : List.of("viborg-term", "viborg-samlab")) {
      ResponseEntity<String> response =
          rest.withBasicAuth("mette", EngineRest.DEMO_PASSWORD)
              .postForEntity(
                  "/engine-rest/process-definition/key/" + key + "/submit-form",
                  json(Map.of("variables", Map.of("firstYear", value(2030)))),
                  String.class);
      assertThat(response.getStatusCode().value()).as(key).isIn(403, 404);
    }
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("viborg-samlab")
                .count())
        .isZero();
  }

  @Test
  void shouldAnswerThePublicPagesWithA4xxForWhatTheyDoNotServe() {
    assertThat(
            rest.postForEntity("/barometer", json(Map.of()), String.class).getStatusCode().value())
        .isEqualTo(405);
    assertThat(
            rest.getForEntity("/barometer/2022-2025/tema-x", String.class).getStatusCode().value())
        .isEqualTo(404);
    ResponseEntity<String> unknown = rest.getForEntity("/barometer/1999-2002", String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).doesNotContain("Exception", "Whitelabel");
  }

  private String startRegisterImport() {
    return runtimeService
        .startProcessInstanceByKey(
            MeasureVariables.PROCESS_KEY,
            Map.of(
                "periodId",
                term.getId(),
                MeasureVariables.KIND.name(),
                ImportKind.REGISTER.formValue()))
        .getId();
  }

  private String task(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private String file(String value) {
    return "indikator;år;værdi\nIndbyggertal;" + term.getFirstYear() + ";" + value + "\n";
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> variables) {
    return rest.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .exchange(
            "/engine-rest/task/" + taskId + "/submit-form",
            HttpMethod.POST,
            json(Map.of("variables", variables)),
            String.class);
  }

  private HttpEntity<String> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return new HttpEntity<>(json.writeValueAsString(body), headers);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
