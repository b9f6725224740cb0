package dk.aarshjul.it;

import static dk.aarshjul.process.EngineRest.vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.tracks.DusTestData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of the models built on development contracts, dialogue meetings and follow-up:
 * Skanderborg's year ({@link SkanderborgDriving}) and Hvidovre's term ({@link HvidovreDriving}).
 * Answers are fixed per unit (chosen by a hash of the unit's name), so two runs of the same year
 * give the same data: some approvers send the contract back once, some dialogue meetings agree
 * adjustments, some follow-up reports are sent back once in round 2.
 */
abstract class ContractCycleDriving implements ModelDriving {

  final int year;
  final LocalDate today = LocalDate.now();

  /** Every contract holder drafts {@code count} goals (default two). */
  private int termGoals = 5;

  private String goals = DusTestData.goalsMeetingDus();

  ContractCycleDriving(int year) {
    this.year = year;
  }

  /** The requirements the approver confirms (a DUS year's free-text requirement, or none). */
  abstract String confirmedRequirements();

  /** The date the dialogue meeting is planned for. */
  abstract String plannedDialogueDate();

  @Override
  public void goalsPerContract(int count) {
    this.termGoals = Math.min(count, 5);
    this.goals = DusTestData.goalsMeetingDus(count);
  }

  @Override
  public Map<String, Object> answer(Task task) {
    String key = task.key();
    String businessKey = task.businessKey();
    String unitName = task.unitName();
    return switch (key) {
      case "Task_RegisterThemeMeeting" ->
          vars(
              "meetingDate",
              (year - 1) + "-11-14",
              "politicalDirection",
              "Borgernær velfærd og grøn omstilling",
              "themes",
              CycleDriver.jsonValue(
                  "[{\"kind\":\"dilemma\",\"title\":\"Velfærd med færre hænder\",\"description\":\"Rekruttering\"},"
                      + "{\"kind\":\"tema\",\"title\":\"Bæredygtig omstilling\",\"description\":\"Klima\"}]"));
      case "Task_DraftTracks" -> dus();
      case "Task_PublishTracks" -> vars("decision", "udgiv");
      case "Task_HoldEarlyDialogue" ->
          vars("earlyDialogueNotes", "Fokus på rehabilitering og færre genindlæggelser");
      case "Task_DraftContract" ->
          vars(
              "goals",
              CycleDriver.jsonValue(goals),
              "leadershipSpanAssessment",
              "Ledelsesspændet er vurderet efter principperne");
      case "Task_GiveStakeholderComment" -> vars("comment", "Vi bakker op om målene");
      case "Task_ApproveContract" ->
          CycleDriver.chosen(unitName, 5) && task.finishedBefore() == 0
              ? vars("decision", "sendTilbage", "comment", "Beskriv aktiviteterne mere konkret")
              : vars(
                  "decision",
                  "godkend",
                  "confirmedRequirements",
                  CycleDriver.jsonValue(confirmedRequirements()));
      case "Task_PrepareCommitteeMaterial" ->
          vars(
              "trends",
              "Flere ældre og flere børn med særlige behov",
              "satisfaction",
              "Brugertilfredshed 84 %",
              "documentation",
              "Kvalitetsrapporter",
              "keyFigures",
              "Udgifter pr. borger og ventetider");
      case "Task_RegisterCommitteeMeeting" -> registerCommitteeMeeting(task);
      case "Task_CollectUnitInput" ->
          Boolean.parseBoolean(task.form("hasBoard"))
              ? vars("staffInput", "Mere tid til faglig sparring", "boardInput", "Fokus på trivsel")
              : vars("staffInput", "Mere tid til faglig sparring");
      case "Task_HoldCommitteeDialogue" -> holdCommitteeDialogue(task);
      case "Task_DraftBeacons" ->
          vars(
              "beacons",
              CycleDriver.jsonValue(
                  "[{\"title\":\"Trivsel for alle\",\"description\":\"Alle trives\"},"
                      + "{\"title\":\"Fællesskab i nærmiljøet\"}]"));
      case "Task_DecideBeacons" -> vars("decision", "besluttet");
      case "Task_DraftTermGoals" -> vars("goals", CycleDriver.jsonValue(termGoals(task, false)));
      case "Task_ConsiderFollowUp" -> vars("followUpRemarks", "Udvalget drøftede opfølgningen");
      case "Task_ReviewTermGoals" ->
          CycleDriver.chosen(unitName, 7)
              ? vars(
                  "decision",
                  "tilpas",
                  "reason",
                  "Budgettet flytter midler til forebyggelse",
                  "goals",
                  CycleDriver.jsonValue(termGoals(task, true)))
              : vars("decision", "behold");
      case "Task_ApproveGoalAdjustment" -> vars("decision", "godkend");
      case "Task_PresentGoalsToCouncil" ->
          vars("presentedOn", year + "-01-20", "councilRemarks", "Byrådet ønsker fokus på spor 3");
      case "Task_PlanDialogueMeeting" ->
          vars("plannedDate", plannedDialogueDate(), "place", "Rådhuset, Skanderborg");
      case "Task_HoldDialogueMeeting" -> holdDialogue(task);
      case "Task_AdjustContract" ->
          vars(
              "goals",
              CycleDriver.jsonValue(goals.replace("Under 5 %", "Under 4,5 %")),
              "leadershipSpanAssessment",
              "Ledelsesspændet er vurderet efter principperne");
      case "Task_ReportGoalStatus" -> reportGoalStatus(task);
      case "Task_ReviewGoalStatus" ->
          businessKey.endsWith("/Opfølgning 2")
                  && CycleDriver.chosen(unitName, 7)
                  && task.finishedBefore() == 0
              ? vars("decision", "sendTilbage", "comment", "Uddyb virkningen for borgerne")
              : vars("decision", "godkend");
      case "Task_ConsiderYearEndReport" ->
          vars("directorateConclusion", "Spor 2 fortsætter næste år");
      default ->
          throw new AssertionError(
              "Driveren kender ikke opgaven " + key + " (" + businessKey + ")");
    };
  }

  private Map<String, Object> dus() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(
        "tracks",
        CycleDriver.jsonValue(
            """
        [{"title":"Bedre eksekvering af Byrådets beslutninger"},{"title":"God ledelse og bæredygtig organisation"},
         {"title":"Opfølgning og virkning for borgerne"}]"""));
    form.put(
        "requirements",
        CycleDriver.jsonValue(
            """
        [{"title":"Mindst ét mål om eksekvering af Byrådets beslutninger","rule":"GOAL_ON_TRACK","trackNumber":1},
         {"title":"Lokalt mål for sygefravær","rule":"GOAL_WITH_TARGET"},
         {"title":"Vurdering af eget ledelsesspænd","rule":"LEADERSHIP_SPAN_ASSESSED"},
         {"title":"Beskriv hvordan det tværgående samarbejde styrkes","rule":"APPROVER_CONFIRMS"}]"""));
    form.put("contractDeadline", Map.of("value", today.plusDays(30).toString()));
    // the dialogue window opened yesterday and both follow-up dates have passed: the timers are due
    // at once
    form.put("dialogueFrom", Map.of("value", today.minusDays(1).toString()));
    form.put("dialogueTo", Map.of("value", today.plusDays(90).toString()));
    form.put(
        "followUpDates",
        CycleDriver.jsonValue(
            "[{\"date\":\""
                + today.minusDays(2)
                + "\"},{\"date\":\""
                + today.minusDays(1)
                + "\"}]"));
    form.put(
        "meetingModels",
        CycleDriver.jsonValue(
            """
        [{"area":"boern-unge","model":"SAME_UNIT_TYPE"},{"area":"aeldre-handicap","model":"WHOLE_AREA"},
         {"area":"stab-oekonomi","model":"SINGLE_UNIT"}]"""));
    form.put("earlyDialogueUnits", CycleDriver.jsonValue("[\"aeldrecenter-ry\"]"));
    return Map.of("variables", form);
  }

  /** The committee's meeting: each group of its institutions meets as one type. */
  private Map<String, Object> registerCommitteeMeeting(Task task) {
    ArrayNode models = (ArrayNode) task.formJson("meetingModels");
    models.forEach(row -> ((ObjectNode) row).put("meetingModel", "SAME_UNIT_TYPE"));
    return vars(
        "meetingDate",
        year + "-02-10",
        "decisions",
        "Udvalget besluttede dialogmødernes form",
        "meetingModels",
        CycleDriver.jsonValue(models.toString()),
        "facilitated",
        false,
        "jointCommittees",
        CycleDriver.jsonValue("[]"));
  }

  /** The committee's wishes for every institution of its meeting. */
  private Map<String, Object> holdCommitteeDialogue(Task task) {
    ArrayNode outcomes = (ArrayNode) task.formJson("outcomes");
    outcomes.forEach(
        row ->
            ((ObjectNode) row)
                .put("followUpNotes", "Sidste års mål er delvist nået")
                .put("committeeWishes", "Fokus på trivsel og fællesskab"));
    return vars(
        "minutes",
        "Dialog om institutionernes udvikling",
        "outcomes",
        CycleDriver.jsonValue(outcomes.toString()));
  }

  /**
   * The driver's number of goals in the common template, each serving the committee's first beacon;
   * {@code adjusted}: the first one revised after the budget.
   */
  private String termGoals(Task task, boolean adjusted) {
    String beacon = task.formJson("beaconOptions").get(0).get("value").asText();
    ArrayNode rows = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (int i = 1; i <= termGoals; i++) {
      ObjectNode goal =
          rows.addObject()
              .put("title", (adjusted && i == 1 ? "Efter budgettet: mål " : "Mål ") + i)
              .put("expectedEffect", "Flere borgere oplever bedre kvalitet")
              .put("effectFollowUp", "Måles hvert år i november")
              .put("indicator", "Andel tilfredse");
      goal.putArray("beacons").add(beacon);
    }
    return rows.toString();
  }

  /** Minutes, and adjustments agreed for the chosen units of the meeting. */
  private Map<String, Object> holdDialogue(Task task) {
    ArrayNode agreements = (ArrayNode) task.formJson("agreements");
    for (JsonNode row : agreements) {
      boolean agreed = CycleDriver.chosen(row.get("unitName").asText(), 4);
      ((ObjectNode) row).put("agreed", agreed);
      if (agreed) {
        ((ObjectNode) row).put("agreedText", "Målet for sygefravær skærpes til under 4,5 %");
      }
    }
    return vars(
        "minutes",
        "Drøftet årets mål og samarbejdet på tværs",
        "agreements",
        CycleDriver.jsonValue(agreements.toString()));
  }

  /**
   * Each goal of the prefilled list: an actual value where the goal has a target, else a colour;
   * and the effect.
   */
  private Map<String, Object> reportGoalStatus(Task task) {
    int round = task.businessKey().endsWith("/Opfølgning 2") ? 2 : 1;
    return vars(
        "goalStatuses",
        CycleDriver.jsonValue(
            CycleDriver.goalStatusAnswers(task.formJson("goalStatuses"), round).toString()));
  }
}
