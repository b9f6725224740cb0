package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.aarshjul.organisation.Groups;
import dk.aarshjul.process.EngineForms;
import dk.aarshjul.process.EngineHistory;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through challenge.bpmn (udfordringsret), driven through the FormService as
 * Tasklist does, with the demo municipality's users logged in: mette holds Gl. Rye, jens is in the
 * directorate.
 */
@SpringBootTest
class ChallengeProcessTest {

  /** A test-only contract holder of two units (no demo user holds several). */
  static final String TWO_UNIT_HOLDER = "testtoenheder";

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired ChallengeDeciders challengeDeciders;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired ChallengeService challengeService;
  @Autowired ChallengeRepository challenges;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    EngineForms.ensureUser(
        engine,
        TWO_UNIT_HOLDER,
        "Test",
        "Tooenheder",
        Groups.contractHolder("dagtilbud-ry"),
        Groups.contractHolder("dagtilbud-skanderborg"),
        Groups.CONTRACT_HOLDERS);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldAcceptChallengeAndLetHolderReadDecision() {
    // Given Mette (contract holder of Gl. Rye) challenges an administrative guideline from Tasklist
    ProcessInstance instance = startAs("mette", challengeForm("retningslinje"));

    // Then the challenge is stored for her unit and waits for the directorate
    Challenge challenge = challenge(instance);
    assertThat(challenge.getUnit().getCode()).isEqualTo("gl-rye");
    assertThat(challenge.getKind()).isEqualTo(ChallengeKind.GUIDELINE);
    assertThat(challenge.getSubject()).isEqualTo("Dobbelt registrering af sygefravær");
    assertThat(challenge.getSubmittedBy()).isEqualTo("mette");
    assertThat(challenge.getStatus()).isEqualTo(ChallengeStatus.SUBMITTED);
    assertThat(instance.getBusinessKey())
        .isEqualTo("Udfordringsret " + challenge.getId() + " – Gl. Rye skole og dagtilbud");
    assertThat(instance).isWaitingAt("Task_DecideChallenge");
    assertThat(task(instance)).hasCandidateGroup(Groups.DIRECTORATE);
    // the texts live in the challenge table, the process keeps ids only
    assertThat(runtimeService.getVariables(instance.getId()).keySet())
        .containsExactlyInAnyOrder(CHALLENGE_ID, UNIT_CODE);
    assertThat(
            (String)
                formService.getTaskFormVariables(task(instance).getId()).get(CHALLENGE_SUMMARY))
        .contains(
            "Administrativ retningslinje",
            "Dobbelt registrering af sygefravær",
            "Mette Skov",
            "registreres både i fraværssystemet og i et regneark");

    // When Jens of the directorate accepts it with a reasoning
    completeAs(
        instance,
        "jens",
        Map.of(DECISION, "imoedekom", REASONING, "Regnearket udgår fra 1. marts."));

    // Then Mette reads the outcome and acknowledges it
    assertThat(instance).isWaitingAt("Task_ReadChallengeDecision");
    assertThat(task(instance)).hasCandidateGroup("kontraktholder-gl-rye");
    assertThat((String) formService.getTaskFormVariables(task(instance).getId()).get(OUTCOME_INFO))
        .contains(
            "Direktionen har imødekommet udfordringen",
            "Regnearket udgår fra 1. marts.",
            "Jens Thorsen");
    completeAs(instance, "mette", Map.of(ACKNOWLEDGED, true));

    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_ChallengeAccepted")
        .hasNotPassed("Task_ElaborateChallenge");
    challenge = challenge(instance);
    assertThat(challenge.getStatus()).isEqualTo(ChallengeStatus.ACCEPTED);
    assertThat(challenge.getDecidedAt()).isNotNull();
    assertThat(challenge.getAcknowledgedBy()).isEqualTo("mette");
    assertThat(challengeService.decisions(challenge.getId()))
        .singleElement()
        .satisfies(
            decision -> {
              assertThat(decision.getDecision()).isEqualTo(ChallengeDecisionType.ACCEPT);
              assertThat(decision.getReasoning()).isEqualTo("Regnearket udgår fra 1. marts.");
              assertThat(decision.getDecidedBy()).isEqualTo("jens");
            });
  }

  @Test
  void shouldRejectChallengeAndShowReasoningToHolder() {
    // Given a challenge of a rule by Hanne (Plejecenter Sølund)
    ProcessInstance instance = startAs("hanne", challengeForm("regel"));
    assertThat(challenge(instance).getUnit().getCode()).isEqualTo("soelund");

    // When Karen of the directorate rejects it
    completeAs(
        instance,
        "karen",
        Map.of(
            DECISION, "afvis", REASONING, "Reglen følger af serviceloven og kan ikke fraviges."));

    // Then Hanne sees the rejection and must tick that she has read it
    assertThat(instance).isWaitingAt("Task_ReadChallengeDecision");
    assertThat(task(instance)).hasCandidateGroup("kontraktholder-soelund");
    assertThat((String) formService.getTaskFormVariables(task(instance).getId()).get(OUTCOME_INFO))
        .contains("Direktionen har afvist udfordringen", "serviceloven");
    String readTask = task(instance).getId();
    loginAs("hanne");
    assertThatThrownBy(() -> formService.submitTaskForm(readTask, Map.of(ACKNOWLEDGED, false)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Jeg har læst afgørelsen");
    completeAs(instance, "hanne", Map.of(ACKNOWLEDGED, true));

    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_ChallengeRejected")
        .hasNotPassed("EndEvent_ChallengeAccepted");
    assertThat(challenge(instance).getStatus()).isEqualTo(ChallengeStatus.REJECTED);
    assertThat(challengeService.decisions(challenge(instance).getId()))
        .extracting(ChallengeDecision::getDecision)
        .containsExactly(ChallengeDecisionType.REJECT);
  }

  @Test
  void shouldAskForElaborationThenAccept() {
    // Given a challenge of a task by Mette
    ProcessInstance instance = startAs("mette", challengeForm("opgave"));
    long challengeId = challenge(instance).getId();

    // When the directorate asks for elaboration
    completeAs(
        instance,
        "jens",
        Map.of(DECISION, "uddybning", REASONING, "Hvor mange timer bruger I om måneden?"));

    // Then Mette sees the question, and the challenge awaits her
    assertThat(instance)
        .hasPassed("Gateway_ChallengeDecision")
        .isWaitingAt("Task_ElaborateChallenge");
    assertThat(task(instance)).hasCandidateGroup("kontraktholder-gl-rye");
    assertThat(challenge(instance).getStatus()).isEqualTo(ChallengeStatus.MORE_INFO_REQUESTED);
    assertThat((String) formService.getTaskFormVariables(task(instance).getId()).get(QUESTION_INFO))
        .contains("Direktionen beder om en uddybning", "Hvor mange timer bruger I om måneden?");
    String elaborateTask = task(instance).getId();
    loginAs("mette");
    assertThatThrownBy(() -> formService.submitTaskForm(elaborateTask, Map.of(ELABORATION, " ")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv din uddybning");

    // When she elaborates
    completeAs(
        instance,
        "mette",
        Map.of(ELABORATION, "Omkring 12 timer for ledelsen og 20 for personalet."));

    // Then the directorate decides again, seeing the question and the answer
    assertThat(instance).isWaitingAt("Task_DecideChallenge");
    assertThat(challenge(instance).getStatus()).isEqualTo(ChallengeStatus.SUBMITTED);
    assertThat((String) formService.getTaskFormVariables(task(instance).getId()).get(DIALOGUE_INFO))
        .contains(
            "bad om uddybning:**\n\n> Hvor mange timer",
            "uddybning fra Mette Skov:**\n\n> Omkring 12 timer");
    completeAs(instance, "karen", Map.of(DECISION, "imoedekom", REASONING, "Opgaven bortfalder."));
    completeAs(instance, "mette", Map.of(ACKNOWLEDGED, true));

    assertThat(instance)
        .isEnded()
        .hasPassed("Task_ElaborateChallenge", "EndEvent_ChallengeAccepted");
    assertThat(challenge(instance).getStatus()).isEqualTo(ChallengeStatus.ACCEPTED);
    assertThat(challengeService.decisions(challengeId))
        .extracting(ChallengeDecision::getDecision, ChallengeDecision::getDecidedBy)
        .containsExactly(
            tuple(ChallengeDecisionType.REQUEST_MORE_INFO, "jens"),
            tuple(ChallengeDecisionType.ACCEPT, "karen"));
    assertThat(challengeService.elaborations(challengeId))
        .singleElement()
        .satisfies(
            elaboration -> {
              assertThat(elaboration.getElaboration()).startsWith("Omkring 12 timer");
              assertThat(elaboration.getElaboratedBy()).isEqualTo("mette");
              assertThat(elaboration.getDecisionId())
                  .isEqualTo(challengeService.decisions(challengeId).get(0).getId());
            });
  }

  @Test
  void shouldRejectStartByUserWhoIsNotContractHolder() {
    long before = challenges.count();
    long instancesBefore = startedInstances();

    // When Jens (directorate, no unit: the engine's authorization refuses) or nobody logged in
    // (trusted code
    // without a user: the service refuses) tries to start a challenge
    assertThatThrownBy(() -> startAs("jens", challengeForm("regel")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("CREATE_INSTANCE");
    assertThatThrownBy(() -> formService.submitStartForm(definitionId(), challengeForm("regel")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Du skal være logget ind");

    // Then nothing is stored and no process was started
    assertThat(challenges.count()).isEqualTo(before);
    assertThat(startedInstances()).isEqualTo(instancesBefore);
  }

  @Test
  void shouldNotLetHolderPickUnitTheyDoNotHold() {
    long before = challenges.count();

    // When Mette (Gl. Rye) names Plejecenter Sølund as the unit
    Map<String, Object> form = challengeForm("regel");
    form.put(UNIT_CODE, "soelund");

    // Then she is refused and nothing is stored
    assertThatThrownBy(() -> startAs("mette", form))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Du er ikke kontraktholder for enheden 'soelund'")
        .hasMessageContaining("gl-rye (Gl. Rye skole og dagtilbud)");
    assertThat(challenges.count()).isEqualTo(before);

    // And naming her own unit works
    form.put(UNIT_CODE, "gl-rye");
    assertThat(challenge(startAs("mette", form)).getUnit().getCode()).isEqualTo("gl-rye");
  }

  @Test
  void shouldLetHolderOfSeveralUnitsPickOne() {
    long before = challenges.count();

    // When a holder of two daycare units leaves the unit code empty
    Map<String, Object> form = challengeForm("opgave");
    form.put(UNIT_CODE, "");
    assertThatThrownBy(() -> startAs(TWO_UNIT_HOLDER, form))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Du er kontraktholder for flere enheder")
        .hasMessageContaining(
            "dagtilbud-ry (Dagtilbud Ry), dagtilbud-skanderborg (Dagtilbud Skanderborg By)");
    assertThat(challenges.count()).isEqualTo(before);

    // Then naming one of them stores the challenge for that unit and routes it to its contract
    // holders
    form.put(UNIT_CODE, "Dagtilbud-Ry");
    ProcessInstance instance = startAs(TWO_UNIT_HOLDER, form);
    assertThat(challenge(instance).getUnit().getCode()).isEqualTo("dagtilbud-ry");
    assertThat(challengeDeciders.holder(challenge(instance).getId()))
        .isEqualTo("kontraktholder-dagtilbud-ry");
    assertThat(instance.getBusinessKey()).endsWith(" – Dagtilbud Ry");
  }

  @Test
  void shouldRejectIncompleteOrForgedSubmissionsAndStoreNothing() {
    long before = challenges.count();

    // When the start form lacks the reason, names an unknown kind, or carries an extra variable
    Map<String, Object> noReason = challengeForm("regel");
    noReason.remove(REASON);
    assertThatThrownBy(() -> startAs("mette", noReason))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Begrund, hvorfor det er unødvendigt");
    assertThatThrownBy(() -> startAs("mette", challengeForm("lov")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("'Hvad udfordrer du?' har værdien 'lov', som ikke er et af valgene");
    Map<String, Object> forgedStart = challengeForm("regel");
    forgedStart.put(OUTCOME, "ACCEPTED");
    assertThatThrownBy(() -> startAs("mette", forgedStart))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Formularen har ikke feltet 'outcome'");
    assertThat(challenges.count()).isEqualTo(before);

    // And when the directorate's decision lacks a reasoning or forges the outcome
    ProcessInstance instance = startAs("mette", challengeForm("regel"));
    String decideTask = task(instance).getId();
    loginAs("jens");
    assertThatThrownBy(() -> formService.submitTaskForm(decideTask, Map.of(DECISION, "afvis")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Begrund afgørelsen");
    assertThatThrownBy(() -> formService.submitTaskForm(decideTask, Map.of(REASONING, "x")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Vælg om udfordringen imødekommes");
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    decideTask,
                    Map.of(DECISION, "uddybning", REASONING, "Hvorfor?", OUTCOME, "ACCEPTED")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("outcome");

    // Then no decision is stored and the task is still open
    assertThat(instance).isWaitingAt("Task_DecideChallenge");
    assertThat(challenge(instance).getStatus()).isEqualTo(ChallengeStatus.SUBMITTED);
    assertThat(challengeService.decisions(challenge(instance).getId())).isEmpty();
    assertThat(runtimeService.getVariable(instance.getId(), OUTCOME)).isNull();
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  /** What Tasklist's start form submits (the unit code field left out). */
  private static Map<String, Object> challengeForm(String kind) {
    Map<String, Object> form = new HashMap<>();
    form.put(KIND, kind);
    form.put(SUBJECT, "Dobbelt registrering af sygefravær");
    form.put(
        REASON,
        "Sygefravær registreres både i fraværssystemet og i et regneark til området. Det tager tid fra børnene.");
    form.put(
        PROPOSED_CHANGE, "Regnearket bortfalder; området trækker tallene fra fraværssystemet.");
    return form;
  }

  private void loginAs(String userId) {
    EngineForms.loginAs(engine, userId);
  }

  private ProcessInstance startAs(String userId, Map<String, Object> form) {
    return EngineForms.startAs(engine, PROCESS_KEY, userId, form);
  }

  private void completeAs(ProcessInstance instance, String userId, Map<String, Object> form) {
    EngineForms.completeAs(engine, task(instance).getId(), userId, form);
  }

  private String definitionId() {
    return EngineForms.definitionId(engine, PROCESS_KEY);
  }

  private long startedInstances() {
    return EngineForms.startedInstances(engine, PROCESS_KEY);
  }

  private Challenge challenge(ProcessInstance instance) {
    return challengeService.get(EngineHistory.storedId(engine, instance.getId(), CHALLENGE_ID));
  }
}
