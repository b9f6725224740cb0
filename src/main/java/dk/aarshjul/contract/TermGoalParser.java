package dk.aarshjul.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Requirement;
import dk.aarshjul.period.RequirementRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the goals submitted in the common goal template (a Json list) into validated {@link Goal}s
 * of a unit's term agreement: few goals (the period's limit), every goal serving at least one
 * decided beacon of the unit's committee. Every problem is reported in Danish, naming the goal and
 * the field.
 */
class TermGoalParser {

  private static final Set<String> GOAL_FIELDS =
      TermGoalFields.GOAL.stream().map(field -> field.key()).collect(Collectors.toSet());

  private final ObjectMapper objectMapper;

  TermGoalParser(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /** The most goals an agreement of the period may have (its MAX_GOALS requirement). */
  static int maxGoals(Period period) {
    return period.getRequirements().stream()
        .filter(requirement -> requirement.getRule() == RequirementRule.MAX_GOALS)
        .map(Requirement::getLimit)
        .filter(java.util.Objects::nonNull)
        .min(Integer::compare)
        .orElse(DraftParser.MAX_GOALS);
  }

  /** The decided beacons of a committee in the period: what a term goal can serve. */
  static List<Aim> beacons(Period period, long committeeId) {
    return period.aims(AimKind.BEACON, committeeId).stream().filter(Aim::isDecided).toList();
  }

  List<Goal> parseGoals(String json, Period period, long committeeId) {
    JsonNode root = DraftParser.readGoals(objectMapper, json);
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw DraftParser.invalid("Skriv mindst ét mål.");
    }
    int max = maxGoals(period);
    if (root.size() > max) {
      throw DraftParser.invalid(
          "Skriv højst "
              + max
              + " mål – få udviklingsmål kan kommunikeres til borgere og medarbejdere. Der er "
              + root.size()
              + ".");
    }
    Map<Long, Aim> beacons =
        beacons(period, committeeId).stream()
            .collect(Collectors.toMap(Aim::getId, Function.identity()));
    if (beacons.isEmpty()) {
      throw DraftParser.invalid(
          "Udvalget har ikke besluttet politiske pejlemærker for perioden endnu, så målene kan ikke"
              + " knyttes til et pejlemærke.");
    }
    List<Goal> goals = new ArrayList<>();
    int number = 1;
    for (JsonNode item : root) {
      goals.add(parseGoal(item, number++, beacons));
    }
    return goals;
  }

  private Goal parseGoal(JsonNode item, int number, Map<Long, Aim> beacons) {
    String prefix = "Mål " + number + ": ";
    DraftParser.checkFields(item, prefix, GOAL_FIELDS);
    String goals = ContractVariables.GOALS;
    String title = TermGoalFields.TITLE.text(item, goals, prefix);
    String expectedEffect = TermGoalFields.EXPECTED_EFFECT.text(item, goals, prefix);
    String followUp = TermGoalFields.EFFECT_FOLLOW_UP.text(item, goals, prefix);
    String indicator = TermGoalFields.INDICATOR.text(item, goals, prefix);
    String satisfaction = TermGoalFields.SATISFACTION_MEASURE.text(item, goals, prefix);
    List<Long> served = new ArrayList<>();
    JsonNode node = item.get(TermGoalFields.BEACONS.key());
    if (node != null && !node.isNull() && !node.isArray()) {
      throw DraftParser.invalid(
          prefix + "'" + TermGoalFields.BEACONS.label() + "' skal være en liste.");
    }
    if (node != null && node.isArray()) {
      for (JsonNode value : node) {
        Long id = DraftParser.id(value);
        if (id == null || !beacons.containsKey(id)) {
          throw DraftParser.invalid(
              prefix
                  + "pejlemærket '"
                  + value.asText()
                  + "' er ikke et af udvalgets besluttede pejlemærker.");
        }
        if (!served.contains(id)) {
          served.add(id);
        }
      }
    }
    if (served.isEmpty()) {
      throw DraftParser.invalid(prefix + "vælg mindst ét politisk pejlemærke, som målet tjener.");
    }
    return Goal.inTemplate(title, expectedEffect, followUp, indicator, satisfaction, served);
  }
}
