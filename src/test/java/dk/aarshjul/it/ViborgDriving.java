package dk.aarshjul.it;

import static dk.aarshjul.process.EngineRest.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first year of Viborg's Sammenhængsmodel ({@code viborg-term}, e.g. "2026–2029/Viborg") and
 * the year's SamLabs ({@code viborg-samlab}).
 *
 * <p>The term: the council's political workshop over two theme meetings (two themes, three goals;
 * the second meeting rewords one), the council's adoption, the data team's measurement, the
 * baseline survey and register data imported by one member of the data team and published by
 * another, every committee's priorities (every committee takes the first two goals) and the joint
 * committee meetings on each goal that two or more committees took, with two proposed initiatives
 * each, which the directorate decides. The first year is over when the term waits for the next
 * year's citizen survey ({@code Timer_SurveyHeld}); {@code firstYear} must be a term whose next
 * survey date lies ahead.
 *
 * <p>The units: Viborg's model has no agreement per unit – a unit's leader takes part in the model
 * through a SamLab, a six-week laboratory of 6–8 leaders and staff on a problem across the
 * organisation. The driven year gives every unit's leader one SamLab: the directorate starts the
 * first; seeing its list of units it starts one SamLab per eight leaders (composed of consecutive
 * units of the list, topped up with named staff to six), which are presented and decided. The
 * SamLabs began seven weeks ago, so their six weeks are over and the timers are due at once.
 */
final class ViborgDriving implements ModelDriving {

  static final String TERM = "viborg-term";
  static final String SAMLAB = "viborg-samlab";
  static final int LEADERS_PER_SAMLAB = 8;
  static final int MIN_PARTICIPANTS = 6;

  static final String SURVEY_QUESTION = "Hvor ofte føler du dig ensom?";
  static final String STATEMENT =
      "Mine sager hænger sammen, selv om flere afdelinger er involveret";

  /** Two themes with three goals, as the form sends them: each theme row holds its goals. */
  static final String TWO_THEMES_THREE_GOALS =
      "[{\"title\":\"Sundhed\",\"description\":\"Et godt og langt liv\",\"goals\":["
          + "{\"title\":\"Færre borgere føler sig ensomme\",\"description\":null},"
          + "{\"title\":\"Flere borgere er fysisk aktive\",\"description\":null}]},"
          + "{\"title\":\"Vækst og socialt ansvar\",\"description\":null,\"goals\":["
          + "{\"title\":\"Flere indbyggere\",\"description\":\"Også i landsbyerne\"}]}]";

  /** How the data team measures each goal, by its title. */
  static final Map<String, String> MEASUREMENT =
      Map.of(
          "Færre borgere føler sig ensomme",
          "{\"source\":\"borgermaaling\",\"codeOrQuestion\":\""
              + SURVEY_QUESTION
              + "\",\"countedAnswers\":\"Ofte\",\"label\":\"Andel, der ofte føler sig ensomme\","
              + "\"unit\":\"procent\",\"target\":\"6\",\"direction\":\"lavere\"}",
          "Flere borgere er fysisk aktive",
          "{\"source\":\"borgermaaling\",\"codeOrQuestion\":\"Hvor ofte dyrker du motion?\","
              + "\"countedAnswers\":\"Dagligt; Ugentligt\","
              + "\"label\":\"Andel, der dyrker motion mindst ugentligt\",\"unit\":\"procent\","
              + "\"target\":\"70\",\"direction\":\"hoejere\"}",
          "Flere indbyggere",
          "{\"source\":\"register\",\"codeOrQuestion\":\"Indbyggertal\",\"countedAnswers\":null,"
              + "\"label\":\"Antal indbyggere\",\"unit\":\"antal\",\"target\":\"100.000\","
              + "\"direction\":\"hoejere\"}");

  private final int firstYear;
  private final String termName;
  private final LocalDate samLabsStarted = LocalDate.now().minusWeeks(7);

  ViborgDriving(int firstYear) {
    this.firstYear = firstYear;
    this.termName = firstYear + "–" + (firstYear + 3);
  }

  @Override
  public String processKey() {
    return TERM;
  }

  @Override
  public String businessKey() {
    return termName + "/Viborg";
  }

  @Override
  public Map<String, Object> startForm() {
    return vars("firstYear", firstYear);
  }

  @Override
  public List<String> taskBusinessKeys() {
    return List.of(termName + "/%", "SamLab/" + samLabProblem("") + "%");
  }

  @Override
  public boolean decidedByAnotherMember(String taskKey) {
    return "Task_ReviewImport".equals(taskKey);
  }

  /** The directorate starts the year's first SamLab; it starts the others when composing it. */
  @Override
  public void started(CycleDriver driver, String base) {
    startSamLabs(driver, base, 1);
  }

  /**
   * The term waits for next year's survey, every SamLab of the year has ended, and no task of the
   * year is open.
   */
  @Override
  public boolean completed(CycleDriver driver, String base) {
    JsonNode term = driver.mainInstances(base);
    if (term.isEmpty()) {
      return false;
    }
    long atNextSurvey =
        driver
            .get(
                base,
                "/engine-rest/job/count?timers=true&activityId=Timer_SurveyHeld&processInstanceId="
                    + term.get(0).get("id").asText())
            .get("count")
            .asLong();
    return atNextSurvey > 0
        && samLabs(driver, base, false) > 0
        && samLabs(driver, base, true) == 0
        && driver.openTasks(base).isEmpty();
  }

  @Override
  public Map<String, Object> answer(Task task) {
    return switch (task.key()) {
      case "Task_RegisterWorkshopMeeting" -> workshopMeeting(task.finishedBefore() == 0);
      case "Task_RegisterCouncilAdoption" ->
          vars(
              "decidedOn",
              firstYear + "-05-05",
              "adoption",
              "vedtaget",
              "repealedPolicies",
              "Sundhedspolitik 2019\nErhvervsstrategi 2020");
      case "Task_DefineMeasurement" -> measurement(task);
      case "Task_ImportData" -> importData(task);
      case "Task_ReviewImport" -> vars("publish", "offentliggoer");
      case "Task_PrioritiseGoals" -> prioritise(task);
      case "Task_HoldJointMeeting" -> holdJointMeeting(task);
      case "Task_DecideInitiatives" -> decideInitiatives(task);
      case "Task_ComposeSamLab" -> composeSamLab(task);
      case "Task_PresentSamLab" ->
          vars(
              "resultSummary",
              "Én fælles kontaktperson for borgere med sager i flere afdelinger sparer gentagelser.",
              "slidesLink",
              "https://dokumenter.viborg.example/samlab/" + hold(task.businessKey()),
              "slideCount",
              8);
      case "Task_DecideSamLab" ->
          vars(
              "samLabDecision",
              CycleDriver.chosen(task.businessKey(), 3) ? "initiativ" : "drift",
              "samLabDecisionText",
              "Resultatet bruges i driften fra næste kvartal.");
      default ->
          throw new AssertionError(
              "Driveren kender ikke opgaven " + task.key() + " (" + task.businessKey() + ")");
    };
  }

  // ---- the term

  /** The first theme meeting leaves two themes and three goals; the second rewords one. */
  private Map<String, Object> workshopMeeting(boolean first) {
    return vars(
        "meetingDate",
        firstYear + (first ? "-02-10" : "-04-14"),
        "workshopNotes",
        "Byrådet drøftede temaerne med borgmesteren som facilitator.",
        "themes",
        CycleDriver.jsonValue(
            first
                ? TWO_THEMES_THREE_GOALS
                : TWO_THEMES_THREE_GOALS.replace("Også i landsbyerne", "I by og på land")),
        "workshopDone",
        first ? "naesteMoede" : "klarTilVedtagelse");
  }

  /** Each prefilled goal row with how it is measured; one coherence statement. */
  private Map<String, Object> measurement(Task task) {
    ArrayNode rows = (ArrayNode) task.formJson("indicators");
    ArrayNode indicators = JsonNodeFactory.instance.arrayNode();
    for (JsonNode row : rows) {
      String title = row.get("title").asText();
      String measure = MEASUREMENT.get(title);
      if (measure == null) {
        throw new AssertionError("Driveren kan ikke måle målsætningen " + title);
      }
      ObjectNode indicator = indicators.addObject().put("title", title);
      indicator.setAll((ObjectNode) task.driver().readTree(measure));
    }
    String statements =
        "[{\"question\":\""
            + STATEMENT
            + "\",\"countedAnswers\":\"Helt enig; Enig\","
            + "\"label\":\"Andel, der oplever, at deres sager hænger sammen\"}]";
    return vars(
        "baselineYear",
        firstYear,
        "indicators",
        CycleDriver.jsonValue(indicators.toString()),
        "statements",
        CycleDriver.jsonValue(statements));
  }

  /** The baseline survey or the register data, as the data team pastes the file. */
  private Map<String, Object> importData(Task task) {
    String subject = task.businessKey().substring(task.businessKey().indexOf('/') + 1);
    String file =
        subject.startsWith("Borgermåling")
            ? survey()
            : "indikator;år;værdi\nIndbyggertal;" + firstYear + ";97.512\n";
    return vars("fileName", subject + ".csv", "pastedFile", file);
  }

  /** The survey's aggregated results: loneliness, exercise and the coherence statement. */
  private static String survey() {
    return "spørgsmål;antal svar;svar;andel\n"
        + SURVEY_QUESTION
        + ";4012;Ofte;7,9\n"
        + SURVEY_QUESTION
        + ";4012;Sjældent eller aldrig;92,1\n"
        + "Hvor ofte dyrker du motion?;4010;Dagligt;22\n"
        + "Hvor ofte dyrker du motion?;4010;Ugentligt;40\n"
        + "Hvor ofte dyrker du motion?;4010;Sjældnere;38\n"
        + STATEMENT
        + ";3990;Helt enig;12\n"
        + STATEMENT
        + ";3990;Enig;28\n"
        + STATEMENT
        + ";3990;Uenig;60\n";
  }

  /** Every committee works on the council's first two goals first. */
  private Map<String, Object> prioritise(Task task) {
    JsonNode options = task.formJson("goalOptions");
    ArrayNode chosen = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < Math.min(2, options.size()); i++) {
      chosen.add(options.get(i).get("value").asText());
    }
    return vars("prioritisedGoals", CycleDriver.jsonValue(chosen.toString()));
  }

  /** The minutes, a status for each decided initiative (none in a first year), two proposals. */
  private Map<String, Object> holdJointMeeting(Task task) {
    ArrayNode statuses = (ArrayNode) task.formJson("initiativeStatuses");
    statuses.forEach(
        row ->
            ((ObjectNode) row)
                .put("colour", "gul")
                .put("effect", "Flere borgere får hjælp i tide"));
    return vars(
        "meetingDate",
        firstYear + "-10-06",
        "jointMinutes",
        "Udvalgene drøftede målsætningen på tværs af skoler, plejecentre og jobcenter.",
        "initiativeStatuses",
        CycleDriver.jsonValue(statuses.toString()),
        "proposals",
        CycleDriver.jsonValue(
            "[{\"title\":\"Besøgsvenner fra skolerne på plejecentrene\",\"description\":\"Elever"
                + " besøger beboere\"},{\"title\":\"Kampagne\",\"description\":null}]"));
  }

  /** The directorate starts the first proposal and rejects the others, saying why. */
  private Map<String, Object> decideInitiatives(Task task) {
    ArrayNode rows = (ArrayNode) task.formJson("initiativeDecisions");
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode row = (ObjectNode) rows.get(i);
      if (i == 0) {
        row.put("decision", "igangsaet").putNull("comment");
      } else {
        row.put("decision", "afvis").put("comment", "Kampagner har ikke virket før");
      }
    }
    return vars("initiativeDecisions", CycleDriver.jsonValue(rows.toString()));
  }

  // ---- the SamLabs

  /**
   * Hold k of the year's SamLabs takes the k-th of as many even slices of the unit list as there
   * are SamLabs (at most eight leaders each), led by its first unit's leader, topped up with staff
   * to six participants. Composing the first, the directorate starts the others.
   */
  private Map<String, Object> composeSamLab(Task task) {
    List<String> units = new ArrayList<>();
    task.formJson("unitOptions").forEach(option -> units.add(option.get("value").asText()));
    int samLabs = Math.max(1, (units.size() + LEADERS_PER_SAMLAB - 1) / LEADERS_PER_SAMLAB);
    int hold = hold(task.businessKey());
    if (hold == 1) {
      startSamLabs(task.driver(), task.base(), samLabs);
    }
    List<String> slice =
        units.subList(
            (int) ((long) (hold - 1) * units.size() / samLabs),
            (int) ((long) hold * units.size() / samLabs));
    if (slice.isEmpty()) {
      throw new AssertionError("SamLab " + hold + " har ingen enheder (" + units.size() + ")");
    }
    ArrayNode chosen = JsonNodeFactory.instance.arrayNode();
    slice.forEach(chosen::add);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("participantUnits", CycleDriver.jsonValue(chosen.toString()));
    form.put("leadUnit", Map.of("value", slice.get(0)));
    List<String> staff = new ArrayList<>();
    for (int i = slice.size(); i < MIN_PARTICIPANTS; i++) {
      staff.add("Medarbejder " + (i + 1) + ", SamLab " + hold);
    }
    if (!staff.isEmpty()) {
      form.put("staff", Map.of("value", String.join("\n", staff)));
    }
    return Map.of("variables", form);
  }

  /** Starts SamLab 1 to {@code count} of the year that are not started yet, as the directorate. */
  private void startSamLabs(CycleDriver driver, String base, int count) {
    Set<String> started = new HashSet<>();
    driver
        .get(
            base,
            "/engine-rest/history/process-instance?maxResults=1000&processDefinitionKey="
                + SAMLAB
                + "&processInstanceBusinessKeyLike="
                + CycleDriver.encode("SamLab/" + samLabProblem("") + "%"))
        .forEach(instance -> started.add(instance.path("businessKey").asText()));
    String directorate = null;
    for (int hold = 1; hold <= count; hold++) {
      if (started.contains("SamLab/" + samLabProblem(String.valueOf(hold)))) {
        continue;
      }
      if (directorate == null) {
        directorate = driver.memberOf(base, "direktion");
      }
      driver.startAs(
          base,
          SAMLAB,
          vars(
              "problem",
              samLabProblem(String.valueOf(hold)),
              "problemDescription",
              "Borgere med sager i flere afdelinger oplever, at ingen har overblikket.",
              "startsOn",
              samLabsStarted.toString()),
          directorate);
    }
  }

  /** The year's SamLabs (only the running ones: {@code unfinished}). */
  private long samLabs(CycleDriver driver, String base, boolean unfinished) {
    return driver
        .get(
            base,
            "/engine-rest/history/process-instance/count?processDefinitionKey="
                + SAMLAB
                + (unfinished ? "&unfinished=true" : "")
                + "&processInstanceBusinessKeyLike="
                + CycleDriver.encode("SamLab/" + samLabProblem("") + "%"))
        .get("count")
        .asLong();
  }

  /** The problem of SamLab {@code hold} of the year ("" for the common beginning). */
  private String samLabProblem(String hold) {
    return "Sammenhæng for borgere med sager i flere afdelinger " + firstYear + ", hold " + hold;
  }

  /** "SamLab/… 2026, hold 3" → 3. */
  private static int hold(String businessKey) {
    return Integer.parseInt(businessKey.substring(businessKey.lastIndexOf(' ') + 1));
  }
}
