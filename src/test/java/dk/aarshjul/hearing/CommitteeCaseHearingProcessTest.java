package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dk.aarshjul.access.RefusedActionException;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.process.EngineForms;
import dk.aarshjul.process.EngineHistory;
import dk.aarshjul.process.EngineJobs;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through committee-case-hearing.bpmn (høring før udvalgsbehandling), driven
 * through the FormService as Tasklist does, with the demo municipality's users logged in: sofie is
 * the secretariat of Børne- og Undervisningsudvalget (gl-rye: leader mette, MED karsten;
 * niels-ebbesen: peter, jette; dagtilbud-skanderborg: lone, no MED), mads of Social- og
 * Sundhedsudvalget (soelund). The job executor is off: the hand-offs after each hearing run
 * explicitly, a deadline's timer fires only when a test fires it.
 */
@SpringBootTest
class CommitteeCaseHearingProcessTest {

  static final String CHILDREN = "boerne-og-undervisningsudvalget";
  static final String CHILDREN_SECRETARIAT = "udvalgssekretariat-" + CHILDREN;

  /** A test-only member of the role group who is no committee's secretary. */
  static final String NO_COMMITTEE = "testudenudvalg";

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired CommitteeCases cases;
  @Autowired CommitteeCaseRepository caseRepository;
  @Autowired HearingRepository hearingRepository;
  @Autowired HearingDeciders hearingDeciders;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    EngineForms.ensureUser(
        engine, NO_COMMITTEE, "Test", "Udenudvalg", Groups.COMMITTEE_SECRETARIATS);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldHearLeaderAndWorksCouncilThenPutCaseOnAgendaAndRegisterDecision() {
    // Given Sofie (secretariat of Børne- og Undervisningsudvalget) starts a case from Tasklist
    ProcessInstance instance = startAs("sofie", Map.of());
    assertThat(instance).isWaitingAt("Task_RegisterCase");
    assertThat(instance.getBusinessKey()).isEqualTo("Børne- og Undervisningsudvalget/Ny sag");
    Task register = task(instance, "Task_RegisterCase");
    assertThat(candidateGroups(register)).containsExactly(CHILDREN_SECRETARIAT);
    Map<String, Object> registerForm = formService.getTaskFormVariables(register.getId());
    assertThat((String) registerForm.get(COMMITTEE_INFO))
        .contains("Ny sag til Børne- og Undervisningsudvalget", "kl. 16.00");
    assertThat(registerForm.get(UNIT_OPTIONS).toString())
        .contains(
            "Gl. Rye skole og dagtilbud (leder og lokal-MED høres)",
            "Dagtilbud Skanderborg By (lederen høres)")
        .doesNotContain("soelund");

    // When she registers a case about Gl. Rye for the meeting in a month, hearing deadline in two
    // weeks
    completeAs(register, "sofie", caseForm(List.of("gl-rye"), inDays(14), inDays(30)));

    // Then the case and one hearing for the leader and one for the MED are stored, the process
    // carries ids only
    CommitteeCase committeeCase = committeeCase(instance);
    assertThat(committeeCase.getTitle()).isEqualTo("Sammenlægning af SFO og klub");
    assertThat(committeeCase.getStatus()).isEqualTo(CaseStatus.IN_HEARING);
    assertThat(committeeCase.getRegisteredBy()).isEqualTo("sofie");
    assertThat(committeeCase.getMeetingDate()).isEqualTo(inDays(30));
    assertThat(committeeCase.getProcessInstanceId()).isEqualTo(instance.getId());
    assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
        .containsExactlyInAnyOrder(COMMITTEE_CODE, CASE_ID);
    assertThat(businessKey(instance))
        .isEqualTo("Børne- og Undervisningsudvalget/Sammenlægning af SFO og klub");
    assertThat(cases.hearings(committeeCase.getId()))
        .extracting(Hearing::getParty, Hearing::getStatus, Hearing::getDeadline)
        .containsExactly(
            tuple(HearingParty.LEADER, HearingStatus.WAITING, inDays(14)),
            tuple(HearingParty.WORKS_COUNCIL, HearingStatus.WAITING, inDays(14)));
    assertThat(instance).isWaitingAt("Task_AnswerHearing");
    Task leader = hearingTask(instance, "kontraktholder-gl-rye");
    Task worksCouncil = hearingTask(instance, "med-gl-rye");
    assertThat(leader.getDueDate()).isEqualTo(closing(inDays(14)));
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("Timer_HearingDeadline")
                .timers()
                .list())
        .extracting(Job::getDuedate)
        .containsOnly(closing(inDays(14)));

    // And the leader sees the case with the deadline in Danish and may ask to present, the MED not
    Map<String, Object> leaderForm = formService.getTaskFormVariables(leader.getId());
    assertThat((String) leaderForm.get(HEARING_INFO))
        .contains(
            "Høring: Gl. Rye skole og dagtilbud – leder",
            FormValues.longDate(inDays(14)) + " kl. 16.00",
            "Som leder kan du bede om at fremlægge sagen");
    assertThat((String) leaderForm.get(CASE_INFO))
        .contains(
            "Sammenlægning af SFO og klub",
            "**Enheder, sagen omhandler:** Gl. Rye skole og dagtilbud",
            "**Udvalgsmøde:** " + FormValues.longDate(inDays(30)),
            "Sofie Nørgaard",
            "> SFO og klub lægges sammen");
    assertThat(leaderForm.get(LEADER_HEARING)).isEqualTo(true);
    assertThat(leaderForm.get(FormTaskListener.SUBJECT))
        .isEqualTo("Gl. Rye skole og dagtilbud – Sammenlægning af SFO og klub");
    Map<String, Object> medForm = formService.getTaskFormVariables(worksCouncil.getId());
    assertThat((String) medForm.get(HEARING_INFO))
        .contains("lokal-MED", "lokal-MEDs høringssvar")
        .doesNotContain("Som leder");
    assertThat(medForm.get(LEADER_HEARING)).isEqualTo(false);

    // When Mette (leader) and Karsten (MED) answer
    completeAs(leader, "mette", Map.of(ANSWER, "Vi bakker op om sammenlægningen."));
    completeAs(worksCouncil, "karsten", Map.of(ANSWER, "MED ønsker en plan for personalet."));
    runJobs(instance);

    // Then the case is heard and waits for the agenda, showing both answers
    assertThat(instance)
        .hasPassed("EndEvent_HearingAnswered")
        .hasNotPassed("Task_RecordHearingNotAnswered")
        .isWaitingAt("Task_PutCaseOnAgenda");
    assertThat(committeeCase(instance).getStatus()).isEqualTo(CaseStatus.HEARD);
    Task agenda = task(instance, "Task_PutCaseOnAgenda");
    assertThat(candidateGroups(agenda)).containsExactly(CHILDREN_SECRETARIAT);
    assertThat(agenda.getDueDate()).isEqualTo(closing(inDays(30)));
    Map<String, Object> agendaForm = formService.getTaskFormVariables(agenda.getId());
    assertThat((String) agendaForm.get(ANSWERS_INFO))
        .contains("2 af 2 høringer besvaret", "**Ønsker at fremlægge sagen for udvalget:** ingen");
    assertThat(agendaForm.get(ANSWERS_BY_UNIT).toString())
        .contains(
            "##### Gl. Rye skole og dagtilbud",
            "**Leder:** besvaret af Mette Skov",
            "> Vi bakker op om sammenlægningen.",
            "**Lokal-MED:** besvaret af Karsten Holm",
            "> MED ønsker en plan for personalet.");
    assertThat(agendaForm.get(AGENDA_DATE)).isEqualTo(inDays(30).toString());

    // When the read-only answers come back altered (a client beyond the form), they are refused
    String answersByUnit = agendaForm.get(ANSWERS_BY_UNIT).toString();
    assertThatThrownBy(
            () ->
                completeAs(
                    agenda,
                    "sofie",
                    Map.of(
                        AGENDA_DATE,
                        inDays(30).toString(),
                        ANSWERS_BY_UNIT,
                        SpinValues.jsonValue(answersByUnit.replace("Vi bakker op", "Vi er imod"))
                            .create())))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("kan ikke ændres");

    // When Sofie puts it on the agenda of the planned meeting (Tasklist sends the list back as it
    // was) and registers the decision
    completeAs(
        agenda,
        "sofie",
        Map.of(
            AGENDA_DATE,
            inDays(30).toString(),
            ANSWERS_BY_UNIT,
            SpinValues.jsonValue(answersByUnit).create()));
    Task decision = task(instance, "Task_RegisterCommitteeDecision");
    assertThat(decision.getDueDate()).isEqualTo(closing(inDays(37)));
    completeAs(
        decision,
        "sofie",
        Map.of(
            DECISION,
            "Udvalget godkendte indstillingen med MEDs bemærkning.",
            PRESENTED_UNITS,
            SpinValues.jsonValue("[]").create()));

    // Then the process ends with the decision registered
    assertThat(instance).isEnded().hasPassed("EndEvent_CaseDecided");
    committeeCase = committeeCase(instance);
    assertThat(committeeCase.getStatus()).isEqualTo(CaseStatus.DECIDED);
    assertThat(committeeCase.getAgendaDate()).isEqualTo(inDays(30));
    assertThat(committeeCase.getPutOnAgendaBy()).isEqualTo("sofie");
    assertThat(committeeCase.getDecision())
        .isEqualTo("Udvalget godkendte indstillingen med MEDs bemærkning.");
    assertThat(committeeCase.getDecidedBy()).isEqualTo("sofie");
    assertThat(cases.hearings(committeeCase.getId()))
        .extracting(
            Hearing::getParty,
            Hearing::getStatus,
            Hearing::getAnsweredBy,
            Hearing::getWantsToPresent,
            Hearing::getPresented)
        .containsExactly(
            tuple(HearingParty.LEADER, HearingStatus.ANSWERED, "mette", false, false),
            tuple(HearingParty.WORKS_COUNCIL, HearingStatus.ANSWERED, "karsten", null, null));
  }

  @Test
  void shouldRecordAHearingAsNotAnsweredWhenItsDeadlinePasses() {
    // Given a case about Gl. Rye, whose leader answers
    ProcessInstance instance = registeredCase(List.of("gl-rye"));
    completeAs(
        hearingTask(instance, "kontraktholder-gl-rye"),
        "mette",
        Map.of(ANSWER, "Ingen bemærkninger."));
    runJobs(instance);
    assertThat(instance).isWaitingAt("Task_AnswerHearing");

    // When the MED's hearing deadline passes (its timer fires)
    Task worksCouncil = hearingTask(instance, "med-gl-rye");
    fireDeadline(instance, worksCouncil);

    // Then the MED's hearing is recorded as not answered, and the case goes on to the agenda
    assertThat(instance)
        .hasPassed(
            "Timer_HearingDeadline", "Task_RecordHearingNotAnswered", "EndEvent_HearingNotAnswered")
        .isWaitingAt("Task_PutCaseOnAgenda");
    long caseId = committeeCase(instance).getId();
    assertThat(cases.hearings(caseId))
        .extracting(Hearing::getParty, Hearing::getStatus)
        .containsExactly(
            tuple(HearingParty.LEADER, HearingStatus.ANSWERED),
            tuple(HearingParty.WORKS_COUNCIL, HearingStatus.NOT_ANSWERED));
    assertThat(cases.hearings(caseId).get(1).getClosedAt()).isNotNull();
    assertThat(cases.hearings(caseId).get(1).getAnswer()).isNull();
    assertThat(committeeCase(instance).getStatus()).isEqualTo(CaseStatus.HEARD);
    Map<String, Object> agendaForm =
        formService.getTaskFormVariables(task(instance, "Task_PutCaseOnAgenda").getId());
    assertThat((String) agendaForm.get(ANSWERS_INFO))
        .contains("1 af 2 høringer besvaret, 1 ikke besvaret inden fristen");
    assertThat(agendaForm.get(ANSWERS_BY_UNIT).toString())
        .contains(
            "**Leder:** besvaret af Mette Skov",
            "**Lokal-MED:** *ikke besvaret inden fristen "
                + FormValues.longDate(inDays(14))
                + " kl. 16.00*");

    // And the MED can no longer answer (its task is gone, the service refuses)
    assertThat(engine.getTaskService().createTaskQuery().taskId(worksCouncil.getId()).count())
        .isZero();
    long medHearing = cases.hearings(caseId).get(1).getId();
    assertThatThrownBy(() -> cases.answer(medHearing, "For sent.", null, "karsten"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Høringen er afsluttet (ikke besvaret inden fristen)");

    // And the case is put on the agenda and decided as usual
    completeAs(
        task(instance, "Task_PutCaseOnAgenda"),
        "sofie",
        Map.of(AGENDA_DATE, inDays(30).toString()));
    completeAs(
        task(instance, "Task_RegisterCommitteeDecision"),
        "sofie",
        Map.of(DECISION, "Udvalget godkendte indstillingen."));
    assertThat(instance).isEnded().hasPassed("EndEvent_CaseDecided");
  }

  @Test
  void shouldHearLeaderAndWorksCouncilOfEachUnitAndOnlyTheLeaderOfAUnitWithoutOne() {
    // When a case about Gl. Rye and Niels Ebbesen Skolen (both with a MED) is registered
    ProcessInstance schools = registeredCase(List.of("niels-ebbesen", "gl-rye"));

    // Then four hearings are sent: leader and MED of each unit, by unit name
    assertThat(cases.hearings(committeeCase(schools).getId())).hasSize(4);
    assertThat(candidateGroupsOfHearingTasks(schools))
        .containsExactlyInAnyOrder(
            "kontraktholder-gl-rye",
            "med-gl-rye",
            "kontraktholder-niels-ebbesen",
            "med-niels-ebbesen");
    assertThat(committeeCase(schools).getUnitIds()).hasSize(2);
    assertThat(
            (String)
                formService
                    .getTaskFormVariables(hearingTask(schools, "med-niels-ebbesen").getId())
                    .get(CASE_INFO))
        .contains("**Enheder, sagen omhandler:** Gl. Rye skole og dagtilbud, Niels Ebbesen Skolen");

    // When a case about Dagtilbud Skanderborg By (no MED) is registered
    ProcessInstance daycare = registeredCase(List.of("dagtilbud-skanderborg"));

    // Then only its leader is heard
    assertThat(cases.hearings(committeeCase(daycare).getId()))
        .extracting(Hearing::getParty)
        .containsExactly(HearingParty.LEADER);
    assertThat(candidateGroupsOfHearingTasks(daycare))
        .containsExactly("kontraktholder-dagtilbud-skanderborg");

    // And when all four school hearings are answered at length (3,900 characters each)
    for (String group :
        List.of(
            "kontraktholder-gl-rye",
            "med-gl-rye",
            "kontraktholder-niels-ebbesen",
            "med-niels-ebbesen")) {
      assertThat(committeeCase(schools).getStatus()).isEqualTo(CaseStatus.IN_HEARING);
      completeAs(hearingTask(schools, group), member(group), Map.of(ANSWER, longAnswer(group)));
    }
    runJobs(schools);

    // Then the case waits for the agenda, and the secretariat sees every answer whole
    assertThat(schools).isWaitingAt("Task_PutCaseOnAgenda");
    assertThat(committeeCase(schools).getStatus()).isEqualTo(CaseStatus.HEARD);
    Map<String, Object> agendaForm =
        formService.getTaskFormVariables(task(schools, "Task_PutCaseOnAgenda").getId());
    assertThat((String) agendaForm.get(ANSWERS_INFO)).contains("4 af 4 høringer besvaret");
    assertThat(agendaForm.get(ANSWERS_BY_UNIT).toString())
        .contains(
            "##### Gl. Rye skole og dagtilbud",
            "##### Niels Ebbesen Skolen",
            longAnswer("kontraktholder-gl-rye"),
            longAnswer("med-gl-rye"),
            longAnswer("kontraktholder-niels-ebbesen"),
            longAnswer("med-niels-ebbesen"));
  }

  @Test
  void shouldLetTheLeaderAskToPresentTheCaseAndRegisterThatShePresentedIt() {
    // Given a case about Gl. Rye
    ProcessInstance instance = registeredCase(List.of("gl-rye"));

    // When the MED ticks that it wants to present (a client beyond the form), it is refused
    Task worksCouncil = hearingTask(instance, "med-gl-rye");
    assertThatThrownBy(
            () ->
                completeAs(
                    worksCouncil, "karsten", Map.of(ANSWER, "Enig.", WANTS_TO_PRESENT, true)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Kun enhedens leder kan bede om at fremlægge sagen");
    completeAs(worksCouncil, "karsten", Map.of(ANSWER, "Enig."));

    // When Mette answers and asks to present the case to the committee
    completeAs(
        hearingTask(instance, "kontraktholder-gl-rye"),
        "mette",
        Map.of(ANSWER, "Vi fremlægger gerne sagen.", WANTS_TO_PRESENT, true));
    runJobs(instance);

    // Then the secretariat sees her wish on the agenda task and in the decision's options
    Task agenda = task(instance, "Task_PutCaseOnAgenda");
    Map<String, Object> agendaForm = formService.getTaskFormVariables(agenda.getId());
    assertThat((String) agendaForm.get(ANSWERS_INFO))
        .contains(
            "**Ønsker at fremlægge sagen for udvalget:** Mette Skov (Gl. Rye skole og dagtilbud)");
    assertThat(agendaForm.get(ANSWERS_BY_UNIT).toString())
        .contains("besvaret af Mette Skov", "– ønsker at fremlægge sagen");
    // a later meeting than planned
    completeAs(agenda, "sofie", Map.of(AGENDA_DATE, inDays(44).toString()));
    Task decision = task(instance, "Task_RegisterCommitteeDecision");
    assertThat(decision.getDueDate()).isEqualTo(closing(inDays(51)));
    Map<String, Object> decisionForm = formService.getTaskFormVariables(decision.getId());
    assertThat(decisionForm.get(PRESENTER_OPTIONS).toString())
        .contains("Lederen af Gl. Rye skole og dagtilbud (bad om at fremlægge)");
    assertThat((String) decisionForm.get(CASE_INFO))
        .contains("(på dagsordenen for mødet " + FormValues.longDate(inDays(44)) + ")");

    // When the decision is registered with Mette as presenter
    completeAs(
        decision,
        "sofie",
        Map.of(
            DECISION,
            "Udvalget tog orienteringen til efterretning.",
            PRESENTED_UNITS,
            SpinValues.jsonValue("[\"gl-rye\"]").create()));

    // Then her hearing records the wish and that she presented
    assertThat(instance).isEnded();
    assertThat(cases.hearings(committeeCase(instance).getId()))
        .extracting(Hearing::getParty, Hearing::getWantsToPresent, Hearing::getPresented)
        .containsExactly(
            tuple(HearingParty.LEADER, true, true), tuple(HearingParty.WORKS_COUNCIL, null, null));
    assertThat(committeeCase(instance).getAgendaDate()).isEqualTo(inDays(44));
  }

  @Test
  void shouldRefuseStartByUserWhoIsNotTheCommitteesSecretariat() {
    long instancesBefore = startedInstances();

    // When Mads (secretariat of Social- og Sundhedsudvalget) starts a case for Børne- og
    // Undervisningsudvalget
    assertThatThrownBy(
            () -> startAs("mads", Map.of(COMMITTEE_CODE, "Børne- og Undervisningsudvalget")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Du er ikke sekretær for Børne- og Undervisningsudvalget")
        .hasMessageContaining("Social- og Sundhedsudvalget (social-og-sundhedsudvalget)");
    // a member of the role group who serves no committee
    assertThatThrownBy(() -> startAs(NO_COMMITTEE, Map.of()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("du er ikke sekretær for noget udvalg");
    assertThatThrownBy(() -> startAs(NO_COMMITTEE, Map.of(COMMITTEE_CODE, CHILDREN)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Du er ikke sekretær for Børne- og Undervisningsudvalget");
    // an unknown committee
    assertThatThrownBy(() -> startAs("sofie", Map.of(COMMITTEE_CODE, "Teknik- og Miljøudvalget")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Udvalget 'Teknik- og Miljøudvalget' findes ikke");
    // Mette (a contract holder, not in udvalgssekretariater): the engine's authorization refuses
    assertThatThrownBy(() -> startAs("mette", Map.of()))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("CREATE_INSTANCE");
    // nobody logged in
    assertThatThrownBy(() -> formService.submitStartForm(definitionId(), Map.of()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Du skal være logget ind");

    // Then no process was started
    assertThat(startedInstances()).isEqualTo(instancesBefore);

    // And Mads starts a case for his own committee, named or not
    ProcessInstance own = startAs("mads", Map.of(COMMITTEE_CODE, "social-og-sundhedsudvalget"));
    assertThat(engine.getRuntimeService().getVariable(own.getId(), COMMITTEE_CODE))
        .isEqualTo("social-og-sundhedsudvalget");
    assertThat(hearingDeciders.secretariat("social-og-sundhedsudvalget"))
        .isEqualTo("udvalgssekretariat-social-og-sundhedsudvalget");
  }

  @Test
  void shouldRefuseAUnitOfAnotherCommitteeAndStoreNothing() {
    // Given Sofie's registration task
    ProcessInstance instance = startAs("sofie", Map.of());
    Task register = task(instance, "Task_RegisterCase");
    long casesBefore = caseRepository.count();
    long hearingsBefore = hearingRepository.count();

    // When she marks Plejecenter Sølund (Social- og Sundhedsudvalget's) through the form
    assertThatThrownBy(
            () ->
                completeAs(
                    register,
                    "sofie",
                    caseForm(List.of("gl-rye", "soelund"), inDays(14), inDays(30))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("'soelund', som ikke er et af valgene");
    // and the service refuses it for itself (a changed list of options)
    assertThatThrownBy(
            () ->
                cases.register(
                    CHILDREN,
                    "Sag",
                    "Tekst",
                    List.of("soelund"),
                    inDays(30).toString(),
                    inDays(14).toString(),
                    "sofie",
                    instance.getId()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Enheden 'soelund' hører ikke under Børne- og Undervisningsudvalget")
        .hasMessageContaining("Gl. Rye skole og dagtilbud");
    // and no unit at all
    assertThatThrownBy(
            () -> completeAs(register, "sofie", caseForm(List.of(), inDays(14), inDays(30))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Markér de enheder, sagen omhandler");

    // Then nothing is stored and the task is still open
    assertThat(caseRepository.count()).isEqualTo(casesBefore);
    assertThat(hearingRepository.count()).isEqualTo(hearingsBefore);
    assertThat(instance).isWaitingAt("Task_RegisterCase");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), CASE_ID)).isNull();
  }

  @Test
  void shouldRefuseADeadlineAfterTheMeetingOrNotAfterToday() {
    // Given Sofie's registration task
    ProcessInstance instance = startAs("sofie", Map.of());
    Task register = task(instance, "Task_RegisterCase");
    long casesBefore = caseRepository.count();

    // When the deadline is after the meeting, today, or missing
    assertThatThrownBy(
            () ->
                completeAs(register, "sofie", caseForm(List.of("gl-rye"), inDays(31), inDays(30))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(
            "Høringsfristen "
                + FormValues.longDate(inDays(31))
                + " ligger efter udvalgsmødet "
                + FormValues.longDate(inDays(30)));
    assertThatThrownBy(
            () -> completeAs(register, "sofie", caseForm(List.of("gl-rye"), inDays(0), inDays(30))))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Høringsfristen skal ligge efter i dag");
    Map<String, Object> noDeadline = caseForm(List.of("gl-rye"), inDays(14), inDays(30));
    noDeadline.remove(HEARING_DEADLINE);
    assertThatThrownBy(() -> completeAs(register, "sofie", noDeadline))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Angiv høringsfristen");

    // Then nothing is stored
    assertThat(caseRepository.count()).isEqualTo(casesBefore);
    assertThat(instance).isWaitingAt("Task_RegisterCase");

    // And a deadline on the meeting day is accepted
    completeAs(register, "sofie", caseForm(List.of("gl-rye"), inDays(30), inDays(30)));
    assertThat(instance).isWaitingAt("Task_AnswerHearing");
  }

  @Test
  void shouldRefusePuttingTheCaseOnTheAgendaWhileAHearingWaits() {
    // Given a case whose leader has answered, while the MED's hearing waits
    ProcessInstance instance = registeredCase(List.of("gl-rye"));
    completeAs(hearingTask(instance, "kontraktholder-gl-rye"), "mette", Map.of(ANSWER, "Enig."));
    runJobs(instance);
    long caseId = committeeCase(instance).getId();

    // When the secretariat tries to put it on the agenda through the service
    assertThatThrownBy(() -> cases.putOnAgenda(caseId, inDays(30).toString(), "sofie"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Sagen kan ikke sættes på dagsordenen, før alle høringer er besvaret")
        .hasMessageContaining(
            "Gl. Rye skole og dagtilbud (lokal-MED, frist "
                + FormValues.longDate(inDays(14))
                + ")");

    // Then nothing changed: the case is in hearing, and the decision cannot be registered either
    assertThat(committeeCase(instance).getStatus()).isEqualTo(CaseStatus.IN_HEARING);
    assertThat(committeeCase(instance).getAgendaDate()).isNull();
    assertThatThrownBy(() -> cases.decide(caseId, "Godkendt.", List.of(), "sofie"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Sagen er ikke sat på udvalgets dagsorden endnu");
    assertThat(instance).isWaitingAt("Task_AnswerHearing");
  }

  @Test
  void shouldRefuseAWorksCouncilMemberAnsweringTheLeadersHearing() {
    // Given a case about Gl. Rye
    ProcessInstance instance = registeredCase(List.of("gl-rye"));
    Task leader = hearingTask(instance, "kontraktholder-gl-rye");

    // When Karsten (Gl. Rye's MED) answers the leader's hearing, the engine's authorization
    // refuses
    assertThatThrownBy(() -> completeAs(leader, "karsten", Map.of(ANSWER, "Svar fra MED.")))
        .isInstanceOf(AuthorizationException.class);

    // And when the leader's task was assigned to him by mistake, the deciding-group check refuses
    engine.getTaskService().setAssignee(leader.getId(), "karsten");
    assertThatThrownBy(() -> completeAs(leader, "karsten", Map.of(ANSWER, "Svar fra MED.")))
        .isInstanceOf(RefusedActionException.class)
        .hasMessageContaining("Du kan ikke løse denne opgave");

    // Then the leader's hearing still waits for the leader
    assertThat(cases.hearings(committeeCase(instance).getId()).get(0).getStatus())
        .isEqualTo(HearingStatus.WAITING);
    assertThat(
            hearingDeciders.party(cases.hearings(committeeCase(instance).getId()).get(0).getId()))
        .isEqualTo("kontraktholder-gl-rye");
    engine.getTaskService().setAssignee(leader.getId(), null);
    completeAs(leader, "mette", Map.of(ANSWER, "Enig."));
    assertThat(cases.hearings(committeeCase(instance).getId()).get(0).getStatus())
        .isEqualTo(HearingStatus.ANSWERED);
  }

  @Test
  void shouldRunAsCallActivityWithTheCommitteeAModelPasses() {
    // Given a model calling the block with the committee (as Slagelse's main process will)
    BpmnModelInstance caller =
        Bpmn.createExecutableProcess("test-committee-case-hearing-caller")
            .camundaHistoryTimeToLive(3650)
            .startEvent()
            .callActivity("CallActivity_CommitteeCaseHearing")
            .calledElement(PROCESS_KEY)
            .camundaIn(COMMITTEE_CODE, COMMITTEE_CODE)
            .endEvent()
            .done();
    CamundaIn businessKey = caller.newInstance(CamundaIn.class);
    businessKey.setCamundaBusinessKey("#{execution.processBusinessKey}");
    caller
        .<CallActivity>getModelElementById("CallActivity_CommitteeCaseHearing")
        .getExtensionElements()
        .addChildElement(businessKey);
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("test-committee-case-hearing-caller.bpmn", caller)
        .deploy();

    // When the model reaches the block for Social- og Sundhedsudvalget
    ProcessInstance main =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "test-committee-case-hearing-caller",
                "2027/Social- og Sundhedsudvalget",
                Map.of(COMMITTEE_CODE, "social-og-sundhedsudvalget", "other", "stays outside"));
    ProcessInstance block =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(main.getId())
            .singleResult();

    // Then the committee's secretariat registers the case, and the block holds only its own ids
    assertThat(block).isWaitingAt("Task_RegisterCase");
    assertThat(block.getBusinessKey()).isEqualTo("2027/Social- og Sundhedsudvalget");
    assertThat(candidateGroups(task(block, "Task_RegisterCase")))
        .containsExactly("udvalgssekretariat-social-og-sundhedsudvalget");
    assertThat(engine.getRuntimeService().getVariables(block.getId()).keySet())
        .containsExactly(COMMITTEE_CODE);
    completeAs(
        task(block, "Task_RegisterCase"),
        "mads",
        caseForm(List.of("soelund"), inDays(14), inDays(30)));
    assertThat(candidateGroupsOfHearingTasks(block))
        .containsExactlyInAnyOrder("kontraktholder-soelund", "med-soelund");
    // the model's business key stays
    assertThat(businessKey(block)).isEqualTo("2027/Social- og Sundhedsudvalget");

    // And a model that passes no committee is refused
    assertThatThrownBy(
            () ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey("test-committee-case-hearing-caller"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Angiv udvalget, som sagen skal behandles i");
  }

  @Test
  void shouldNameACaseStartedByHandItselfWhateverKeyTheClientSends() {
    // Given a secretary starts a case from a REST client, sending a business key of her own
    String definitionId = definitionId();
    loginAs("mads");
    ProcessInstance started;
    try {
      started =
          formService.submitStartForm(
              definitionId,
              "2027/Fyring af lederen på Plejecenter Sølund",
              Map.of(COMMITTEE_CODE, "social-og-sundhedsudvalget"));
    } finally {
      identityService.clearAuthentication();
    }

    // Then the case gets Årshjul's key, which the units' task lists show, not hers
    assertThat(businessKey(started))
        .isEqualTo("Social- og Sundhedsudvalget/Ny sag")
        .doesNotContain("Fyring");
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** What Tasklist's registration form submits. */
  private static Map<String, Object> caseForm(
      List<String> units, LocalDate deadline, LocalDate meeting) {
    Map<String, Object> form = new HashMap<>();
    form.put(CASE_TITLE, "Sammenlægning af SFO og klub");
    form.put(
        CASE_DESCRIPTION,
        "SFO og klub lægges sammen fra 1. august.\nUdvalget skal tage stilling til indstillingen.");
    form.put(
        UNITS_CONCERNED,
        SpinValues.jsonValue(
                units.stream()
                    .map(code -> "\"" + code + "\"")
                    .collect(java.util.stream.Collectors.joining(",", "[", "]")))
            .create());
    form.put(MEETING_DATE, meeting.toString());
    form.put(HEARING_DEADLINE, deadline.toString());
    return form;
  }

  /** A case of Børne- og Undervisningsudvalget registered by Sofie, in hearing. */
  private ProcessInstance registeredCase(List<String> units) {
    ProcessInstance instance = startAs("sofie", Map.of());
    completeAs(
        task(instance, "Task_RegisterCase"), "sofie", caseForm(units, inDays(14), inDays(30)));
    return instance;
  }

  private static LocalDate inDays(int days) {
    return LocalDate.now(FormValues.DENMARK).plusDays(days);
  }

  /** 16:00 Danish time on the day. */
  private static java.util.Date closing(LocalDate day) {
    return java.util.Date.from(day.atTime(16, 0).atZone(FormValues.DENMARK).toInstant());
  }

  /** An answer of 3,900 characters naming its group. */
  private static String longAnswer(String group) {
    String start = "Svar fra " + group + ": ";
    return start + "a".repeat(3900 - start.length());
  }

  /** The demo's member of a unit group. */
  private static String member(String group) {
    return switch (group) {
      case "kontraktholder-gl-rye" -> "mette";
      case "med-gl-rye" -> "karsten";
      case "kontraktholder-niels-ebbesen" -> "peter";
      case "med-niels-ebbesen" -> "jette";
      default -> throw new IllegalArgumentException(group);
    };
  }

  private void loginAs(String userId) {
    EngineForms.loginAs(engine, userId);
  }

  private ProcessInstance startAs(String userId, Map<String, Object> form) {
    return EngineForms.startAs(engine, PROCESS_KEY, userId, form);
  }

  private void completeAs(Task task, String userId, Map<String, Object> form) {
    EngineForms.completeAs(engine, task.getId(), userId, form);
  }

  private Task task(ProcessInstance instance, String activityId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(activityId)
        .singleResult();
  }

  private Task hearingTask(ProcessInstance instance, String candidateGroup) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey("Task_AnswerHearing")
        .taskCandidateGroup(candidateGroup)
        .singleResult();
  }

  private List<String> candidateGroupsOfHearingTasks(ProcessInstance instance) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey("Task_AnswerHearing")
        .list()
        .stream()
        .flatMap(task -> candidateGroups(task).stream())
        .toList();
  }

  private List<String> candidateGroups(Task task) {
    return EngineForms.candidateGroups(engine, task.getId());
  }

  /** Runs the instance's asynchronous hand-offs (never a timer), as the job executor would. */
  private void runJobs(ProcessInstance instance) {
    EngineJobs.runJobs(engine, instance.getId());
  }

  /** Fires the deadline timer of the hearing's task (its date lies in the future). */
  private void fireDeadline(ProcessInstance instance, Task hearingTask) {
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId("Timer_HearingDeadline")
            .timers()
            .list()
            .stream()
            .filter(job -> job.getExecutionId().equals(hearingTask.getExecutionId()))
            .findFirst()
            .orElseThrow();
    engine.getManagementService().executeJob(timer.getId());
    runJobs(instance);
  }

  private String definitionId() {
    return EngineForms.definitionId(engine, PROCESS_KEY);
  }

  private long startedInstances() {
    return EngineForms.startedInstances(engine, PROCESS_KEY);
  }

  private String businessKey(ProcessInstance instance) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId())
        .singleResult()
        .getBusinessKey();
  }

  private CommitteeCase committeeCase(ProcessInstance instance) {
    return cases.get(EngineHistory.storedId(engine, instance.getId(), CASE_ID));
  }
}
