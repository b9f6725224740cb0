package dk.aarshjul.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import dk.aarshjul.process.EngineRest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Runs a contract through engine-rest exactly as Tasklist does: fetch task, fetch deployed form, submit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistRestFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired ContractTestData testData;
  @Autowired ContractService contracts;
  @Autowired ObjectMapper json;

  @Test
  void shouldApproveContractSubmittedThroughEngineRest() throws Exception {
    // Given the deployed start form
    int year = testData.newYear();
    JsonNode definition = get("/engine-rest/process-definition/key/development-contract");
    String definitionId = definition.get("id").asText();
    assertThat(get("/engine-rest/process-definition/" + definitionId + "/deployed-start-form").toString())
        .contains("unitCode");

    // And an unknown unit is refused with a Danish message
    ResponseEntity<String> unknown = rest.postForEntity("/engine-rest/process-definition/" + definitionId + "/submit-form",
        Map.of("variables", Map.of("year", Map.of("value", year), "unitCode", Map.of("value", "findes-ikke"))), String.class);
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody()).contains("Enheden 'findes-ikke' findes ikke");

    // When the contract holder starts it for Niels Ebbesen Skolen (numbers are sent untyped)
    JsonNode instance = post("/engine-rest/process-definition/" + definitionId + "/submit-form",
        Map.of("variables", Map.of("year", Map.of("value", year), "unitCode", Map.of("value", "niels-ebbesen"))));
    String instanceId = instance.get("id").asText();
    assertThat(instance.get("businessKey").asText()).isEqualTo(year + "/Niels Ebbesen Skolen");

    // And opens the draft task with its form and variables
    String draftId = singleTask(instanceId, "Udarbejd udviklingskontrakt");
    assertThat(get("/engine-rest/task/" + draftId + "/deployed-form").toString()).contains("dynamiclist");
    JsonNode formVariables = get("/engine-rest/task/" + draftId + "/form-variables?deserializeValues=false");
    assertThat(formVariables.get("trackOptions").get("type").asText()).isEqualTo("Json");
    assertThat(formVariables.get("requirementsInfo").get("value").asText()).contains("sygefravær");

    // Then a bad submission is rejected and nothing stored
    ResponseEntity<String> rejected = rest.postForEntity("/engine-rest/task/" + draftId + "/submit-form",
        Map.of("variables", Map.of("goals", Map.of("type", "Json", "value", "[]"))), String.class);
    assertThat(rejected.getStatusCode().value()).isEqualTo(400);
    assertThat(rejected.getBody()).contains("mindst ét udviklingsmål");

    // When the draft is submitted as Tasklist does (dynamic list as a Json string)
    post("/engine-rest/task/" + draftId + "/submit-form", Map.of("variables", Map.of(
        "goals", Map.of("type", "Json", "value", ContractTestData.completeGoals()),
        "leadershipSpanAssessment", Map.of("value", "1:22 – inden for principperne"))));

    // And board and works council comment, and the approver approves
    for (int i = 0; i < 2; i++) {
      String hearing = singleTaskOf(instanceId, "Giv høringssvar på udviklingskontrakt");
      post("/engine-rest/task/" + hearing + "/submit-form",
          Map.of("variables", Map.of("comment", Map.of("value", "Vi støtter kontrakten"))));
    }
    // each answer is handed back in its own job: run them as the job executor would
    for (JsonNode job : get("/engine-rest/job?processInstanceId=" + instanceId)) {
      post("/engine-rest/job/" + job.get("id").asText() + "/execute", Map.of());
    }
    String approval = singleTask(instanceId, "Godkend udviklingskontrakt");
    assertThat(get("/engine-rest/task/" + approval + "/form-variables").get("contractSummary").get("value").asText())
        .contains("Lavere sygefravær", "Høringssvar fra Bestyrelse");
    post("/engine-rest/task/" + approval + "/submit-form",
        Map.of("variables", Map.of("decision", Map.of("value", "godkend"))));

    // Then the instance ended and the contract is stored approved with both goals
    assertThat(get("/engine-rest/history/process-instance/" + instanceId).get("state").asText()).isEqualTo("COMPLETED");
    long contractId = get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&variableName=contractId")
        .get(0).get("value").asLong();
    DevelopmentContract contract = contracts.get(contractId);
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.APPROVED);
    assertThat(contract.getGoals()).extracting(Goal::getTitle)
        .containsExactly("Byrådets beslutninger ud i livet", "Lavere sygefravær");
    assertThat(contract.getLeadershipSpanAssessment()).contains("1:22");
  }

  private String singleTask(String instanceId, String name) throws Exception {
    JsonNode tasks = get("/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("name").asText()).isEqualTo(name);
    return tasks.get(0).get("id").asText();
  }

  private String singleTaskOf(String instanceId, String name) throws Exception {
    JsonNode tasks = get("/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(tasks.get(0).get("name").asText()).isEqualTo(name);
    return tasks.get(0).get("id").asText();
  }

  private JsonNode get(String path) throws Exception {
    return new EngineRest(rest, json).get(path);
  }

  private JsonNode post(String path, Object body) throws Exception {
    return new EngineRest(rest, json).post(path, body);
  }
}
