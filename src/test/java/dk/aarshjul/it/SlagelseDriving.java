package dk.aarshjul.it;

import static dk.aarshjul.process.EngineRest.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Slagelse's year ({@code slagelse-year}, e.g. "2026/Slagelse"), until it has ended: the council's
 * code of conduct, the directorate's common goals, each standing committee's three meetings at its
 * institutions (every unit invited to one of them, each held at one of the invited units, whose
 * leader presents the place), each unit's udviklingsaftale drafted by its leader and approved by
 * its committee's secretariat (about one in five sent back once), and its follow-up
 * red/yellow/green reported by the leader and approved by the group chief.
 *
 * <p>Real dates: a meeting cannot be planned in the past, so the year is this year and the three
 * meetings of each committee are planned for today and the next two days. The meeting days that
 * have not come yet are fired by the administrator ({@link #timersFiredEarly}), and their record
 * gives today as the day they were held (a meeting is not registered as held in the future); so is
 * the follow-up date when it lies ahead. It cannot run on 30 or 31 December (three days are left of
 * the year).
 */
public final class SlagelseDriving implements ModelDriving {

  static final String YEAR = "slagelse-year";
  static final int MEETINGS = 3;
  static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  private final int year;
  private int goals = 2;

  SlagelseDriving(int year) {
    this.year = year;
  }

  @Override
  public String processKey() {
    return YEAR;
  }

  @Override
  public String businessKey() {
    return year + "/Slagelse";
  }

  @Override
  public Map<String, Object> startForm() {
    return vars("year", year);
  }

  @Override
  public List<String> taskBusinessKeys() {
    return List.of(year + "/%");
  }

  @Override
  public void goalsPerContract(int count) {
    this.goals = Math.max(2, Math.min(count, 5));
  }

  @Override
  public List<Timer> timersFiredEarly() {
    return List.of(
        new Timer("institution-meetings", "Timer_MeetingDay"),
        new Timer(YEAR, "Timer_FollowUpDue"));
  }

  @Override
  public boolean completed(CycleDriver driver, String base) {
    JsonNode instances = driver.mainInstances(base);
    return !instances.isEmpty() && "COMPLETED".equals(instances.get(0).get("state").asText());
  }

  @Override
  public Map<String, Object> answer(Task task) {
    return switch (task.key()) {
      case "Task_RegisterCodeOfConduct" ->
          vars(
              "conductAdoptedOn",
              earliest(LocalDate.of(year, 1, 5), today()).toString(),
              "conductTitle",
              "Kodeks for samarbejde",
              "conductText",
              "Politikere og ansatte mødes med tillid og respekt for hinandens roller.",
              "conductValues",
              CycleDriver.jsonValue(
                  "[{\"name\":\"Sandhed\"},{\"name\":\"Faglighed\"},"
                      + "{\"name\":\"Åbenhed om fejl\"},{\"name\":\"Udvikling og samarbejde\"}]"));
      case "Task_RegisterCommonGoals" ->
          vars(
              "commonGoals",
              CycleDriver.jsonValue(
                  "[{\"scope\":\"organisation\",\"title\":\"Én indgang for borgerne\"},"
                      + "{\"scope\":\"organisation\",\"title\":\"Et sundt arbejdsmiljø\"}]"));
      case "Task_PlanInstitutionMeetings" -> planMeetings(task);
      case "Task_PrepareMeetingAgenda" ->
          vars(
              "agenda",
              CycleDriver.jsonValue(
                  "[{\"title\":\"Dialog om kerneopgaven\"},{\"title\":\"Samarbejdet på tværs\"}]"),
              "nothingAtStake",
              true);
      case "Task_PresentInstitution" ->
          vars(
              "presenter",
              "Lederen og en medarbejder",
              "presentation",
              "Rundvisning og en fortælling om hverdagen",
              "acknowledgeConduct",
              true);
      case "Task_RegisterInstitutionMeeting" -> registerMeeting(task);
      case "Task_DraftAgreement" -> draftAgreement(task);
      case "Task_ApproveContract" ->
          CycleDriver.chosen(task.unitName(), 5) && task.finishedBefore() == 0
              ? vars("decision", "sendTilbage", "comment", "Gør målene mere konkrete")
              : vars("decision", "godkend");
      case "Task_ReportGoalStatus" ->
          vars(
              "goalStatuses",
              CycleDriver.jsonValue(
                  CycleDriver.goalStatusAnswers(task.formJson("goalStatuses"), 1).toString()));
      case "Task_ReviewGoalStatus" -> vars("decision", "godkend");
      default ->
          throw new AssertionError(
              "Driveren kender ikke opgaven " + task.key() + " (" + task.businessKey() + ")");
    };
  }

  /**
   * How many meetings a committee with {@code units} units plans: three, or more when the form's
   * limit of {@value #MAX_INVITED} invited units per meeting needs it.
   */
  public static int meetingsFor(long units) {
    return (int) Math.max(MEETINGS, (units + MAX_INVITED - 1) / MAX_INVITED);
  }

  /**
   * The plan form's limit on a meeting's invited units ("Inviterede enheder", plan-institution-
   * meetings.form).
   */
  static final int MAX_INVITED = 100;

  /**
   * Three meetings from today (more for a committee above 300 units), each unit invited to one of
   * them (in turn), each held at the first unit invited.
   */
  private Map<String, Object> planMeetings(Task task) {
    List<String> units = new ArrayList<>();
    task.formJson("unitOptions").forEach(option -> units.add(option.get("value").asText()));
    LocalDate today = today();
    int count = meetingsFor(units.size());
    if (today.plusDays(count - 1).getYear() != year) {
      throw new AssertionError(
          "Slagelses år "
              + year
              + " kan ikke planlægges "
              + today
              + ": der er ikke "
              + count
              + " dage tilbage af året til møderne.");
    }
    ArrayNode meetings = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < count; i++) {
      ObjectNode meeting = meetings.addObject().put("date", today.plusDays(i).toString());
      ArrayNode invited = meeting.putArray("invited");
      for (int u = i; u < units.size(); u += count) {
        invited.add(units.get(u));
      }
      // a committee with fewer units than meetings: the first unit hosts the rest
      meeting.put("host", invited.isEmpty() ? units.get(0) : invited.get(0).asText());
    }
    return vars("meetings", CycleDriver.jsonValue(meetings.toString()));
  }

  /**
   * Held on its day (today, if the administrator fired a meeting day still ahead); attended by the
   * first participant, who acknowledges the code there if not yet this term.
   */
  private Map<String, Object> registerMeeting(Task task) {
    LocalDate planned = LocalDate.parse(task.form("heldOn"));
    JsonNode participants = task.formJson("participantOptions");
    String attendee = participants.get(0).get("value").asText();
    Set<String> notAcknowledged = new HashSet<>();
    task.formJson("notAcknowledgedOptions")
        .forEach(option -> notAcknowledged.add(option.get("value").asText()));
    ArrayNode acknowledging = JsonNodeFactory.instance.arrayNode();
    if (notAcknowledged.contains(attendee)) {
      acknowledging.add(attendee);
    }
    return vars(
        "heldOn",
        earliest(planned, today()).toString(),
        "attendees",
        CycleDriver.jsonValue(JsonNodeFactory.instance.arrayNode().add(attendee).toString()),
        "acknowledgedAtMeeting",
        CycleDriver.jsonValue(acknowledging.toString()),
        "visitMinutes",
        "Udvalget så stedet og drøftede kerneopgaven med lederne.");
  }

  /**
   * The driver's number of goals (two to five): the unit's contribution to the first common goal,
   * and the management's own goals for the unit.
   */
  private Map<String, Object> draftAgreement(Task task) {
    String commonGoal = task.formJson("commonGoalOptions").get(0).get("value").asText();
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    rows.addObject()
        .put("kind", "faelles")
        .put("commonGoal", commonGoal)
        .put("title", "Én indgang for borgerne i enheden")
        .put("purpose", "Borgeren oplever én kommune; vi samler henvendelserne ét sted")
        .put("effectFollowUp", "Borgernes vurdering i den årlige måling");
    for (int i = 2; i <= goals; i++) {
      rows.addObject()
          .put("kind", "ledelse")
          .put("title", "Ledelsens mål " + i)
          .put("purpose", "Et godt arbejdsmiljø og færre sygedage")
          .put("effectFollowUp", "Sygefravær i procent hvert kvartal");
    }
    return vars("goals", CycleDriver.jsonValue(rows.toString()));
  }

  private static LocalDate today() {
    return LocalDate.now(DENMARK);
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
