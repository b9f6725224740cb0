package dk.aarshjul.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the goals of an udviklingsaftale (a Json list) into validated {@link Goal}s: few goals (at
 * most the configured number), at least one of each kind, a common goal serving one of the common
 * goals that apply to the unit – checked against the domain, whatever id a client sends – and a
 * management goal serving none. Every problem is reported in Danish, naming the goal and the field.
 */
class AgreementGoalParser {

  private static final Set<String> GOAL_FIELDS =
      AgreementGoalFields.GOAL.stream().map(field -> field.key()).collect(Collectors.toSet());

  private final ObjectMapper objectMapper;

  AgreementGoalParser(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /**
   * @param maxGoals the most goals an agreement may have
   * @param applying the ids of the common goals that apply to the unit
   * @param otherCommon the ids of the period's other common goals (another area's)
   */
  List<Goal> parseGoals(String json, int maxGoals, Set<Long> applying, Set<Long> otherCommon) {
    JsonNode root = DraftParser.readGoals(objectMapper, json);
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw DraftParser.invalid(
          "Skriv udviklingsaftalens mål: mindst ét af ledelsens mål for enheden og mindst ét"
              + " fælles mål for organisationen eller området.");
    }
    if (root.size() > maxGoals) {
      throw DraftParser.invalid(
          "Skriv højst "
              + maxGoals
              + " mål – få og klare mål, som kan bære dialogen med udvalget. Der er "
              + root.size()
              + ".");
    }
    List<Goal> goals = new ArrayList<>();
    int number = 1;
    for (JsonNode item : root) {
      goals.add(parseGoal(item, number++, applying, otherCommon));
    }
    boolean own = goals.stream().anyMatch(goal -> goal.getKind() == GoalKind.OWN);
    boolean common = goals.stream().anyMatch(goal -> goal.getKind() == GoalKind.COMMON);
    if (!own || !common) {
      throw DraftParser.invalid(
          "Udviklingsaftalen skal have mindst ét af ledelsens mål for enheden og mindst ét fælles"
              + " mål for organisationen eller området; der mangler "
              + (own ? "et fælles mål" : "et af ledelsens mål for enheden")
              + ".");
    }
    return goals;
  }

  private Goal parseGoal(JsonNode item, int number, Set<Long> applying, Set<Long> otherCommon) {
    String prefix = "Mål " + number + ": ";
    DraftParser.checkFields(item, prefix, GOAL_FIELDS);
    JsonNode kindNode = item.get(AgreementGoalFields.KIND.key());
    GoalKind kind =
        kindNode == null || !kindNode.isTextual()
            ? null
            : GoalKind.ofFormValue(kindNode.asText()).orElse(null);
    if (kind == null) {
      throw DraftParser.invalid(
          prefix
              + "vælg om målet er ledelsens mål for enheden eller et fælles mål for"
              + " organisationen eller området.");
    }
    String goals = ContractVariables.GOALS;
    String title = AgreementGoalFields.TITLE.text(item, goals, prefix);
    String purpose = AgreementGoalFields.PURPOSE.text(item, goals, prefix);
    String followUp = AgreementGoalFields.FOLLOW_UP.text(item, goals, prefix);
    JsonNode commonNode = item.get(AgreementGoalFields.COMMON_GOAL.key());
    boolean chosen =
        commonNode != null
            && !commonNode.isNull()
            && !(commonNode.isTextual() && commonNode.asText().isBlank());
    if (kind == GoalKind.OWN) {
      if (chosen) {
        throw DraftParser.invalid(
            prefix
                + "et af ledelsens mål for enheden bidrager ikke til et fælles mål. Vælg '"
                + GoalKind.COMMON.label()
                + "', hvis målet er enhedens bidrag til et fælles mål.");
      }
      return Goal.inAgreement(kind, null, title, purpose, followUp);
    }
    if (!chosen) {
      throw DraftParser.invalid(prefix + "vælg det fælles mål, målet bidrager til.");
    }
    Long id = DraftParser.id(commonNode);
    if (id == null || !applying.contains(id)) {
      throw DraftParser.invalid(
          prefix
              + (id != null && otherCommon.contains(id)
                  ? "det valgte fælles mål gælder et andet område end enhedens. Vælg et af hele"
                      + " organisationens eller enhedens eget områdes fælles mål."
                  : "det valgte fælles mål findes ikke blandt årets fælles mål for enheden."));
    }
    return Goal.inAgreement(kind, id, title, purpose, followUp);
  }
}
