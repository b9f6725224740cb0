package dk.aarshjul.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.PlainText;
import java.util.List;
import java.util.Map;

/**
 * An udviklingsaftale's goals as the committee reads them, and as its form and versions hold them.
 */
final class AgreementTexts {

  private AgreementTexts() {}

  /**
   * The agreement's goals, each with its kind, the common goal it serves, why and what the unit
   * does, and how it is followed up.
   *
   * @param commonGoalLabels the period's common goals by id, e.g. "Hele organisationen: …"
   */
  static String summary(DevelopmentContract contract, Map<Long, String> commonGoalLabels) {
    return FormValues.fitForm(
        "**Udviklingsaftale "
            + contract.getYear().getName()
            + " mellem "
            + PlainText.markdown(contract.getUnit().getCommittee().getName())
            + " og "
            + PlainText.markdown(contract.getUnit().getName())
            + "**\n\n"
            + goals(contract.getGoals(), commonGoalLabels));
  }

  static String goals(List<Goal> goals, Map<Long, String> commonGoalLabels) {
    StringBuilder text = new StringBuilder();
    int number = 1;
    for (Goal goal : goals) {
      text.append("**Mål ")
          .append(number++)
          .append(": ")
          .append(PlainText.markdown(goal.getTitle()))
          .append("** (")
          .append(goal.getKind().label().toLowerCase(java.util.Locale.ROOT))
          .append(")\n\n");
      if (goal.getKind() == GoalKind.COMMON) {
        text.append("- Bidrager til: ")
            .append(
                PlainText.markdown(
                    commonGoalLabels.getOrDefault(goal.getParentGoalId(), "(ukendt fælles mål)")))
            .append('\n');
      }
      text.append("- Hvorfor, og hvad enheden gør: ")
          .append(PlainText.markdown(goal.getPurpose()))
          .append('\n')
          .append("- Opfølgning: ")
          .append(PlainText.markdown(goal.getEffectFollowUp()))
          .append("\n\n");
    }
    return text.toString();
  }

  /** The goals as the form's "goals" list (and as a version records them). */
  static String goalsJson(ObjectMapper objectMapper, List<Goal> goals) {
    ArrayNode rows = objectMapper.createArrayNode();
    for (Goal goal : goals) {
      ObjectNode row = rows.addObject();
      row.put(AgreementGoalFields.KIND.key(), goal.getKind().formValue());
      if (goal.getKind() == GoalKind.COMMON) {
        row.put(AgreementGoalFields.COMMON_GOAL.key(), String.valueOf(goal.getParentGoalId()));
      }
      row.put(AgreementGoalFields.TITLE.key(), goal.getTitle());
      row.put(AgreementGoalFields.PURPOSE.key(), goal.getPurpose());
      row.put(AgreementGoalFields.FOLLOW_UP.key(), goal.getEffectFollowUp());
    }
    return rows.toString();
  }
}
