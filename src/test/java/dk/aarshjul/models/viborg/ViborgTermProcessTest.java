package dk.aarshjul.models.viborg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.measure.MeasureVariables;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.reporting.Barometer;
import dk.aarshjul.reporting.BarometerReport;
import dk.aarshjul.reporting.BarometerStatus;
import dk.aarshjul.theme.CouncilAdoption;
import dk.aarshjul.theme.CouncilWorkshop;
import dk.aarshjul.theme.ThemeMeeting;
import dk.aarshjul.theme.WorkshopFields;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Viborg's model through the Java API: the political workshop over several theme meetings, the
 * council's adoption (or its sending the model back), the measurement, the published baseline, the
 * committees' priorities and the yearly surveys. Each test runs its own term, as a term opens once.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:viborg-term;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=viborg-term"
    })
@Import(ViborgDriver.class)
@Tag("own-database")
class ViborgTermProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ViborgDriver driver;
  @Autowired Periods periods;
  @Autowired CouncilGoals councilGoals;
  @Autowired CouncilWorkshop workshop;
  @Autowired BarometerReport barometers;
  @Autowired ViborgTerm viborgTerm;
  @Autowired dk.aarshjul.dialogue.JointCommitteeMeetings jointMeetings;

  @BeforeEach
  void assertions() {
    AbstractAssertions.init(engine);
  }

  @Test
  void shouldRunTheFirstYearFromTheWorkshopToAPublishedBaseline() {
    // Given the council secretariat starts the term 2030–2033
    ProcessInstance term = driver.startTerm(2030);
    assertThat(term.getBusinessKey()).isEqualTo("2030–2033/Viborg");
    Period period = periods.findElectionTerm(2030).orElseThrow();
    assertThat(periods.get(period.getId()).dates(PeriodDateKind.SURVEY))
        .extracting(date -> date.getOnDate())
        .containsExactly(
            LocalDate.of(2030, 9, 15),
            LocalDate.of(2031, 9, 15),
            LocalDate.of(2032, 9, 15),
            LocalDate.of(2033, 9, 15));

    // When the first theme meeting leaves two themes and three goals, and the second rewords one
    Task first = driver.onlyTask("Task_RegisterWorkshopMeeting", "byraadssekretariat");
    assertThat((String) driver.formValue(first, ViborgVariables.WORKSHOP_INFO))
        .contains("Politisk værksted – temamøde 1", "forvaltningen udarbejder ikke oplæg");
    driver.workshopMeeting("2030-04-10", ViborgDriver.TWO_THEMES_THREE_GOALS, false);
    Task second = driver.onlyTask("Task_RegisterWorkshopMeeting", "byraadssekretariat");
    assertThat(driver.formValue(second, WorkshopFields.THEMES).toString())
        .contains("\"goals\":[{\"title\":\"Færre borgere føler sig ensomme\"")
        .contains("Flere borgere er fysisk aktive");
    long activeGoal =
        councilGoals.ofPeriod(period.getId()).stream()
            .filter(goal -> goal.getTitle().equals("Færre borgere føler sig ensomme"))
            .findFirst()
            .orElseThrow()
            .getId();
    driver.workshopMeeting(
        "2030-09-12",
        ViborgDriver.TWO_THEMES_THREE_GOALS.replace(
            "Flere indbyggere\",\"description\":\"Også i landsbyerne\"",
            "Flere indbyggere\",\"description\":\"I by og på land\""),
        true);

    // Then each meeting is kept with what it changed, and the goals keep their identity
    List<ThemeMeeting> meetings = workshop.meetings(period.getId());
    assertThat(meetings).extracting(ThemeMeeting::getMeetingNumber).containsExactly(1, 2);
    assertThat(meetings.get(0).getChanges())
        .contains("Tema tilføjet: Sundhed", "Målsætning tilføjet: Færre borgere føler sig ensomme");
    assertThat(meetings.get(1).getChanges()).containsExactly("Uddybning ændret: Flere indbyggere");
    assertThat(councilGoals.ofPeriod(period.getId()))
        .extracting(Goal::getTitle)
        .containsExactly(
            "Færre borgere føler sig ensomme",
            "Flere borgere er fysisk aktive",
            "Flere indbyggere");
    assertThat(councilGoals.ofPeriod(period.getId()).get(0).getId()).isEqualTo(activeGoal);
    assertThat(periods.get(period.getId()).aims(AimKind.THEME)).hasSize(2);

    // When the council adopts the model, replacing two policies
    Task adoption = driver.onlyTask("Task_RegisterCouncilAdoption", "byraadssekretariat");
    assertThat((String) driver.formValue(adoption, ViborgVariables.ADOPTION_INFO))
        .contains(
            "**1. Sundhed**",
            "- Flere borgere er fysisk aktive",
            "I alt 2 temaer og 3 målsætninger.");
    driver.adopt("2030-10-01", true, "Sundhedspolitik 2019\n- Erhvervsstrategi 2020\n\n", null);

    // Then the repealed policies are recorded, and the data team says how each goal is measured
    CouncilAdoption adopted = workshop.adoptions(period.getId()).get(0);
    assertThat(adopted.isAdopted()).isTrue();
    assertThat(adopted.getRepealed())
        .containsExactly("Sundhedspolitik 2019", "Erhvervsstrategi 2020");
    Task measurement = driver.onlyTask("Task_DefineMeasurement", "analyse");
    assertThat(driver.formValue(measurement, "indicators").toString())
        .contains("\"title\":\"Færre borgere føler sig ensomme\"");
    driver.defineMeasurement(2030);

    // And the baseline survey and register data are imported, while every committee prioritises
    assertThat(term)
        .isWaitingAt(
            "CallActivity_ImportBaselineSurvey",
            "CallActivity_ImportBaselineRegister",
            "Task_PrioritiseGoals");
    assertThat(barometers.of(period.getId())).isEmpty();
    driver.importAndPublish("Borgermåling 2030", ViborgDriver.survey("7,9"));
    driver.importAndPublish("Registerdata 2030", "indikator;år;værdi\nIndbyggertal;2030;97.512\n");
    List<String> committees = viborgTerm.committeeCodes();
    assertThat(committees).isNotEmpty();
    Goal lonely = councilGoals.ofPeriod(period.getId()).get(0);
    for (String committee : committees) {
      Task priority = driver.onlyTask("Task_PrioritiseGoals", viborgTerm.secretariat(committee));
      assertThat(driver.formValue(priority, FormTaskListener.SUBJECT)).isNotEqualTo("Viborg");
      assertThat(driver.formValue(priority, ViborgVariables.GOAL_OPTIONS).toString())
          .contains("Færre borgere føler sig ensomme");
      driver.submit(
          priority,
          "sofie",
          Variables.createVariables()
              .putValue(
                  ViborgVariables.PRIORITISED_GOALS,
                  SpinValues.jsonValue("[\"" + lonely.getId() + "\"]").create()));
    }

    // Then the committees that took the same goal hold a joint meeting about it and propose two
    // initiatives; the directorate starts one
    assertThat(term).isWaitingAt("CallActivity_JointMeetings");
    Task meeting = driver.jointMeetingTasks("Task_HoldJointMeeting").get(0);
    assertThat(engine.getTaskService().getIdentityLinksForTask(meeting.getId()))
        .anySatisfy(
            link ->
                assertThat(link.getGroupId()).isEqualTo(viborgTerm.secretariat(committees.get(0))));
    assertThat((String) driver.formValue(meeting, "jointMeetingInfo"))
        .contains(
            "Fælles udvalgsmøde 2030: Færre borgere føler sig ensomme",
            "ingen besluttede initiativer");
    driver.holdJointMeeting(
        "2030-11-05",
        "[]",
        "[{\"title\":\"Besøgsvenner fra skolerne på plejecentrene\",\"description\":\"Elever besøger beboere\"},"
            + "{\"title\":\"Ensomhedskampagne\",\"description\":null}]");
    Task decision = driver.jointMeetingTasks("Task_DecideInitiatives").get(0);
    assertThat((String) driver.formValue(decision, "initiativesInfo"))
        .contains("5. november 2030", "Udvalgene drøftede ensomhed");
    driver.decideInitiatives(
        "[{\"title\":\"Besøgsvenner fra skolerne på plejecentrene\",\"description\":\"Elever besøger beboere\","
            + "\"decision\":\"igangsaet\",\"comment\":null},"
            + "{\"title\":\"Ensomhedskampagne\",\"description\":null,\"decision\":\"afvis\","
            + "\"comment\":\"Kampagner har ikke virket før\"}]");
    assertThat(jointMeetings.initiatives(period.getId(), lonely.getId()))
        .extracting(i -> i.getTitle() + ":" + i.getStatus())
        .containsExactly(
            "Besøgsvenner fra skolerne på plejecentrene:DECIDED", "Ensomhedskampagne:REJECTED");

    // Then the baseline is public on the barometer, the committees' priorities are recorded,
    // and the term waits for next year's survey
    Barometer barometer = barometers.of(period.getId()).orElseThrow();
    assertThat(barometer.themes())
        .extracting(Barometer.ThemeView::title)
        .containsExactly("Sundhed", "Vækst og socialt ansvar");
    Barometer.GoalView lonelyView = barometer.themes().get(0).goals().get(0);
    assertThat(lonelyView.sentence())
        .isEqualTo(
            "Udgangspunktet i 2030 er 7,9 %. Der er endnu ingen ny måling. Målet er højst 6 % i 2033:"
                + " ingen ny måling endnu.");
    assertThat(lonelyView.status()).isEqualTo(BarometerStatus.NOT_MEASURED);
    assertThat(barometer.statements())
        .singleElement()
        .satisfies(s -> assertThat(s.values().get(0).value()).isEqualByComparingTo("40"));
    assertThat(councilGoals.prioritisingCommittees(period.getId()).get(lonely.getId()))
        .hasSize(committees.size());
    assertThat(term).isWaitingAt("Timer_SurveyHeld");
  }

  @Test
  void shouldSendTheModelBackToTheWorkshopWithTheCouncilsComment() {
    // Given the workshop is ready after one meeting
    driver.startTerm(2034);
    driver.workshopMeeting("2034-04-10", ViborgDriver.TWO_THEMES_THREE_GOALS, true);

    // When the council sends the model back without saying why, it is refused; then with a comment
    assertThatThrownBy(() -> driver.adopt("2034-05-01", false, null, null))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessage("Skriv hvad byrådet vil have ændret.");
    driver.adopt("2034-05-01", false, "Sundhedspolitik", "Målsætningerne skal være mere konkrete.");

    // Then the secretariat registers another theme meeting, seeing the council's comment
    Task again = driver.onlyTask("Task_RegisterWorkshopMeeting", "byraadssekretariat");
    assertThat((String) driver.formValue(again, ViborgVariables.WORKSHOP_INFO))
        .contains("Politisk værksted – temamøde 2", "Målsætningerne skal være mere konkrete.");
    long periodId = periods.findElectionTerm(2034).orElseThrow().getId();
    assertThat(workshop.adoptions(periodId))
        .singleElement()
        .satisfies(a -> assertThat(a.getRepealed()).isEmpty());
  }

  @Test
  void shouldRefuseAGoalWithoutWordingAndStoreNothing() {
    // Given the first theme meeting of 2038–2041
    driver.startTerm(2038);

    // When the second theme's goal is left without its wording
    String themes =
        ViborgDriver.TWO_THEMES_THREE_GOALS.replace(
            "\"title\":\"Flere indbyggere\"", "\"title\":\" \"");

    // Then the meeting is refused in Danish, naming the row, and no theme or goal is stored
    assertThatThrownBy(() -> driver.workshopMeeting("2038-04-10", themes, false))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Tema 2: målsætning 1: 'Målsætning' skal udfyldes.");
    long periodId = periods.findElectionTerm(2038).orElseThrow().getId();
    assertThat(councilGoals.ofPeriod(periodId)).isEmpty();
    assertThat(workshop.meetings(periodId)).isEmpty();
  }

  @Test
  void shouldKeepAGoalRewordedInItsPlaceAsTheSameGoal() {
    // Given a first theme meeting of 2050–2053 that left three goals
    driver.startTerm(2050);
    driver.workshopMeeting("2050-04-10", ViborgDriver.TWO_THEMES_THREE_GOALS, false);
    long periodId = periods.findElectionTerm(2050).orElseThrow().getId();
    long active = goalId(periodId, "Flere borgere er fysisk aktive");
    long lonely = goalId(periodId, "Færre borgere føler sig ensomme");

    // When the next meeting rewords one goal in its row and moves another to the other theme
    driver.workshopMeeting(
        "2050-06-12",
        "[{\"title\":\"Sundhed\",\"description\":\"Et godt og langt liv\",\"goals\":["
            + "{\"title\":\"Flere borgere dyrker motion hver uge\",\"description\":null}]},"
            + "{\"title\":\"Vækst og socialt ansvar\",\"description\":null,\"goals\":["
            + "{\"title\":\"Flere indbyggere\",\"description\":\"Også i landsbyerne\"},"
            + "{\"title\":\"Færre borgere føler sig ensomme\",\"description\":null}]}]",
        false);

    // Then the reworded goal and the moved goal keep their identity, and the meeting says so
    assertThat(goalId(periodId, "Flere borgere dyrker motion hver uge")).isEqualTo(active);
    assertThat(goalId(periodId, "Færre borgere føler sig ensomme")).isEqualTo(lonely);
    assertThat(workshop.meetings(periodId).get(1).getChanges())
        .contains(
            "Målsætning omformuleret: Flere borgere er fysisk aktive → Flere borgere dyrker motion"
                + " hver uge")
        .noneMatch(change -> change.startsWith("Målsætning fjernet"))
        .noneMatch(change -> change.startsWith("Målsætning tilføjet"));
  }

  private long goalId(long periodId, String title) {
    return councilGoals.ofPeriod(periodId).stream()
        .filter(goal -> goal.getTitle().equals(title))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  @Test
  void shouldImportTheSurveyOfEachFollowingYearWhenItIsHeld() {
    // Given the term 2042–2045 whose first year is done
    driver.startTerm(2042);
    driver.workshopMeeting("2042-04-10", ViborgDriver.TWO_THEMES_THREE_GOALS, true);
    driver.adopt("2042-05-01", true, null, null);
    driver.defineMeasurement(2042);
    driver.importAndPublish("Borgermåling 2042", ViborgDriver.survey("7,9"));
    driver.importAndPublish("Registerdata 2042", "indikator;år;værdi\nIndbyggertal;2042;97.512\n");
    long periodId = periods.findElectionTerm(2042).orElseThrow().getId();
    long lonely = councilGoals.ofPeriod(periodId).get(0).getId();
    for (String committee : viborgTerm.committeeCodes()) {
      driver.submit(
          driver.onlyTask("Task_PrioritiseGoals", viborgTerm.secretariat(committee)),
          "sofie",
          Variables.createVariables()
              .putValue(
                  ViborgVariables.PRIORITISED_GOALS,
                  SpinValues.jsonValue("[\"" + lonely + "\"]").create()));
    }

    driver.holdJointMeeting(
        "2042-11-05", "[]", "[{\"title\":\"Besøgsvenner\",\"description\":null}]");
    driver.decideInitiatives(
        "[{\"title\":\"Besøgsvenner\",\"description\":null,\"decision\":\"igangsaet\",\"comment\":null}]");

    // When each following year's survey is held and its data imported and published, and the
    // joint meeting follows up the decided initiative
    String[] often = {"7,1", "6,4", "5,8"};
    for (int i = 0; i < 3; i++) {
      int year = 2043 + i;
      driver.fireTimers("Timer_SurveyHeld");
      assertThat(driver.tasks(MeasureVariables.TASK_IMPORT, "analyse")).hasSize(2);
      driver.importAndPublish("Borgermåling " + year, ViborgDriver.survey(often[i]));
      driver.importAndPublish(
          "Registerdata " + year,
          "indikator;år;værdi\nIndbyggertal;" + year + ";9" + (7600 + 100 * i) + "\n");
      Task yearMeeting = driver.jointMeetingTasks("Task_HoldJointMeeting").get(0);
      assertThat(driver.formValue(yearMeeting, "initiativeStatuses").toString())
          .contains("Besøgsvenner");
      driver.holdJointMeeting(
          year + "-11-05",
          "[{\"title\":\"Besøgsvenner\",\"colour\":\""
              + (i == 0 ? "gul" : "groen")
              + "\",\"effect\":\"Flere beboere får besøg hver uge\"}]",
          "[]");
    }
    long initiative = jointMeetings.initiatives(periodId, lonely).get(0).getId();
    assertThat(jointMeetings.followUps(List.of(initiative)))
        .extracting(f -> f.getYear() + ":" + f.getColour())
        .containsExactly("2043:gul", "2044:groen", "2045:groen");

    // Then the term is followed up to its end, and the barometer shows the goal reached
    ProcessInstance term =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey("2042–2045/Viborg")
            .singleResult();
    assertThat(term).isNull();
    Barometer.GoalView view = barometers.of(periodId).orElseThrow().themes().get(0).goals().get(0);
    assertThat(view.values())
        .extracting(Barometer.ValueView::year)
        .containsExactly(2042, 2043, 2044, 2045);
    assertThat(view.status()).isEqualTo(BarometerStatus.REACHED);
    assertThat(view.sentence()).startsWith("Fra 7,9 % i 2042 til 5,8 % i 2045 – en forbedring.");
  }

  @Test
  void shouldRefuseAStartInAYearThatBeginsNoTerm() {
    assertThatThrownBy(() -> driver.startTerm(2047))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("En valgperiode begynder 1. januar efter et kommunalvalg");
    assertThat(periods.findElectionTerm(2047)).isEmpty();
  }
}
