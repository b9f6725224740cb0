package dk.aarshjul.tracks;

import static dk.aarshjul.tracks.TracksVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A complete DUS as the directorate submits it from Tasklist (lists as Json, dates as ISO strings).
 */
public final class DusTestData {

  private DusTestData() {}

  /**
   * Three tracks, four requirements (one per rule the check understands plus one the approver
   * confirms).
   */
  public static Map<String, Object> completeDus(int year) {
    Map<String, Object> form = new HashMap<>();
    form.put(
        TRACKS,
        SpinValues.jsonValue(
                """
        [{"title":"Bedre eksekvering af Byrådets beslutninger","description":"Fra beslutning til virkning"},
         {"title":"God ledelse og bæredygtig organisation"},
         {"title":"Opfølgning og virkning for borgerne"}]""")
            .create());
    form.put(
        REQUIREMENTS,
        SpinValues.jsonValue(
                """
        [{"title":"Mindst ét mål om eksekvering af Byrådets beslutninger","rule":"GOAL_ON_TRACK","trackNumber":1},
         {"title":"Lokalt mål for sygefravær","rule":"GOAL_WITH_TARGET"},
         {"title":"Vurdering af eget ledelsesspænd","rule":"LEADERSHIP_SPAN_ASSESSED"},
         {"title":"Beskriv hvordan det tværgående samarbejde styrkes","rule":"APPROVER_CONFIRMS"}]""")
            .create());
    form.put(CONTRACT_DEADLINE, (year - 1) + "-12-15");
    form.put(DIALOGUE_FROM, year + "-03-01");
    form.put(DIALOGUE_TO, year + "-05-31");
    form.put(
        FOLLOW_UP_DATES,
        SpinValues.jsonValue(
                "[{\"date\":\"" + year + "-06-15\"},{\"date\":\"" + year + "-11-15\"}]")
            .create());
    form.put(
        MEETING_MODELS,
        SpinValues.jsonValue(
                """
        [{"area":"boern-unge","model":"SAME_UNIT_TYPE"},{"area":"aeldre-handicap","model":"WHOLE_AREA"},
         {"area":"stab-oekonomi","model":"SINGLE_UNIT"}]""")
            .create());
    form.put(EARLY_DIALOGUE_UNITS, SpinValues.jsonValue("[\"soelund\"]").create());
    return form;
  }

  /**
   * {@code count} goals (at least two) meeting every rule-checked requirement: the two of {@link
   * #goalsMeetingDus()} and more on track 3, as a larger unit writes them.
   */
  public static String goalsMeetingDus(int count) {
    if (count < 2) {
      throw new IllegalArgumentException("Mindst to mål opfylder kravene");
    }
    StringBuilder goals = new StringBuilder(goalsMeetingDus().strip());
    goals.setLength(goals.length() - 1);
    for (int goal = 3; goal <= count; goal++) {
      goals
          .append(",\n {\"track\":\"3\",\"title\":\"Virkning for borgerne ")
          .append(goal)
          .append(
              "\",\"purpose\":\"Borgerne mærker forskellen\",\"activities\":\"Borgerpanel og opfølgning\",")
          .append(
              "\"effectFollowUp\":\"Kvartalsvis måling\",\"multiYear\":false,\"sharedWithOthers\":false}");
    }
    return goals.append("]").toString();
  }

  /**
   * Goals for {@link #completeDus}: meet every rule-checked requirement (K1 track 1, K2
   * sickness-absence target).
   */
  public static String goalsMeetingDus() {
    return """
        [{"track":"1","title":"Byrådets beslutninger ud i livet","purpose":"Den røde tråd fra Byråd til borger",
          "activities":"Budgetbeslutninger gennemgås på personalemøder","effectFollowUp":"Halvårlig status",
          "multiYear":true,"sharedWithOthers":false},
         {"track":"2","title":"Lavere sygefravær","purpose":"Bedre arbejdsmiljø","activities":"Trivselssamtaler",
          "effectFollowUp":"Månedlig opgørelse","indicator":"Sygefravær i procent","target":"Under 5 %",
          "multiYear":false,"sharedWithOthers":true,"addresses":["K2"]}]
        """;
  }
}
