package dk.aarshjul.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dk.aarshjul.conduct.CodeOfConduct;
import dk.aarshjul.conduct.CodesOfConduct;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.EngineForms;
import dk.aarshjul.process.InvalidSubmissionException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through institution-meetings.bpmn on the demo municipality's Børne- og
 * Undervisningsudvalget (four units; secretariat sofie; politicians annette, frank, lene; leaders
 * mette of Gl. Rye, peter of Niels Ebbesen): the yearly plan in which every unit gets access, an
 * uneven plan flagged, a meeting held at an institution with nothing at stake on its agenda, the
 * host's presentation and the record with the code of conduct acknowledged once per term. Each test
 * plans its own budget year.
 */
@SpringBootTest
class InstitutionMeetingsProcessTest {

  static final String COMMITTEE = "boerne-og-undervisningsudvalget";
  static final String SECRETARIAT = "udvalgssekretariat-" + COMMITTEE;

  @Autowired ProcessEngine engine;
  @Autowired Periods periods;
  @Autowired CodesOfConduct conduct;
  @Autowired InstitutionMeetings meetings;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    if (conduct.inForceToday().isEmpty()) {
      conduct.adopt(
          LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString(),
          "Kodeks for samarbejde",
          "Politikere og ansatte mødes med tillid og respekt for hinandens roller.",
          "[{\"name\":\"Sandhed\"},{\"name\":\"Åbenhed om fejl\"}]",
          "bente");
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldHoldEachPlannedMeetingAtItsInstitutionWithTheCodeFirstOnTheAgenda() {
    // Given the committee's year 2061 and the plan form listing its four units
    ProcessInstance year = start(2061);
    assertThat(year).isWaitingAt(InstitutionMeetingVariables.TASK_PLAN);
    Task plan = task(year, InstitutionMeetingVariables.TASK_PLAN);
    assertThat(candidateGroups(plan)).containsExactly(SECRETARIAT);
    Map<String, Object> form = engine.getFormService().getTaskFormVariables(plan.getId());
    assertThat((String) form.get(InstitutionMeetingFields.INFO))
        .contains("Planlæg mindst 3 møder", "ingen økonomi og ingen enkeltsager");
    assertThat(form.get(InstitutionMeetingFields.UNIT_OPTIONS).toString())
        .contains("Gl. Rye skole og dagtilbud", "Dagtilbud Ry");
    // as an empty Json list, which Tasklist submits as Json (a list prefilled as null it sends as
    // type Null, which is refused)
    assertThat(listType(plan, InstitutionMeetingFields.MEETINGS)).isEqualTo("json");

    // When sofie plans three meetings that together invite every unit
    submit(
        plan,
        "sofie",
        Variables.createVariables()
            .putValue(
                InstitutionMeetingFields.MEETINGS,
                rows(
                    meeting("2061-03-10", "gl-rye", "niels-ebbesen", null),
                    meeting("2061-06-09", "dagtilbud-ry", "dagtilbud-skanderborg", null),
                    meeting(
                        "2061-10-06", "niels-ebbesen", "gl-rye", "Skolebestyrelsens formand"))));

    // Then a meeting is held at each institution, in date order, and the plan is even
    List<Long> ids = meetings.meetingIds(period(2061).getId(), 2061, COMMITTEE);
    assertThat(ids).hasSize(3);
    assertThat(meetings.meeting(ids.get(0)).getPlace()).isEqualTo("Gl. Rye skole og dagtilbud");
    assertThat(meetings.meeting(ids.get(0)).getTitle())
        .isEqualTo("Børne- og Undervisningsudvalget på Gl. Rye skole og dagtilbud 10. marts");
    assertThat(meetings.planOf(period(2061).getId(), 2061, COMMITTEE).orElseThrow().isUneven())
        .isFalse();
    assertThat(meetings.planOverview(period(2061).getId(), 2061, COMMITTEE))
        .contains(
            "10. marts 2061 på Gl. Rye skole og dagtilbud: Gl. Rye skole og dagtilbud, Niels"
                + " Ebbesen Skolen",
            "desuden inviteret: Skolebestyrelsens formand")
        .doesNotContain("Ujævn");
    List<Task> agendas = tasks(year, InstitutionMeetingVariables.TASK_AGENDA);
    assertThat(agendas).hasSize(3);

    // When sofie sets the first meeting's agenda
    Task agenda = taskOfMeeting(agendas, ids.get(0));
    assertThat(candidateGroups(agenda)).containsExactly(SECRETARIAT);
    assertThat(
            (String)
                engine
                    .getFormService()
                    .getTaskFormVariables(agenda.getId())
                    .get(InstitutionMeetingFields.INFO))
        .contains("Punkt 1 sættes på af sig selv", "Kodeks for samarbejde, version");
    submit(agenda, "sofie", agenda("Dialog om trivsel i udskolingen", true));

    // Then the code of conduct is item 1, and Gl. Rye's leader presents the place
    assertThat(meetings.visit(ids.get(0)).getAgenda())
        .extracting(InstitutionVisit.AgendaItem::title)
        .hasSize(3)
        .first()
        .asString()
        .startsWith("Kodeks for samarbejde, version");
    Task present = task(year, InstitutionMeetingVariables.TASK_PRESENT);
    assertThat(candidateGroups(present)).containsExactly("kontraktholder-gl-rye");

    // When mette presents, acknowledging the code, and the meeting day comes
    submit(
        present,
        "mette",
        Variables.createVariables()
            .putValue(InstitutionMeetingFields.PRESENTER.key(), "Lene Holm, pædagog")
            .putValue(
                InstitutionMeetingFields.PRESENTATION.key(), "Rundvisning i indskolingen og SFO")
            .putValue(InstitutionMeetingFields.ACKNOWLEDGE.key(), true));
    today("2061-03-10");
    fireMeetingDay(year, ids.get(0));

    // Then the record is kept: who attended, who acknowledged the code at the meeting
    Task register = task(year, InstitutionMeetingVariables.TASK_REGISTER);
    Map<String, Object> registerForm =
        engine.getFormService().getTaskFormVariables(register.getId());
    assertThat(listType(register, InstitutionMeetingFields.ATTENDEES.key())).isEqualTo("json");
    assertThat(listType(register, InstitutionMeetingFields.ACKNOWLEDGED_AT_MEETING.key()))
        .isEqualTo("json");
    assertThat(registerForm.get(InstitutionMeetingFields.PARTICIPANT_OPTIONS).toString())
        .contains("annette", "mette", "peter");
    assertThat(registerForm.get(InstitutionMeetingFields.NOT_ACKNOWLEDGED_OPTIONS).toString())
        .contains("annette", "peter")
        .doesNotContain("\"mette\"");
    submit(
        register,
        "sofie",
        Variables.createVariables()
            .putValue(InstitutionMeetingFields.HELD_ON.key(), "2061-03-10")
            .putValue(
                InstitutionMeetingFields.ATTENDEES.key(),
                SpinValues.jsonValue("[\"annette\",\"frank\",\"mette\",\"peter\"]").create())
            .putValue(
                InstitutionMeetingFields.ACKNOWLEDGED_AT_MEETING.key(),
                SpinValues.jsonValue("[\"annette\",\"peter\"]").create())
            .putValue(InstitutionMeetingFields.MINUTES.key(), "Udvalget så indskolingen."));
    assertThat(meetings.meeting(ids.get(0)).getStatus()).isEqualTo(MeetingStatus.HELD);
    assertThat(meetings.visit(ids.get(0)).getAttendees())
        .containsExactlyInAnyOrder("annette", "frank", "mette", "peter");
    CodeOfConduct code = meetings.codeOf(ids.get(0)).orElseThrow();
    assertThat(conduct.acknowledgedBy(code.getId(), 2061)).contains("mette", "annette", "peter");
    assertThat(year).isActive();
  }

  @Test
  void shouldRefuseAPlanThatLeavesAUnitWithoutAnyMeetingAndStoreNothing() {
    // Given the committee's year 2062
    ProcessInstance year = start(2062);
    Task plan = task(year, InstitutionMeetingVariables.TASK_PLAN);

    // When three meetings never invite Dagtilbud Ry
    VariableMap unfair =
        Variables.createVariables()
            .putValue(
                InstitutionMeetingFields.MEETINGS,
                rows(
                    meeting("2062-03-10", "gl-rye", "niels-ebbesen", null),
                    meeting("2062-05-10", "gl-rye", "dagtilbud-skanderborg", null),
                    meeting("2062-09-10", "niels-ebbesen", "gl-rye", null)));

    // Then the plan is refused in Danish, naming the unit, and nothing is planned
    assertThatThrownBy(() -> submit(plan, "sofie", unfair))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(
            "Hver enhed skal have adgang til dialogen med udvalget; Dagtilbud Ry er ikke inviteret"
                + " til noget møde i 2062.");
    assertThat(meetings.meetingIds(period(2062).getId(), 2062, COMMITTEE)).isEmpty();
    assertThat(meetings.planOf(period(2062).getId(), 2062, COMMITTEE)).isEmpty();
    assertThat(year).isWaitingAt(InstitutionMeetingVariables.TASK_PLAN);

    // And too few meetings, a date in another year or a host of another committee are refused too
    assertThatThrownBy(
            () ->
                submit(
                    plan,
                    "sofie",
                    Variables.createVariables()
                        .putValue(
                            InstitutionMeetingFields.MEETINGS,
                            rows(meeting("2062-03-10", "gl-rye", "niels-ebbesen", null)))))
        .hasMessageContaining("Planlæg fra 3 til 24 møder i 2062.");
    assertThatThrownBy(
            () ->
                submit(
                    plan,
                    "sofie",
                    Variables.createVariables()
                        .putValue(
                            InstitutionMeetingFields.MEETINGS,
                            rows(
                                meeting("2063-01-10", "gl-rye", null, null),
                                meeting("2062-05-10", "dagtilbud-ry", null, null),
                                meeting("2062-09-10", "niels-ebbesen", null, null)))))
        .hasMessageContaining("Møde 1: datoen skal ligge i 2062.");
    assertThatThrownBy(
            () ->
                submit(
                    plan,
                    "sofie",
                    Variables.createVariables()
                        .putValue(
                            InstitutionMeetingFields.MEETINGS,
                            rows(
                                meeting("2062-01-10", "gl-rye", null, null),
                                meeting("2062-05-10", "dagtilbud-ry", null, null),
                                meeting("2062-09-10", "soelund", null, null)))))
        .hasMessageContaining(
            "række 3: feltet 'Holdes på' har værdien 'soelund', som ikke er et af"
                + " valgene. Intet er gemt.");
  }

  @Test
  void shouldFlagAPlanThatMeetsSomeUnitsFarMoreOftenThanOthers() {
    // Given the committee's year 2063
    ProcessInstance year = start(2063);

    // When Gl. Rye is invited to all three meetings and every other unit to one
    submit(
        task(year, InstitutionMeetingVariables.TASK_PLAN),
        "sofie",
        Variables.createVariables()
            .putValue(
                InstitutionMeetingFields.MEETINGS,
                rows(
                    meeting("2063-03-10", "gl-rye", "niels-ebbesen", null),
                    meeting("2063-05-10", "gl-rye", "dagtilbud-ry", null),
                    meeting("2063-09-10", "gl-rye", "dagtilbud-skanderborg", null))));

    // Then the plan is kept and flagged as uneven; the secretariat sees the meetings per unit and
    // the flag when it sets each meeting's agenda
    long periodId = period(2063).getId();
    assertThat(meetings.planOf(periodId, 2063, COMMITTEE).orElseThrow().isUneven()).isTrue();
    assertThat(
            (String)
                engine
                    .getFormService()
                    .getTaskFormVariables(
                        tasks(year, InstitutionMeetingVariables.TASK_AGENDA).get(0).getId())
                    .get(InstitutionMeetingFields.INFO))
        .contains(
            "Møder pr. enhed:** Dagtilbud Ry 1, Dagtilbud Skanderborg By 1, Gl. Rye skole og"
                + " dagtilbud 3, Niels Ebbesen Skolen 1",
            "Ujævn fordeling");
  }

  @Test
  void shouldRefuseAnAgendaWithEconomyOrAnIndividualCaseAndStoreNothing() {
    // Given a planned meeting of 2064 waiting for its agenda
    ProcessInstance year = planEvenYear(2064);
    Task agenda = tasks(year, InstitutionMeetingVariables.TASK_AGENDA).get(0);

    // When an item is about the budget, about a complaint case, or the confirmation is missing
    // Then each is refused in Danish and the agenda stays unset
    assertThatThrownBy(() -> submit(agenda, "sofie", agenda("Budgettet for 2065", true)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining(
            "Punkt 3: 'Budgettet' hører ikke til på mødet. Dialogmøderne er møder, hvor intet er"
                + " på spil: ingen økonomi og ingen enkeltsager.");
    assertThatThrownBy(() -> submit(agenda, "sofie", agenda("Klagesagen fra en forælder", true)))
        .hasMessageContaining("'Klagesagen' hører ikke til på mødet.");
    assertThatThrownBy(() -> submit(agenda, "sofie", agenda("Dialog om trivsel", false)))
        .hasMessageContaining("Bekræft, at dagsordenen hverken har økonomi eller enkeltsager på.");
    long meetingId = meetingIdOf(agenda);
    assertThat(meetings.visit(meetingId).getAgenda()).isEmpty();
    assertThat(year).isWaitingAt(InstitutionMeetingVariables.TASK_AGENDA);
  }

  @Test
  void shouldRefuseTheHostsPresentationUntilSheAcknowledgesTheCodeOfTheTerm() {
    // Given a meeting of 2065 at Dagtilbud Ry with its agenda set
    ProcessInstance year = planEvenYear(2065);
    long meetingId = meetings.meetingIds(period(2065).getId(), 2065, COMMITTEE).get(1);
    Task agenda = taskOfMeeting(tasks(year, InstitutionMeetingVariables.TASK_AGENDA), meetingId);
    submit(agenda, "sofie", agenda("Dialog om overgangen til skole", true));
    Task present = task(year, InstitutionMeetingVariables.TASK_PRESENT);
    assertThat(candidateGroups(present)).containsExactly("kontraktholder-dagtilbud-ry");

    // When its leader anders presents without acknowledging the code
    VariableMap presentation =
        Variables.createVariables()
            .putValue(InstitutionMeetingFields.PRESENTER.key(), "Anders Birk, leder")
            .putValue(InstitutionMeetingFields.PRESENTATION.key(), "Hverdagen i vuggestuen")
            .putValue(InstitutionMeetingFields.ACKNOWLEDGE.key(), false);

    // Then it is refused in Danish; acknowledging it, the presentation is kept
    assertThatThrownBy(() -> submit(present, "anders", presentation))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Tilslut dig kodeks for samarbejde");
    submit(
        present, "anders", presentation.putValue(InstitutionMeetingFields.ACKNOWLEDGE.key(), true));
    assertThat(meetings.visit(meetingId).getPresenter()).isEqualTo("Anders Birk, leder");
    assertThat(meetings.hasAcknowledged(meetingId, "anders")).isTrue();
  }

  @Test
  void shouldRecordOnlyAttendeesAsAcknowledgingTheCodeAtTheMeeting() {
    // Given a meeting of 2066 presented and held
    ProcessInstance year = planEvenYear(2066);
    long meetingId = meetings.meetingIds(period(2066).getId(), 2066, COMMITTEE).get(0);
    submit(
        taskOfMeeting(tasks(year, InstitutionMeetingVariables.TASK_AGENDA), meetingId),
        "sofie",
        agenda("Dialog om trivsel", true));
    submit(
        task(year, InstitutionMeetingVariables.TASK_PRESENT),
        "mette",
        Variables.createVariables()
            .putValue(InstitutionMeetingFields.PRESENTER.key(), "Mette Skov, leder")
            .putValue(InstitutionMeetingFields.PRESENTATION.key(), "Skolens hverdag")
            .putValue(InstitutionMeetingFields.ACKNOWLEDGE.key(), true));
    today("2066-03-11");
    fireMeetingDay(year, meetingId);
    Task register = task(year, InstitutionMeetingVariables.TASK_REGISTER);

    // When lene is recorded as acknowledging the code without having attended
    VariableMap record =
        Variables.createVariables()
            .putValue(InstitutionMeetingFields.HELD_ON.key(), "2066-03-10")
            .putValue(
                InstitutionMeetingFields.ATTENDEES.key(),
                SpinValues.jsonValue("[\"annette\",\"mette\"]").create())
            .putValue(
                InstitutionMeetingFields.ACKNOWLEDGED_AT_MEETING.key(),
                SpinValues.jsonValue("[\"lene\"]").create())
            .putValue(InstitutionMeetingFields.MINUTES.key(), "Referat");

    // Then the record is refused in Danish and nothing is recorded; someone unknown neither
    assertThatThrownBy(() -> submit(register, "sofie", record))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("kan kun tilslutte sig kodekset på mødet, hvis vedkommende deltog");
    record.putValue(
        InstitutionMeetingFields.ATTENDEES.key(),
        SpinValues.jsonValue("[\"annette\",\"ukendt\"]").create());
    assertThatThrownBy(() -> submit(register, "sofie", record))
        .hasMessageContaining("'Deltog i mødet' har værdien 'ukendt', som ikke er et af valgene");
    assertThat(meetings.meeting(meetingId).getStatus()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(meetings.hasAcknowledged(meetingId, "lene")).isFalse();
  }

  // ---- driving the process

  private ProcessInstance start(int year) {
    Period period =
        periods
            .findBudgetYear(year)
            .orElseGet(() -> periods.openBudgetYear(year, "Årshjul " + year));
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            InstitutionMeetingVariables.PROCESS_KEY,
            year + "/Børne- og Undervisningsudvalget",
            Map.of(
                "periodId",
                period.getId(),
                "year",
                year,
                InstitutionMeetingVariables.COMMITTEE.name(),
                COMMITTEE));
  }

  /** The year planned with three meetings: Gl. Rye 10 March, Dagtilbud Ry 9 June, 6 October. */
  private ProcessInstance planEvenYear(int year) {
    ProcessInstance instance = start(year);
    submit(
        task(instance, InstitutionMeetingVariables.TASK_PLAN),
        "sofie",
        Variables.createVariables()
            .putValue(
                InstitutionMeetingFields.MEETINGS,
                rows(
                    meeting(year + "-03-10", "gl-rye", "niels-ebbesen", null),
                    meeting(year + "-06-09", "dagtilbud-ry", "dagtilbud-skanderborg", null),
                    meeting(year + "-10-06", "niels-ebbesen", "gl-rye", null))));
    return instance;
  }

  private Period period(int year) {
    return periods.findBudgetYear(year).orElseThrow();
  }

  private static Object rows(String... meetings) {
    return SpinValues.jsonValue("[" + String.join(",", meetings) + "]").create();
  }

  private static String meeting(String date, String host, String invited, String guests) {
    return "{\"date\":\""
        + date
        + "\",\"host\":\""
        + host
        + "\",\"invited\":"
        + (invited == null ? "[]" : "[\"" + invited + "\"]")
        + ",\"guests\":"
        + (guests == null ? "null" : "\"" + guests + "\"")
        + "}";
  }

  private static VariableMap agenda(String item, boolean confirmed) {
    return Variables.createVariables()
        .putValue(
            InstitutionMeetingFields.AGENDA,
            SpinValues.jsonValue(
                    "[{\"title\":\"Rundvisning: stedet og det daglige arbejde\","
                        + "\"description\":null},{\"title\":\""
                        + item
                        + "\",\"description\":null}]")
                .create())
        .putValue(InstitutionMeetingFields.NOTHING_AT_STAKE.key(), confirmed);
  }

  private void submit(Task task, String user, VariableMap values) {
    engine.getTaskService().claim(task.getId(), user);
    try {
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 1) {
        engine.getTaskService().setAssignee(task.getId(), null);
      }
    }
  }

  private Task task(ProcessInstance instance, String definitionKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(definitionKey)
        .singleResult();
  }

  private List<Task> tasks(ProcessInstance instance, String definitionKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(definitionKey)
        .list();
  }

  private Task taskOfMeeting(List<Task> tasks, long meetingId) {
    return tasks.stream().filter(task -> meetingIdOf(task) == meetingId).findFirst().orElseThrow();
  }

  private long meetingIdOf(Task task) {
    return EngineForms.idVariable(engine, task.getId(), InstitutionMeetingVariables.MEETING_ID);
  }

  private List<String> candidateGroups(Task task) {
    return EngineForms.candidateGroups(engine, task.getId());
  }

  private void fireMeetingDay(ProcessInstance instance, long meetingId) {
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .list()
            .stream()
            .filter(job -> job.getDuedate().equals(meetings.meetingDay(meetingId)))
            .findFirst()
            .orElseThrow();
    engine.getManagementService().executeJob(timer.getId());
  }

  private static void today(String day) {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
  }

  private String listType(Task task, String field) {
    return engine.getTaskService().getVariableLocalTyped(task.getId(), field).getType().getName();
  }
}
