package dk.aarshjul.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.period.Aim;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.PlainText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Markdown of term goals in the common template, as the committee and the directorate read them.
 */
final class TermGoalTexts {

  private TermGoalTexts() {}

  /** The agreement's goals, each with its expected effect, follow-up, indicator and beacons. */
  static String summary(DevelopmentContract contract) {
    return FormValues.fitForm(
        "**"
            + PlainText.markdown(contract.getUnit().getName())
            + " – mål for valgperioden "
            + contract.getYear().getName()
            + "**\n\n"
            + goals(contract.getGoals(), beaconTitles(contract)));
  }

  static String goals(List<Goal> goals, Map<Long, String> beaconTitles) {
    StringBuilder text = new StringBuilder();
    int number = 1;
    for (Goal goal : goals) {
      text.append("**Mål ")
          .append(number++)
          .append(": ")
          .append(PlainText.markdown(goal.getTitle()))
          .append("**\n\n")
          .append("- Forventet effekt: ")
          .append(PlainText.markdown(goal.getExpectedEffect()))
          .append('\n')
          .append("- Opfølgning på effekten: ")
          .append(PlainText.markdown(goal.getEffectFollowUp()))
          .append('\n')
          .append("- Indikator: ")
          .append(PlainText.markdown(goal.getIndicator()))
          .append('\n');
      if (goal.getSatisfactionMeasure() != null) {
        text.append("- Borgertilfredshed: ")
            .append(PlainText.markdown(goal.getSatisfactionMeasure()))
            .append('\n');
      }
      text.append("- Tjener: ")
          .append(
              goal.getServedAims().stream()
                  .map(id -> PlainText.markdown(beaconTitles.getOrDefault(id, "(ukendt)")))
                  .collect(Collectors.joining("; ")))
          .append("\n\n");
    }
    return text.toString();
  }

  /** The labels of the beacons of the contract's committee, by id. */
  static Map<Long, String> beaconTitles(DevelopmentContract contract) {
    List<Aim> beacons =
        contract
            .getYear()
            .aims(dk.aarshjul.period.AimKind.BEACON, contract.getUnit().getCommittee().getId());
    Map<Long, String> labels = new java.util.HashMap<>();
    for (int i = 0; i < beacons.size(); i++) {
      labels.put(beacons.get(i).getId(), beaconLabel(i + 1, beacons.get(i)));
    }
    return labels;
  }

  /** "Pejlemærke 2: …": numbered within its committee. */
  static String beaconLabel(int number, Aim aim) {
    return "Pejlemærke " + number + ": " + aim.getTitle();
  }

  /** The goals as the form's "goals" list (and as a version records them). */
  static String goalsJson(ObjectMapper objectMapper, List<Goal> goals) {
    ArrayNode rows = objectMapper.createArrayNode();
    for (Goal goal : goals) {
      ObjectNode row = rows.addObject();
      row.put(TermGoalFields.TITLE.key(), goal.getTitle());
      row.put(TermGoalFields.EXPECTED_EFFECT.key(), goal.getExpectedEffect());
      row.put(TermGoalFields.EFFECT_FOLLOW_UP.key(), goal.getEffectFollowUp());
      row.put(TermGoalFields.INDICATOR.key(), goal.getIndicator());
      row.put(TermGoalFields.SATISFACTION_MEASURE.key(), goal.getSatisfactionMeasure());
      ArrayNode beacons = row.putArray(TermGoalFields.BEACONS.key());
      goal.getServedAims().forEach(id -> beacons.add(String.valueOf(id)));
    }
    return rows.toString();
  }

  static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
