package dk.aarshjul.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.process.EngineRest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Runs a contract through engine-rest exactly as Tasklist does (fetch task, fetch deployed form,
 * submit), each step as the demo user whose task it is: Peter holds Niels Ebbesen Skolen, Morten
 * chairs its board, Jette its MED, and Sofie (the Børn og Unge secretariat) approves school
 * contracts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistRestFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired ContractTestData testData;
  @Autowired ContractService contracts;
  @Autowired ObjectMapper json;

  @Test
  void shouldApproveContractSubmittedThroughEngineRest() throws Exception {
    // Given the deployed start form
    int year = testData.newStartableYear();
    EngineRest peter = as("peter");
    JsonNode definition = peter.get("/engine-rest/process-definition/key/development-contract");
    String definitionId = definition.get("id").asText();
    assertThat(
            peter
                .get("/engine-rest/process-definition/" + definitionId + "/deployed-start-form")
                .toString())
        .contains("unitCode");

    // And an unknown unit is refused with a Danish message
    ResponseEntity<String> unknown =
        peter
            .template()
            .postForEntity(
                "/engine-rest/process-definition/" + definitionId + "/submit-form",
                Map.of(
                    "variables",
                    Map.of(
                        "year", Map.of("value", year), "unitCode", Map.of("value", "findes-ikke"))),
                String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody()).contains("Enheden 'findes-ikke' findes ikke");

    // When the contract holder starts it for Niels Ebbesen Skolen (numbers are sent untyped)
    JsonNode instance =
        peter.post(
            "/engine-rest/process-definition/" + definitionId + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    "year", Map.of("value", year), "unitCode", Map.of("value", "niels-ebbesen"))));
    String instanceId = instance.get("id").asText();
    assertThat(instance.get("businessKey").asText()).isEqualTo(year + "/Niels Ebbesen Skolen");

    // And opens the draft task with its form and variables
    String draftId = singleTask(peter, instanceId, "Udarbejd udviklingskontrakt");
    assertThat(peter.get("/engine-rest/task/" + draftId + "/deployed-form").toString())
        .contains("dynamiclist");
    JsonNode formVariables =
        peter.get("/engine-rest/task/" + draftId + "/form-variables?deserializeValues=false");
    assertThat(formVariables.get("trackOptions").get("type").asText()).isEqualTo("Json");
    assertThat(formVariables.get("requirementsInfo").get("value").asText()).contains("sygefravær");

    // Then a bad submission is rejected and nothing stored
    ResponseEntity<String> rejected =
        peter
            .template()
            .postForEntity(
                "/engine-rest/task/" + draftId + "/submit-form",
                Map.of("variables", Map.of("goals", Map.of("type", "Json", "value", "[]"))),
                String.class);
    assertThat(rejected.getStatusCode().value()).isEqualTo(400);
    assertThat(rejected.getBody()).contains("mindst ét udviklingsmål");

    // When the draft is submitted as Tasklist does (dynamic list as a Json string)
    peter.post(
        "/engine-rest/task/" + draftId + "/submit-form",
        Map.of(
            "variables",
            Map.of(
                "goals", Map.of("type", "Json", "value", ContractTestData.completeGoals()),
                "leadershipSpanAssessment", Map.of("value", "1:22 – inden for principperne"))));

    // And board and works council comment, and the approver approves
    for (String member : new String[] {"morten", "jette"}) {
      EngineRest stakeholder = as(member);
      String hearing = singleTask(stakeholder, instanceId, "Giv høringssvar på udviklingskontrakt");
      stakeholder.post(
          "/engine-rest/task/" + hearing + "/submit-form",
          Map.of("variables", Map.of("comment", Map.of("value", "Vi støtter kontrakten"))));
    }
    // each answer is handed back in its own job: run them as the job executor would (an
    // administrator's call)
    EngineRest admin = as("admin");
    for (JsonNode job :
        admin.get("/engine-rest/job?maxResults=1000&processInstanceId=" + instanceId)) {
      admin.post("/engine-rest/job/" + job.get("id").asText() + "/execute", Map.of());
    }
    EngineRest sofie = as("sofie");
    String approval = singleTask(sofie, instanceId, "Godkend udviklingskontrakt");
    assertThat(
            sofie
                .get("/engine-rest/task/" + approval + "/form-variables")
                .get("contractSummary")
                .get("value")
                .asText())
        .contains("Lavere sygefravær", "Høringssvar fra Bestyrelse");
    sofie.post(
        "/engine-rest/task/" + approval + "/submit-form",
        Map.of("variables", Map.of("decision", Map.of("value", "godkend"))));

    // Then the instance ended and the contract is stored approved with both goals (the directorate
    // reads history)
    EngineRest jens = as("jens");
    assertThat(
            jens.get("/engine-rest/history/process-instance/" + instanceId).get("state").asText())
        .isEqualTo("COMPLETED");
    long contractId =
        jens.get(
                "/engine-rest/history/variable-instance?maxResults=1000&processInstanceId="
                    + instanceId
                    + "&variableName=contractId")
            .get(0)
            .get("value")
            .asLong();
    DevelopmentContract contract = contracts.get(contractId);
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.APPROVED);
    assertThat(contract.getGoals())
        .extracting(Goal::getTitle)
        .containsExactly("Byrådets beslutninger ud i livet", "Lavere sygefravær");
    assertThat(contract.getLeadershipSpanAssessment()).contains("1:22");
  }

  /** The user's one open task in the instance: they see only their own. */
  private String singleTask(EngineRest user, String instanceId, String name) throws Exception {
    JsonNode tasks = user.get("/engine-rest/task?maxResults=1000&processInstanceId=" + instanceId);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("name").asText()).isEqualTo(name);
    return tasks.get(0).get("id").asText();
  }

  private EngineRest as(String userId) {
    return new EngineRest(rest, json, userId);
  }
}
