package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractVersion;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.process.EngineRest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * "Indarbejd aftalte justeringer" cannot be completed empty: when the dialogue meeting agreed an
 * adjustment, the contract holder changes the contract or says why not. Every path acted through
 * engine-rest by the real users: the group chief of Børn og Unge (henrik) plans, the directorate
 * (jens) holds the meeting, Gl. Rye's holder (mette) adjusts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdjustmentRequiredTest {

  private static final String HOLDER = "mette";
  private static final String REASON = "Begrundelse, hvis justeringen ikke indarbejdes";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired DialogueTestData testData;
  @Autowired DialoguePlanner planner;
  @Autowired DialogueMeetings dialogueMeetings;
  @Autowired DialogueService dialogues;
  @Autowired DialogueAgreementRepository agreements;
  @Autowired ContractService contracts;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Test
  void shouldApplyAChangedContractAsNewVersion() throws Exception {
    // Given a dialogue that agreed an adjustment of Gl. Rye's contract
    Dialogue dialogue = dialogueWithAgreement();

    // When the holder changes the goal as agreed
    ResponseEntity<String> answer =
        submitAdjustment(
            dialogue.adjustTask(),
            Map.of(GOALS, json(DialogueTestData.goals("Lavere sygefravær", "Under 4 %"))));

    // Then the task completes, the contract is version 2 with the new target, the agreement applied
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
    runJobs(dialogue.instanceId());
    assertCompleted(dialogue);
    List<ContractVersion> versions = contracts.versions(dialogue.contractId());
    assertThat(versions)
        .extracting(ContractVersion::getReason)
        .containsExactly(
            ContractVersion.Reason.APPROVED, ContractVersion.Reason.DIALOGUE_ADJUSTMENT);
    assertThat(versions.get(1).getNote()).isEqualTo(dialogue.agreedText());
    assertThat(targets(dialogue.contractId())).containsExactly(null, "Under 4 %");
    DialogueAgreement agreement = agreement(dialogue);
    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.APPLIED);
    assertThat(agreement.getAppliedVersion()).isEqualTo(2);
    assertThat(agreement.getAppliedBy()).isEqualTo(HOLDER);
  }

  @Test
  void shouldAcceptAnUnchangedContractWithAReason() throws Exception {
    // Given a dialogue that agreed an adjustment of Gl. Rye's contract
    Dialogue dialogue = dialogueWithAgreement();
    List<String> targetsBefore = targets(dialogue.contractId());

    // When the holder leaves the goals as they are and says why
    ResponseEntity<String> answer =
        submitAdjustment(
            dialogue.adjustTask(),
            Map.of(
                NOT_APPLIED_REASON,
                Map.of(
                    "value",
                    "Sygefraværet er allerede under 4 %; vi fastholder målet og tager det op igen næste år.")));

    // Then the task completes; the goals are unchanged, the reason is recorded and the agreement
    // marked not applied
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
    runJobs(dialogue.instanceId());
    assertCompleted(dialogue);
    assertThat(targets(dialogue.contractId())).isEqualTo(targetsBefore);
    List<ContractVersion> versions = contracts.versions(dialogue.contractId());
    assertThat(versions)
        .extracting(ContractVersion::getReason)
        .containsExactly(
            ContractVersion.Reason.APPROVED, ContractVersion.Reason.DIALOGUE_NOT_APPLIED);
    assertThat(versions.get(1).getContent()).isEqualTo(versions.get(0).getContent());
    assertThat(versions.get(1).getNote())
        .startsWith(dialogue.agreedText())
        .contains(
            "Justeringen er ikke indarbejdet. Begrundelse: Sygefraværet er allerede under 4 %");
    DialogueAgreement agreement = agreement(dialogue);
    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.NOT_APPLIED);
    assertThat(agreement.getAppliedVersion()).isEqualTo(2);
  }

  @Test
  void shouldRefuseAnUnchangedContractWithoutAReasonAndStoreNothing() throws Exception {
    // Given a dialogue that agreed an adjustment of Gl. Rye's contract
    Dialogue dialogue = dialogueWithAgreement();
    List<String> targetsBefore = targets(dialogue.contractId());
    JsonNode prefilled =
        new EngineRest(rest, json, HOLDER)
            .get(
                "/engine-rest/task/"
                    + dialogue.adjustTask()
                    + "/form-variables?deserializeValues=false");

    // When the holder completes the task empty, sends the goals back as prefilled, or gives a blank
    // reason
    List<ResponseEntity<String>> answers =
        List.of(
            submitAdjustment(dialogue.adjustTask(), Map.of()),
            submitAdjustment(
                dialogue.adjustTask(),
                Map.of(
                    GOALS,
                        Map.of("type", "Json", "value", prefilled.get(GOALS).get("value").asText()),
                    LEADERSHIP_SPAN,
                        Map.of("value", prefilled.get(LEADERSHIP_SPAN).get("value").asText()))),
            submitAdjustment(
                dialogue.adjustTask(), Map.of(NOT_APPLIED_REASON, Map.of("value", "   "))));

    // Then each is refused with HTTP 400 and a Danish message naming the reason field
    for (ResponseEntity<String> answer : answers) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
      assertThat(answer.getBody())
          .contains("målene er ikke ændret", REASON, "Intet er gemt")
          .doesNotContain("dk.aarshjul.", "at org.");
    }

    // And nothing is stored: the task is open, the contract has one version and its goals, the
    // agreement is pending
    assertThat(openTasks(dialogue.instanceId())).containsExactly(dialogue.adjustTask());
    assertThat(contracts.versions(dialogue.contractId())).hasSize(1);
    assertThat(targets(dialogue.contractId())).isEqualTo(targetsBefore);
    assertThat(agreement(dialogue).getStatus()).isEqualTo(AgreementStatus.PENDING);
    assertThat(dialogues.get(dialogue.meetingId()).getStatus()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void shouldCompleteWithoutAdjustmentTaskWhenTheMeetingAgreedNoChange() throws Exception {
    // Given a planned dialogue of Gl. Rye
    Dialogue dialogue = plannedDialogue();

    // When the directorate holds the meeting and agrees no adjustment
    hold(dialogue, false, null);

    // Then no adjustment task is created, the dialogue ends and the contract is unchanged
    runJobs(dialogue.instanceId());
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .processInstanceId(dialogue.instanceId())
                .taskDefinitionKey("Task_AdjustContract")
                .count())
        .isZero();
    assertCompleted(dialogue);
    assertThat(contracts.versions(dialogue.contractId())).hasSize(1);
    assertThat(agreements.findByMeetingIdOrderByContractUnitName(dialogue.meetingId())).isEmpty();
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------

  record Dialogue(
      long contractId, long meetingId, String instanceId, String agreedText, String adjustTask) {

    Dialogue withAdjustTask(String agreed, String taskId) {
      return new Dialogue(contractId, meetingId, instanceId, agreed, taskId);
    }
  }

  /**
   * An approved contract of Gl. Rye and its dialogue, planned by the group chief of Børn og Unge.
   */
  private Dialogue plannedDialogue() throws Exception {
    int year = testData.newYear(Map.of("boern-unge", MeetingModel.SINGLE_UNIT));
    long contractId = testData.approvedContract(year, "gl-rye");
    planner.planMeetings(year);
    long meetingId =
        dialogueMeetings.ids(year).stream()
            .filter(id -> dialogues.get(id).getTitle().contains("Gl. Rye"))
            .findFirst()
            .orElseThrow();
    JsonNode instance =
        new EngineRest(rest, json, "admin")
            .post(
                "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start",
                Map.of(
                    "variables",
                    Map.of(
                        YEAR,
                        Map.of("value", year),
                        DIALOGUE_MEETING_ID,
                        Map.of("value", meetingId))));
    String instanceId = instance.get("id").asText();
    new EngineRest(rest, json, "henrik")
        .post(
            "/engine-rest/task/" + onlyTask(instanceId, "henrik") + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    PLANNED_DATE,
                    Map.of("value", year + "-03-12"),
                    PLACE,
                    Map.of("value", "Gl. Rye skole"))));
    return new Dialogue(contractId, meetingId, instanceId, null, null);
  }

  /** A dialogue whose meeting agreed an adjustment, waiting for the holder's adjustment task. */
  private Dialogue dialogueWithAgreement() throws Exception {
    Dialogue dialogue = plannedDialogue();
    String agreed = "Målet for sygefravær skærpes til under 4 %.";
    hold(dialogue, true, agreed);
    return dialogue.withAdjustTask(agreed, onlyTask(dialogue.instanceId(), HOLDER));
  }

  private void hold(Dialogue dialogue, boolean agreed, String agreedText) throws Exception {
    String row =
        agreed
            ? "[{\"unitName\":\"Gl. Rye skole og dagtilbud\",\"agreed\":true,\"agreedText\":\""
                + agreedText
                + "\"}]"
            : "[{\"unitName\":\"Gl. Rye skole og dagtilbud\",\"agreed\":false}]";
    new EngineRest(rest, json, "jens")
        .post(
            "/engine-rest/task/" + onlyTask(dialogue.instanceId(), "jens") + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    MINUTES,
                    Map.of("value", "Drøftet sygefravær og trivsel."),
                    AGREEMENTS,
                    Map.of("type", "Json", "value", row))));
  }

  private ResponseEntity<String> submitAdjustment(String taskId, Map<String, Object> variables) {
    return new EngineRest(rest, json, HOLDER)
        .template()
        .postForEntity(
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", new HashMap<>(variables)),
            String.class);
  }

  private static Map<String, Object> json(String value) {
    return Map.of("type", "Json", "value", value);
  }

  private String onlyTask(String instanceId, String user) throws Exception {
    JsonNode tasks =
        new EngineRest(rest, json, user)
            .get("/engine-rest/task?maxResults=10&processInstanceId=" + instanceId);
    assertThat(tasks).as(user + " sees one task").hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private List<String> openTasks(String instanceId) throws Exception {
    JsonNode tasks =
        new EngineRest(rest, json, "admin")
            .get("/engine-rest/task?maxResults=10&processInstanceId=" + instanceId);
    return java.util.stream.StreamSupport.stream(tasks.spliterator(), false)
        .map(t -> t.get("id").asText())
        .toList();
  }

  /** The job executor's part (off in tests): the hand-off after the adjustment task. */
  private void runJobs(String instanceId) {
    managementService
        .createJobQuery()
        .processInstanceId(instanceId)
        .list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  private void assertCompleted(Dialogue dialogue) {
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(dialogue.instanceId())
                .singleResult()
                .getState())
        .isEqualTo("COMPLETED");
    assertThat(dialogues.get(dialogue.meetingId()).getStatus()).isEqualTo(MeetingStatus.COMPLETED);
  }

  private DialogueAgreement agreement(Dialogue dialogue) {
    List<DialogueAgreement> found =
        agreements.findByMeetingIdOrderByContractUnitName(dialogue.meetingId());
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private List<String> targets(long contractId) {
    return contracts.get(contractId).getGoals().stream().map(Goal::getTarget).toList();
  }
}
