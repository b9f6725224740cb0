package dk.aarshjul.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractVersion;
import dk.aarshjul.process.EngineRest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Runs a dialogue through engine-rest exactly as Tasklist does: fetch task, deployed form, form
 * variables, submit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DialogueTasklistRestFlowTest {

  @Autowired TestRestTemplate rest;
  @Autowired DialogueTestData testData;
  @Autowired DialoguePlanner planner;
  @Autowired DialogueService dialogues;
  @Autowired DialogueMeetings dialogueMeetings;
  @Autowired ContractService contracts;
  @Autowired ObjectMapper json;

  /**
   * engine-rest needs a user: these flow tests act as the administrator, the authorization tests as
   * each role.
   */
  @BeforeEach
  void authenticate() {
    rest = rest.withBasicAuth("admin", EngineRest.DEMO_PASSWORD);
  }

  @Test
  void shouldHoldDialogueAndApplyAdjustmentThroughEngineRest() throws Exception {
    // Given an approved contract of Niels Ebbesen Skolen and its started dialogue (the main process
    // starts it)
    int year = testData.newYear(Map.of("boern-unge", MeetingModel.SINGLE_UNIT));
    long contractId = testData.approvedContract(year, "niels-ebbesen");
    planner.planMeetings(year);
    long meetingId = dialogueMeetings.ids(year).get(0);
    JsonNode instance =
        post(
            "/engine-rest/process-definition/key/contract-dialogue/start",
            Map.of(
                "variables",
                Map.of(
                    "year",
                    Map.of("value", year),
                    "dialogueMeetingId",
                    Map.of("value", meetingId))));
    String instanceId = instance.get("id").asText();
    assertThat(instance.get("businessKey").asText())
        .isEqualTo(year + "/Dialogmøde Niels Ebbesen Skolen");

    // When the group chief opens the planning task and submits a date outside the window (dates
    // come as strings)
    String planId = singleTask(instanceId, "Planlæg dialogmøde");
    assertThat(get("/engine-rest/task/" + planId + "/deployed-form").toString())
        .contains("plannedDate", "place");
    ResponseEntity<String> outside =
        new EngineRest(rest, json, "admin")
            .asDeciderOf(planId)
            .template()
            .postForEntity(
                "/engine-rest/task/" + planId + "/submit-form",
                Map.of(
                    "variables",
                    Map.of(
                        "plannedDate",
                        Map.of("value", year + "-06-01"),
                        "place",
                        Map.of("value", "Skanderborg"))),
                String.class);

    // Then the answer is HTTP 400 with the Danish message; a date inside the window is accepted
    assertThat(outside.getStatusCode().value()).isEqualTo(400);
    assertThat(outside.getBody()).contains("ligger uden for dialogperioden");
    new EngineRest(rest, json, "admin")
        .asDeciderOf(planId)
        .post(
            "/engine-rest/task/" + planId + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    "plannedDate",
                    Map.of("value", year + "-03-02"),
                    "place",
                    Map.of("value", "Skanderborg"))));

    // When the directorate opens the meeting task, the unit list is a Json variable with one row
    String holdId = singleTask(instanceId, "Hold dialogmøde og skriv referat");
    assertThat(get("/engine-rest/task/" + holdId + "/deployed-form").toString())
        .contains("dynamiclist", "agreedText");
    JsonNode formVariables =
        get("/engine-rest/task/" + holdId + "/form-variables?deserializeValues=false");
    assertThat(formVariables.get("agreements").get("type").asText()).isEqualTo("Json");
    assertThat(formVariables.get("agreements").get("value").asText())
        .contains("Niels Ebbesen Skolen");
    assertThat(formVariables.get("contractSummaries").get("value").asText())
        .contains("Lavere sygefravær");

    // And submits the minutes and an agreed adjustment as Tasklist does
    new EngineRest(rest, json, "admin")
        .asDeciderOf(holdId)
        .post(
            "/engine-rest/task/" + holdId + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    "minutes", Map.of("value", "Drøftet eksekvering og sygefravær."),
                    "agreements",
                        Map.of(
                            "type",
                            "Json",
                            "value",
                            "[{\"unitName\":\"Niels Ebbesen Skolen\",\"agreed\":true,\"agreedText\":\"Indikator for trivsel tilføjes.\"}]"))));

    // And the contract holder submits the adjusted goals
    String adjustId = singleTask(instanceId, "Indarbejd aftalte justeringer");
    assertThat(
            get("/engine-rest/task/" + adjustId + "/form-variables")
                .get("agreementInfo")
                .get("value")
                .asText())
        .contains("Indikator for trivsel tilføjes.");
    new EngineRest(rest, json, "admin")
        .asDeciderOf(adjustId)
        .post(
            "/engine-rest/task/" + adjustId + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    "goals",
                        Map.of(
                            "type",
                            "Json",
                            "value",
                            DialogueTestData.goals(
                                "Lavere sygefravær og bedre trivsel", "Under 5 %")),
                    "leadershipSpanAssessment", Map.of("value", "1:22 – inden for principperne"))));
    // the completion is handed back in its own job: run it as the job executor would
    for (JsonNode job : get("/engine-rest/job?maxResults=1000&processInstanceId=" + instanceId)) {
      post("/engine-rest/job/" + job.get("id").asText() + "/execute", Map.of());
    }

    // Then the instance is finished and the contract has a second version
    assertThat(get("/engine-rest/history/process-instance/" + instanceId).get("state").asText())
        .isEqualTo("COMPLETED");
    assertThat(contracts.versions(contractId))
        .extracting(ContractVersion::getNote)
        .containsExactly(null, "Indikator for trivsel tilføjes.");
    assertThat(dialogues.get(meetingId).getStatus()).isEqualTo(MeetingStatus.COMPLETED);
  }

  private String singleTask(String instanceId, String name) throws Exception {
    JsonNode tasks = get("/engine-rest/task?maxResults=1000&processInstanceId=" + instanceId);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("name").asText()).isEqualTo(name);
    return tasks.get(0).get("id").asText();
  }

  private JsonNode get(String path) throws Exception {
    return new EngineRest(rest, json, "admin").get(path);
  }

  private JsonNode post(String path, Object body) throws Exception {
    return new EngineRest(rest, json, "admin").post(path, body);
  }
}
