package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreDriver.BUU;
import static dk.aarshjul.models.hvidovre.HvidovreDriver.OEU;
import static dk.aarshjul.models.hvidovre.HvidovreDriver.SSU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dk.aarshjul.contract.ContractRepository;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractStatus;
import dk.aarshjul.contract.ContractVersion;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.theme.CommitteeDirection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hvidovre's model through the Java API on the Hvidovre demo municipality: a term per start, a
 * committee-term per committee, step 1 to 4 in the first year, the budget review that begins the
 * second. Each test runs its own term (2026, 2030, …), as a term opens once.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hvidovre-term;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=hvidovre-term",
      "aarshjul.governance-model=hvidovre"
    })
@Import(HvidovreDriver.class)
@Tag("own-database")
class HvidovreTermProcessTest {

  static final String BUU_NAME = "Børne- og Undervisningsudvalget";
  static final String SSU_NAME = "Social- og Sundhedsudvalget";
  static final String OEU_NAME = "Økonomiudvalget";
  static final String BUU_SECRETARIAT = "udvalgssekretariat-" + BUU;
  static final String SSU_SECRETARIAT = "udvalgssekretariat-" + SSU;
  static final String OEU_SECRETARIAT = "udvalgssekretariat-" + OEU;

  @Autowired ProcessEngine engine;
  @Autowired HvidovreDriver driver;
  @Autowired Periods periods;
  @Autowired ContractRepository contracts;
  @Autowired ContractService contractService;
  @Autowired CommitteeDirection direction;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void assertions() {
    AbstractAssertions.init(engine);
  }

  @org.junit.jupiter.api.AfterEach
  void realTime() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }

  @Test
  void shouldOpenTheTermWithItsCalendarAndRunItPerCommittee() {
    // When the directorate starts the term 2030–2033
    ProcessInstance term = driver.startTerm(2030);

    // Then the term is open in the common goal template with its calendar and requirements
    assertThat(term.getBusinessKey()).isEqualTo("2030–2033/Hvidovre");
    Period period = periods.findElectionTerm(2030).map(p -> periods.get(p.getId())).orElseThrow();
    assertThat(period.isOpen()).isTrue();
    assertThat(period.dates(PeriodDateKind.FOLLOW_UP)).hasSize(4);
    assertThat(period.dates(PeriodDateKind.DIALOGUE_WINDOW)).hasSize(4);
    assertThat(period.dates(PeriodDateKind.BUDGET_ADOPTION))
        .extracting(date -> date.getOnDate())
        .containsExactly(
            LocalDate.of(2030, 10, 10), LocalDate.of(2031, 10, 10), LocalDate.of(2032, 10, 10));
    assertThat(period.getRequirements())
        .extracting(r -> r.getRule().name() + ":" + r.getLimit())
        .containsExactlyInAnyOrder("MAX_GOALS:5", "EVERY_GOAL_SERVES_BEACON:null");

    // And every committee with institutions runs the term in its own instance, at step 1
    for (String[] committee :
        List.of(
            new String[] {BUU_NAME, BUU_SECRETARIAT},
            new String[] {SSU_NAME, SSU_SECRETARIAT},
            new String[] {OEU_NAME, OEU_SECRETARIAT})) {
      ProcessInstance instance = driver.committeeTerm(2030, committee[0]);
      assertThat(instance).isWaitingAt("Task_PrepareCommitteeMaterial");
      assertThat(driver.onlyTask("Task_PrepareCommitteeMaterial", committee[1])).isNotNull();
    }
  }

  @Test
  void shouldRefuseATermThatIsNotOneOrIsStartedAlready() {
    // Given the term 2042–2045 runs
    driver.startTerm(2042);

    // When the directorate starts it again, or a year that does not begin a term
    // Then both are refused in Danish and nothing starts
    assertThatThrownBy(() -> driver.startTerm(2042))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Valgperioden 2042–2045 er allerede startet");
    assertThatThrownBy(() -> driver.startTerm(2043))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("En valgperiode begynder 1. januar efter et kommunalvalg");
    assertThat(periods.findElectionTerm(2043)).isEmpty();
  }

  @Test
  void shouldRunTheFirstYearOfTheTermForACommittee() {
    // Given the term 2026–2029 started
    driver.startTerm(2026);
    ProcessInstance buu = driver.committeeTerm(2026, BUU_NAME);
    long periodId = periods.findElectionTerm(2026).orElseThrow().getId();

    // Step 1: the secretariat prepares the material; last period's status is attached
    Task material = driver.onlyTask("Task_PrepareCommitteeMaterial", BUU_SECRETARIAT);
    assertThat((String) driver.formValue(material, HvidovreVariables.STATUS_INFO))
        .contains("Status på målene fra sidste periode");
    driver.prepareMaterial(BUU_SECRETARIAT);
    // the committee decides schools meet together, daycare per district, jointly with SSU
    driver.registerMeeting(
        BUU_SECRETARIAT,
        2026,
        Map.of("Skoler", "SAME_UNIT_TYPE", "Dagtilbud", "SAME_DISTRICT"),
        List.of(SSU));

    // Step 2: three meetings, planned by the secretariat
    assertThat(buu).isWaitingAt("CallActivity_DialogueMeetings");
    List<Task> planning = driver.tasks("Task_PlanDialogueMeeting", BUU_SECRETARIAT);
    assertThat(driver.names(planning)).hasSize(3);
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("contract-dialogue")
                .list()
                .stream()
                .map(ProcessInstance::getBusinessKey)
                .filter(key -> key.contains(BUU_NAME)))
        .containsExactlyInAnyOrder(
            "2026/Dialogmøde " + BUU_NAME + " – Skoler",
            "2026/Dialogmøde " + BUU_NAME + " – Avedøre",
            "2026/Dialogmøde " + BUU_NAME + " – Hvidovre Nord");
    // the task list tells the three apart: each shows the meeting it concerns ("Vedrører")
    assertThat(planning)
        .extracting(task -> driver.formValue(task, "subject"))
        .containsExactlyInAnyOrder(
            "Dialogmøde " + BUU_NAME + " – Skoler",
            "Dialogmøde " + BUU_NAME + " – Avedøre",
            "Dialogmøde " + BUU_NAME + " – Hvidovre Nord");
    assertThat(
            engine
                .getFilterService()
                .createFilterQuery()
                .filterName("Min gruppes opgaver")
                .singleResult()
                .getProperties()
                .get("variables")
                .toString())
        .contains("subject")
        .contains("Vedrører");
    driver.planMeetings(BUU_SECRETARIAT, 2026);
    // every leader brings input from staff and board before the meeting
    for (String unit :
        List.of(
            "avedoere-skole",
            "engstrandskolen",
            "risbjergskolen",
            "dagtilbud-avedoere",
            "dagtilbud-hvidovre-nord")) {
      driver.giveInput(unit, true);
    }
    Task hold = driver.tasks("Task_HoldCommitteeDialogue", BUU_SECRETARIAT).get(0);
    assertThat((String) driver.formValue(hold, "meetingInfo"))
        .contains(BUU_NAME + " og " + SSU_NAME + " (fælles møde)")
        .contains("faciliteret af administrationen");
    assertThat((String) driver.formValue(hold, "inputsInfo"))
        .contains("Bestyrelsen ønsker fokus på trivsel");
    driver.holdMeetings(BUU_SECRETARIAT);

    // Beacons: the administration drafts, the committee sends them back once, then decides
    assertThat(buu).isWaitingAt("Task_DraftBeacons");
    driver.draftBeacons(BUU_SECRETARIAT, "Alle børn trives", "Fællesskab i nærmiljøet");
    driver.decideBeacons(BUU_SECRETARIAT, false);
    assertThat(buu).isWaitingAt("Task_DraftBeacons");
    Task redraft = driver.onlyTask("Task_DraftBeacons", BUU_SECRETARIAT);
    assertThat((String) driver.formValue(redraft, "feedbackInfo"))
        .contains("Gør pejlemærkerne mere konkrete");
    driver.draftBeacons(
        BUU_SECRETARIAT, "Alle børn trives og lærer mest muligt", "Fællesskab i nærmiljøet");
    driver.decideBeacons(BUU_SECRETARIAT, true);
    assertThat(direction.beacons(periodId, BUU))
        .extracting(beacon -> beacon.getTitle() + ":" + beacon.isDecided())
        .containsExactly(
            "Alle børn trives og lærer mest muligt:true", "Fællesskab i nærmiljøet:true");

    // Step 3: each leader (the committee's pen holder choice) writes goals for the whole term
    List<Task> drafts = driver.tasks("Task_DraftTermGoals", "kontraktholder-avedoere-skole");
    assertThat(drafts).hasSize(1);
    Task draft = drafts.get(0);
    assertThatThrownBy(() -> driver.draftTermGoals(draft, driver.goals(periodId, BUU, 6, false)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv højst 5 mål");
    String withoutBeacon =
        driver.goals(periodId, BUU, 1, false).replaceAll("\"beacons\":\\[[^]]*]", "\"beacons\":[]");
    assertThatThrownBy(() -> driver.draftTermGoals(draft, withoutBeacon))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("vælg mindst ét politisk pejlemærke");
    for (String unit :
        List.of(
            "avedoere-skole",
            "engstrandskolen",
            "risbjergskolen",
            "dagtilbud-avedoere",
            "dagtilbud-hvidovre-nord")) {
      driver.draftTermGoals(
          driver.onlyTask("Task_DraftTermGoals", "kontraktholder-" + unit),
          driver.goals(periodId, BUU, 2, unit.startsWith("dagtilbud")));
    }
    // the committee approves each institution's goals, registered by its secretariat
    List<Task> approvals = driver.tasks("Task_ApproveContract", BUU_SECRETARIAT);
    assertThat(approvals).hasSize(5);
    assertThat((String) driver.formValue(approvals.get(0), "contractSummary"))
        .contains("mål for valgperioden 2026–2029")
        .contains("Tjener: Pejlemærke");
    approvals.forEach(driver::approveGoals);
    List<DevelopmentContract> approved =
        contracts.findAll().stream()
            .filter(c -> c.getYear().getId() == periodId)
            .filter(c -> c.getStatus() == ContractStatus.APPROVED)
            .toList();
    assertThat(approved).hasSize(5);
    assertThat(approved).allMatch(c -> c.businessKey().startsWith("2026–2029/"));

    // Step 4: at the follow-up date every institution reports red / yellow / green
    assertThat(buu).isWaitingAt("Event_FollowUpDate");
    driver.fireTimers("Event_FollowUpDate");
    List<Task> reports = driver.tasks("Task_ReportGoalStatus", "kontraktholder-dagtilbud-avedoere");
    assertThat(reports).hasSize(1);
    assertThatThrownBy(() -> driver.reportStatus(reports.get(0), "gul", false))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("resultatet af borgertilfredshedsmålingen");
    for (String unit :
        List.of(
            "avedoere-skole",
            "engstrandskolen",
            "risbjergskolen",
            "dagtilbud-avedoere",
            "dagtilbud-hvidovre-nord")) {
      driver.reportStatus(
          driver.onlyTask("Task_ReportGoalStatus", "kontraktholder-" + unit),
          unit.equals("risbjergskolen") ? "roed" : "groen",
          unit.startsWith("dagtilbud"));
    }
    driver
        .tasks("Task_ReviewGoalStatus", "koncernchef-boern-og-uddannelse")
        .forEach(driver::approveStatus);

    // and the committee discusses its roll-up
    Task consider = driver.onlyTask("Task_ConsiderFollowUp", BUU_SECRETARIAT);
    assertThat((String) driver.formValue(consider, "rollUpInfo"))
        .contains("Status i " + BUU_NAME + " 2026")
        .contains("8 grønne")
        .contains("2 røde");
    assertThat((String) driver.formValue(consider, "resultsInfo"))
        .contains("Borgertilfredshed: 87 % tilfredse (312 svar)");
    driver.considerFollowUp(BUU_SECRETARIAT);

    // Then year 2 begins by waiting for the adopted budget
    assertThat(buu).isWaitingAt("Gateway_BudgetAdopted");
  }

  @Test
  void shouldLetStaffUnitsMeetAndAgreeWithTheDirectorate() {
    // Given the term 2034–2037 and Økonomiudvalget's citizen service and staff unit
    driver.startTerm(2034);
    long periodId = periods.findElectionTerm(2034).orElseThrow().getId();
    ProcessInstance oeu = driver.committeeTerm(2034, OEU_NAME);
    driver.prepareMaterial(OEU_SECRETARIAT);
    driver.registerMeeting(
        OEU_SECRETARIAT, 2034, Map.of("Borgerservice", "SINGLE_UNIT"), List.of());

    // Then citizen service meets the committee, the staff unit the directorate
    assertThat(driver.tasks("Task_PlanDialogueMeeting", OEU_SECRETARIAT)).hasSize(1);
    assertThat(driver.tasks("Task_PlanDialogueMeeting", "direktion")).hasSize(1);
    driver.planMeetings(OEU_SECRETARIAT, 2034);
    driver.planMeetings("direktion", 2034);
    driver.giveInput("borgerservice", false);
    driver.giveInput("oekonomi-og-styring", false);
    assertThat(driver.tasks("Task_HoldCommitteeDialogue", "direktion")).hasSize(1);
    driver.holdMeetings(OEU_SECRETARIAT);
    driver.holdMeetings("direktion");
    driver.draftBeacons(OEU_SECRETARIAT, "Let adgang til kommunen");
    driver.decideBeacons(OEU_SECRETARIAT, true);

    // When both write goals
    driver.draftTermGoals(
        driver.onlyTask("Task_DraftTermGoals", "kontraktholder-borgerservice"),
        driver.goals(periodId, OEU, 1, true));
    driver.draftTermGoals(
        driver.onlyTask("Task_DraftTermGoals", "kontraktholder-oekonomi-og-styring"),
        driver.goals(periodId, OEU, 1, false));

    // Then the committee approves citizen service's, the directorate the staff unit's
    assertThat(driver.tasks("Task_ApproveContract", OEU_SECRETARIAT)).hasSize(1);
    assertThat(driver.tasks("Task_ApproveContract", "direktion")).hasSize(1);
    assertThat(oeu).isWaitingAt("CallActivity_TermGoals");
  }

  @Test
  void shouldLetTheAdministrationWriteGoalsWhereTheCommitteeChoseIt() {
    // Given Social- og Sundhedsudvalget chose the administration as pen holder (the demo)
    driver.startTerm(2046);
    long periodId = periods.findElectionTerm(2046).orElseThrow().getId();
    throughBeacons(2046, SSU, SSU_SECRETARIAT);

    // Then its secretariat, not the care homes' leaders, writes their goals
    assertThat(driver.tasks("Task_DraftTermGoals", SSU_SECRETARIAT)).hasSize(2);
    assertThat(driver.tasks("Task_DraftTermGoals", "kontraktholder-plejecenter-krogaarden"))
        .isEmpty();
    assertThat(periodId).isPositive();
  }

  @Test
  void shouldBeginYearTwoWithTheBudgetReviewWhenTheAdoptionIsRegistered() {
    // Given Social- og Sundhedsudvalget's care homes have approved goals for 2038–2041 and the
    // first year is followed up
    driver.startTerm(2038);
    long periodId = periods.findElectionTerm(2038).orElseThrow().getId();
    ProcessInstance ssu = driver.committeeTerm(2038, SSU_NAME);
    throughFirstYear(
        2038, SSU, SSU_SECRETARIAT, List.of("plejecenter-henrikshave", "plejecenter-krogaarden"));
    assertThat(ssu).isWaitingAt("Gateway_BudgetAdopted");

    // When the council secretariat registers, in December 2038, that the budget 2039 was adopted
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.sql.Timestamp.valueOf("2038-12-01 09:00:00"));
    String adoption =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(HvidovreVariables.BUDGET_ADOPTION_PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    assertThatThrownBy(
            () ->
                engine
                    .getFormService()
                    .submitStartForm(adoption, Map.of("year", 2038, "adoptedOn", "2037-10-08")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Ingen startet valgperiode har 2038 som sit 2., 3. eller 4. år");
    engine
        .getFormService()
        .submitStartForm(adoption, Map.of("year", 2039, "adoptedOn", "2038-10-06"));
    driver.runJobs();

    // Then the calendar has the date and every care home reviews its goals
    assertThat(
            periods.get(periodId).date(PeriodDateKind.BUDGET_ADOPTION, 1).orElseThrow().getOnDate())
        .isEqualTo(LocalDate.of(2038, 10, 6));
    List<Task> reviews = driver.tasks("Task_ReviewTermGoals", SSU_SECRETARIAT);
    assertThat(reviews).hasSize(2);

    // Krogården keeps its goals
    Task krogaarden =
        reviews.stream()
            .filter(t -> driver.businessKey(t).contains("Krogården"))
            .findFirst()
            .orElseThrow();
    driver.submit(krogaarden, Variables.createVariables().putValue("decision", "behold"));

    // Henrikshave adjusts: a reason is required, the committee sends it back once, then approves
    Task henrikshave = driver.onlyTask("Task_ReviewTermGoals", SSU_SECRETARIAT);
    String adjusted =
        driver
            .goals(periodId, SSU, 2, false)
            .replace("Mål 2: bedre trivsel", "Mål 2: færre genindlæggelser");
    assertThatThrownBy(
            () ->
                driver.submit(
                    henrikshave,
                    Variables.createVariables()
                        .putValue("decision", "tilpas")
                        .putValueTyped(
                            "goals",
                            org.camunda.spin.plugin.variable.SpinValues.jsonValue(adjusted)
                                .create())))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Begrund tilpasningen");
    // a followed-up goal cannot be dropped mid-term
    assertThatThrownBy(
            () -> adjust(henrikshave, driver.goals(periodId, SSU, 1, false), "Kun ét mål nu."))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("er fulgt op på og kan ikke fjernes midt i valgperioden");
    adjust(henrikshave, adjusted, "Budget 2039 flytter midler til forebyggelse.");
    Task approval = driver.onlyTask("Task_ApproveGoalAdjustment", SSU_SECRETARIAT);
    assertThat((String) driver.formValue(approval, "adjustmentSummary"))
        .contains("færre genindlæggelser")
        .contains("Budget 2039 flytter midler til forebyggelse");
    driver.submit(
        approval,
        Variables.createVariables()
            .putValue("decision", "sendTilbage")
            .putValue("comment", "Tilføj en indikator for genindlæggelser."));
    Task again = driver.onlyTask("Task_ReviewTermGoals", SSU_SECRETARIAT);
    assertThat((String) driver.formValue(again, "feedbackInfo")).contains("Tilføj en indikator");
    adjust(
        again,
        adjusted.replace("Andel der trives", "Genindlæggelser pr. 1.000 beboere"),
        "Budget 2039 flytter midler til forebyggelse.");
    driver.submit(
        driver.onlyTask("Task_ApproveGoalAdjustment", SSU_SECRETARIAT),
        Variables.createVariables().putValue("decision", "godkend"));

    // Then Henrikshave's agreement is a new version with the reason, Krogården's unchanged
    DevelopmentContract henrikshaveGoals = contractOf(periodId, "plejecenter-henrikshave");
    assertThat(henrikshaveGoals.getGoals())
        .extracting(g -> g.getTitle())
        .contains("Mål 2: færre genindlæggelser");
    List<ContractVersion> versions = contractService.versions(henrikshaveGoals.getId());
    assertThat(versions.get(versions.size() - 1).getReason())
        .isEqualTo(ContractVersion.Reason.BUDGET_ADJUSTMENT);
    assertThat(versions.get(versions.size() - 1).getNote()).contains("Budget 2039 flytter midler");
    assertThat(contractService.versions(contractOf(periodId, "plejecenter-krogaarden").getId()))
        .hasSize(1);
    // and the year goes on with step 1
    assertThat(driver.onlyTask("Task_PrepareCommitteeMaterial", SSU_SECRETARIAT)).isNotNull();
    assertThat(ssu).isWaitingAt("Task_PrepareCommitteeMaterial");
  }

  @Test
  void shouldBeginYearTwoOnTheCalendarsDateWhenNoAdoptionIsRegistered() {
    // Given the first year 2050 is done for Social- og Sundhedsudvalget
    driver.startTerm(2050);
    ProcessInstance ssu = driver.committeeTerm(2050, SSU_NAME);
    throughFirstYear(
        2050, SSU, SSU_SECRETARIAT, List.of("plejecenter-henrikshave", "plejecenter-krogaarden"));

    // When the calendar's adoption date is reached
    driver.fireTimers("Event_BudgetAdoptionDate");

    // Then the care homes review their goals
    assertThat(driver.tasks("Task_ReviewTermGoals", SSU_SECRETARIAT)).hasSize(2);
    assertThat(ssu).isWaitingAt("CallActivity_ReviewTermGoals");
  }

  @Test
  void shouldLetTheYearlyTimerStartATermOnlyInItsFirstYear() {
    // Given the yearly timer is on
    org.camunda.bpm.engine.ManagementService management = engine.getManagementService();
    String timer =
        management
            .createJobQuery()
            .processDefinitionKey("annual-cycle-timer")
            .activityId("StartEvent_YearlyTimer")
            .singleResult()
            .getId();
    management.activateJobById(timer);
    try {
      // When it fires in September 2054, whose next year begins no term
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
          java.sql.Timestamp.valueOf("2054-09-01 06:00:00"));
      management.executeJob(timer);
      // Then nothing starts
      assertThat(periods.findElectionTerm(2054)).isEmpty();
      assertThat(periods.findElectionTerm(2055)).isEmpty();

      // When it fires in September 2057, before the term 2058–2061
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
          java.sql.Timestamp.valueOf("2057-09-01 06:00:00"));
      String next =
          management
              .createJobQuery()
              .processDefinitionKey("annual-cycle-timer")
              .activityId("StartEvent_YearlyTimer")
              .singleResult()
              .getId();
      management.executeJob(next);
      driver.runJobs();

      // Then Hvidovre's model runs the term, and the committees are at step 1
      assertThat(
              engine
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processDefinitionKey(HvidovreVariables.PROCESS_KEY)
                  .processInstanceBusinessKey("2058–2061/Hvidovre")
                  .count())
          .isEqualTo(1);
      assertThat(driver.committeeTerm(2058, BUU_NAME)).isNotNull();
    } finally {
      management.suspendJobDefinitionByProcessDefinitionKey("annual-cycle-timer", true);
    }
  }

  @Test
  void shouldRunAWholeTermToItsEnd() {
    // Given the term 2062–2065 started
    ProcessInstance term = driver.startTerm(2062);
    long periodId = periods.findElectionTerm(2062).orElseThrow().getId();

    // When every committee's four years are completed as their users would
    int tasks =
        driver.runUntil(
            () ->
                engine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(term.getId())
                        .count()
                    == 0);

    // Then the term has ended, every institution was followed up each year and reviewed its goals
    // after each of the three budgets
    assertThat(tasks).isGreaterThan(100);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(HvidovreVariables.COMMITTEE_PROCESS_KEY)
                .processInstanceBusinessKeyLike("2062–2065/%")
                .completed()
                .count())
        .isEqualTo(3);
    int institutions = 9;
    assertThat(
            jdbc.queryForObject(
                "select count(*) from follow_up_report r join development_contract c on c.id ="
                    + " r.contract_id where c.period_id = ?",
                Integer.class,
                periodId))
        .isEqualTo(4 * institutions);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from agreement_review r join development_contract c on c.id ="
                    + " r.contract_id where c.period_id = ? and r.status = 'KEPT'",
                Integer.class,
                periodId))
        .isEqualTo(3 * institutions);
  }

  // ---- helpers

  private void adjust(Task task, String goals, String reason) {
    driver.submit(
        task,
        Variables.createVariables()
            .putValue("decision", "tilpas")
            .putValue("reason", reason)
            .putValueTyped(
                "goals", org.camunda.spin.plugin.variable.SpinValues.jsonValue(goals).create()));
  }

  private DevelopmentContract contractOf(long periodId, String unitCode) {
    return contracts.findAll().stream()
        .filter(c -> c.getYear().getId() == periodId && c.getUnit().getCode().equals(unitCode))
        .findFirst()
        .map(c -> contractService.get(c.getId()))
        .orElseThrow();
  }

  /** Step 1 and 2 and the beacons for a committee whose institutions meet one by one. */
  private void throughBeacons(int year, String committee, String secretariat) {
    driver.prepareMaterial(secretariat);
    Task register = driver.onlyTask("Task_RegisterCommitteeMeeting", secretariat);
    java.util.Map<String, String> models = new java.util.HashMap<>();
    driver
        .read(register, "meetingModels")
        .forEach(row -> models.put(row.get("group").asText(), "SINGLE_UNIT"));
    driver.registerMeeting(secretariat, year, models, List.of());
    driver.planMeetings(secretariat, year);
    for (Task input :
        engine
            .getTaskService()
            .createTaskQuery()
            .taskDefinitionKey("Task_CollectUnitInput")
            .list()) {
      if (driver.inTerm(input)) {
        driver.submit(
            input,
            Variables.createVariables()
                .putValue("staffInput", "Input")
                .putValue("boardInput", "Bestyrelsens input"));
      }
    }
    driver.holdMeetings(secretariat);
    driver.draftBeacons(secretariat, "Tryghed og værdighed");
    driver.decideBeacons(secretariat, true);
  }

  /** The whole first year of a committee whose goals its secretariat writes (the care homes). */
  private void throughFirstYear(
      int year, String committee, String secretariat, List<String> units) {
    long periodId = periods.findElectionTerm(year).orElseThrow().getId();
    throughBeacons(year, committee, secretariat);
    for (Task draft : driver.tasks("Task_DraftTermGoals", secretariat)) {
      driver.draftTermGoals(draft, driver.goals(periodId, committee, 2, false));
    }
    driver.tasks("Task_ApproveContract", secretariat).forEach(driver::approveGoals);
    driver.fireTimers("Event_FollowUpDate");
    for (String unit : units) {
      driver.reportStatus(
          driver.onlyTask("Task_ReportGoalStatus", "kontraktholder-" + unit), "groen", false);
    }
    driver
        .tasks("Task_ReviewGoalStatus", "koncernchef-sundhed-og-omsorg")
        .forEach(driver::approveStatus);
    driver.considerFollowUp(secretariat);
  }
}
