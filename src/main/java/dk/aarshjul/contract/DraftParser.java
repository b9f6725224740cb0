package dk.aarshjul.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Requirement;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the goals a form or REST client submitted (a Json list) into validated {@link Goal}s. Every
 * problem is reported in Danish, naming the goal and the field.
 */
class DraftParser {

  static final int MAX_GOALS = 20;

  private static final Set<String> GOAL_FIELDS =
      Set.of(
          "track",
          "title",
          "purpose",
          "activities",
          "effectFollowUp",
          "indicator",
          "target",
          "multiYear",
          "sharedWithOthers",
          "addresses");

  private final ObjectMapper objectMapper;

  DraftParser(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  List<Goal> parseGoals(String json, Period year) {
    JsonNode root = readGoals(objectMapper, json);
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw invalid("Kontrakten skal indeholde mindst ét udviklingsmål.");
    }
    if (root.size() > MAX_GOALS) {
      throw invalid("Kontrakten må højst indeholde " + MAX_GOALS + " udviklingsmål.");
    }
    Set<Integer> trackNumbers =
        year.getTracks().stream().map(Aim::getNumber).collect(Collectors.toSet());
    Set<String> requirementCodes =
        year.getRequirements().stream().map(Requirement::getCode).collect(Collectors.toSet());
    List<Goal> goals = new ArrayList<>();
    int number = 1;
    for (JsonNode item : root) {
      goals.add(parseGoal(item, number++, trackNumbers, requirementCodes));
    }
    return goals;
  }

  private Goal parseGoal(
      JsonNode item, int number, Set<Integer> trackNumbers, Set<String> requirementCodes) {
    String prefix = "Mål " + number + ": ";
    checkFields(item, prefix, GOAL_FIELDS);
    int track = parseTrack(item.get("track"), prefix, trackNumbers);
    // the fields' rules are declared once (GoalFields); the forms show the same rules
    // (FormFieldsTest)
    String title = GoalFields.TITLE.text(item, ContractVariables.GOALS, prefix);
    String purpose = GoalFields.PURPOSE.text(item, ContractVariables.GOALS, prefix);
    String activities = GoalFields.ACTIVITIES.text(item, ContractVariables.GOALS, prefix);
    String followUp = GoalFields.EFFECT_FOLLOW_UP.text(item, ContractVariables.GOALS, prefix);
    String indicator = GoalFields.INDICATOR.text(item, ContractVariables.GOALS, prefix);
    String target = GoalFields.TARGET.text(item, ContractVariables.GOALS, prefix);
    boolean multiYear = flag(item, "multiYear", "Flerårigt mål", prefix);
    boolean shared = flag(item, "sharedWithOthers", "Fælles mål med andre enheder", prefix);
    List<String> addresses = new ArrayList<>();
    JsonNode addressNode = item.get("addresses");
    if (addressNode != null && !addressNode.isNull()) {
      if (!addressNode.isArray()) {
        throw invalid(prefix + "'Opfylder krav' skal være en liste.");
      }
      for (JsonNode code : addressNode) {
        if (!code.isTextual() || !requirementCodes.contains(code.asText())) {
          throw invalid(prefix + "kravet '" + code.asText() + "' findes ikke i årets DUS.");
        }
        if (!addresses.contains(code.asText())) {
          addresses.add(code.asText());
        }
      }
    }
    return new Goal(
        track,
        title,
        purpose,
        activities,
        followUp,
        indicator,
        target,
        multiYear,
        shared,
        addresses);
  }

  private int parseTrack(JsonNode node, String prefix, Set<Integer> trackNumbers) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      throw invalid(prefix + "vælg det udviklingsspor, målet hører til.");
    }
    int track;
    try {
      track = Integer.parseInt(node.asText().trim());
    } catch (NumberFormatException e) {
      throw invalid(prefix + "udviklingssporet '" + node.asText() + "' findes ikke.");
    }
    if (!trackNumbers.contains(track)) {
      throw invalid(prefix + "udviklingsspor " + track + " findes ikke i årets DUS.");
    }
    return track;
  }

  private static boolean flag(JsonNode item, String field, String label, String prefix) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw invalid(prefix + "'" + label + "' skal være ja eller nej.");
    }
    return node.asBoolean();
  }

  /**
   * The submitted goals as Json (null when nothing was submitted), refused in Danish when they
   * cannot be read.
   */
  static JsonNode readGoals(ObjectMapper objectMapper, String json) {
    try {
      return json == null ? null : objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid("Målene kunne ikke læses. Udfyld formularen igen.");
    }
  }

  /** Refuses a goal that is not an object or has a field its form does not have. */
  static void checkFields(JsonNode item, String prefix, Set<String> fields) {
    if (!item.isObject()) {
      throw invalid(prefix + "målet har et ugyldigt format.");
    }
    for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw invalid(prefix + "feltet '" + name + "' kendes ikke.");
      }
    }
  }

  /** The id a form sent as text or number (e.g. a chosen option), null when it is no id. */
  static Long id(JsonNode value) {
    if (!value.isTextual() && !value.isIntegralNumber()) {
      return null;
    }
    try {
      return Long.parseLong(value.asText().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static InvalidSubmissionException invalid(String message) {
    return new InvalidSubmissionException(ContractVariables.GOALS, message);
  }
}
