package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.process.DanishText;
import dk.aarshjul.process.InvalidSubmissionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the goal statuses a form or REST client submitted (a Json list, one entry per goal of the
 * contract, in the contract's order) and reads numbers out of a goal's free-text target. Every
 * problem is reported in Danish, naming the goal.
 */
class GoalStatusParser {

  static final int MAX_EFFECT = FollowUpFields.EFFECT.maxLength();

  /** numeric(18, 4): 14 digits before the decimal point. */
  private static final BigDecimal MAX_ABS = new BigDecimal("1e14");

  private static final Set<String> ENTRY_FIELDS =
      Set.of(
          ENTRY_TITLE,
          ENTRY_GOAL_INFO,
          ENTRY_TARGET_VALUE,
          ENTRY_ACTUAL_VALUE,
          ENTRY_DIRECTION,
          ENTRY_COLOUR,
          ENTRY_EFFECT,
          ENTRY_USES_SATISFACTION,
          ENTRY_SATISFACTION_RESULT);

  /** A number in a Danish text: "5", "4,5", "1.000", "1.000,5" or "4.5". */
  private static final Pattern NUMBER =
      Pattern.compile("-?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|-?\\d+(?:[.,]\\d+)?");

  /**
   * Target texts starting like this mean that a lower value is better: "Under 5 %", "Højst 3",
   * "Maks. 10".
   */
  private static final Pattern LOWER_IS_BETTER =
      Pattern.compile(
          "^(?:(?:under|højst|hoejst|max|maks|maksimalt|maximalt|mindre end|lavere end)(?!\\p{L})|[<≤])");

  /**
   * Target texts starting like this mean that a higher value is better: "Mindst 90 %", "Over 80",
   * "Min. 4".
   */
  private static final Pattern HIGHER_IS_BETTER =
      Pattern.compile(
          "^(?:(?:over|mindst|minimum|min|mere end|flere end|højere end|hoejere end)(?!\\p{L})|[>≥])");

  /**
   * Indicators and goals whose value is better the lower it is: absence, waiting, complaints,
   * costs, errors, incidents, turnover.
   */
  private static final Pattern LOWER_MEASURES =
      Pattern.compile(
          "(?:fravær|fravaer|ventetid|klage|udgift|omkostning|fejl|ulykke|utilsigtet|"
              + "personaleomsætning|personaleomsaetning|frafald|genindlæggelse|genindlaeggelse|"
              + "lavere|færre|faerre|nedbring|reducer|mindske|fald|nedsæt|nedsaet|sænk|saenk)");

  /** Indicators and goals whose value is better the higher it is. */
  private static final Pattern HIGHER_MEASURES =
      Pattern.compile(
          "(?:trivsel|tilfreds|andel|beskæftig|beskaeftig|gennemførsel|gennemfoersel|"
              + "højere|hoejere|flere|øge|oege|forbedr)");

  /** One validated entry; colour is null when the holder left it for the decision table. */
  record SubmittedStatus(
      BigDecimal targetValue,
      BigDecimal actualValue,
      boolean higherIsBetter,
      TrafficLight colour,
      String effect,
      String satisfactionResult) {

    boolean measurable() {
      return targetValue != null && actualValue != null;
    }
  }

  private final ObjectMapper objectMapper;

  GoalStatusParser(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  List<SubmittedStatus> parse(String json, List<Goal> goals) {
    JsonNode root;
    try {
      root = json == null ? null : objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid("Målstatus kunne ikke læses. Udfyld formularen igen.");
    }
    if (root == null || !root.isArray()) {
      throw invalid("Målstatus kunne ikke læses. Udfyld formularen igen.");
    }
    if (root.size() != goals.size()) {
      throw invalid(
          "Opfølgningen skal have præcis én linje pr. udviklingsmål i kontrakten ("
              + goals.size()
              + "), men har "
              + root.size()
              + ". Linjer kan ikke tilføjes eller fjernes.");
    }
    List<SubmittedStatus> statuses = new ArrayList<>();
    for (int i = 0; i < goals.size(); i++) {
      statuses.add(parseEntry(root.get(i), goals.get(i), i + 1));
    }
    return statuses;
  }

  private SubmittedStatus parseEntry(JsonNode item, Goal goal, int number) {
    String prefix = "Mål " + number + " '" + goal.getTitle() + "': ";
    if (item == null || !item.isObject()) {
      throw invalid(prefix + "linjen har et ugyldigt format.");
    }
    for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ENTRY_FIELDS.contains(name)) {
        throw invalid(prefix + "feltet '" + name + "' kendes ikke.");
      }
    }
    JsonNode title = item.get(ENTRY_TITLE);
    if (title != null && !title.isNull() && !goal.getTitle().equals(title.asText())) {
      throw invalid(
          "Linje "
              + number
              + " ('"
              + title.asText()
              + "') svarer ikke til kontraktens mål "
              + number
              + " '"
              + goal.getTitle()
              + "'. Målenes rækkefølge må ikke ændres.");
    }
    BigDecimal target = contractTarget(item.get(ENTRY_TARGET_VALUE), goal, prefix);
    BigDecimal actual = number(item.get(ENTRY_ACTUAL_VALUE), "Faktisk værdi", prefix);
    // the direction matters only against a target (the decision table compares the two values); a
    // goal without one hides the field
    boolean higherIsBetter =
        target == null
            ? optionalDirection(item.get(ENTRY_DIRECTION), prefix)
            : direction(item.get(ENTRY_DIRECTION), prefix);
    TrafficLight colour = colour(item.get(ENTRY_COLOUR), prefix);
    String effect = text(item.get(ENTRY_EFFECT), "Dokumenteret virkning for borgerne", prefix);
    if (effect == null) {
      throw invalid(prefix + "beskriv den dokumenterede virkning for borgerne.");
    }
    if (colour == null && (target == null || actual == null)) {
      throw invalid(
          prefix
              + "vælg en farve (rød, gul eller grøn), eller angiv både målværdi og faktisk værdi, "
              + "så farven kan foreslås.");
    }
    String satisfaction =
        FollowUpFields.SATISFACTION_RESULT.text(item, FollowUpVariables.GOAL_STATUSES, prefix);
    if (goal.getSatisfactionMeasure() == null) {
      satisfaction = null; // the goal uses no satisfaction measure; nothing to report
    } else if (satisfaction == null) {
      throw invalid(
          prefix
              + "angiv resultatet af borgertilfredshedsmålingen ("
              + goal.getSatisfactionMeasure()
              + ").");
    }
    return new SubmittedStatus(target, actual, higherIsBetter, colour, effect, satisfaction);
  }

  private static BigDecimal number(JsonNode node, String label, String prefix) {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return null;
    }
    BigDecimal value;
    if (node.isNumber()) {
      value = node.decimalValue();
    } else if (node.isTextual()) {
      try {
        value = new BigDecimal(node.asText().strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw invalid(prefix + "'" + label + "' skal være et tal (er '" + node.asText() + "').");
      }
    } else {
      throw invalid(prefix + "'" + label + "' skal være et tal.");
    }
    if (value.abs().compareTo(MAX_ABS) >= 0) {
      throw invalid(prefix + "'" + label + "' er for stor.");
    }
    return value.setScale(4, RoundingMode.HALF_UP);
  }

  /**
   * The target of the approved contract. A follow-up reports against it and cannot change it: a
   * submitted target is accepted only when it is the contract's own (as the read-only form field
   * sends it back).
   */
  private static BigDecimal contractTarget(JsonNode node, Goal goal, String prefix) {
    BigDecimal contractTarget = targetNumber(goal.getTarget());
    contractTarget =
        contractTarget == null ? null : contractTarget.setScale(4, RoundingMode.HALF_UP);
    BigDecimal submitted = number(node, "Målværdi", prefix);
    if (submitted == null) {
      return contractTarget;
    }
    if (contractTarget == null) {
      throw invalid(
          prefix
              + "kontrakten har ingen målværdi for målet, og en opfølgning kan ikke give det en. "
              + "Lad målværdien stå tom og vælg selv farven.");
    }
    if (submitted.compareTo(contractTarget) != 0) {
      throw invalid(
          prefix
              + "målværdien er kontraktens ("
              + DanishText.number(contractTarget)
              + ") og kan ikke ændres i en opfølgning. En ny målværdi aftales ved dialogmødet og indarbejdes i kontrakten.");
    }
    return contractTarget;
  }

  /** The direction of a goal without a target: whatever was sent, else "higher" (not shown). */
  private static boolean optionalDirection(JsonNode node, String prefix) {
    return node == null || node.isNull() || node.asText().isBlank() || direction(node, prefix);
  }

  private static boolean direction(JsonNode node, String prefix) {
    String value = node == null || node.isNull() ? "" : node.asText();
    return switch (value) {
      case DIRECTION_HIGHER -> true;
      case DIRECTION_LOWER -> false;
      default -> throw invalid(prefix + "vælg om højere eller lavere værdi er bedst.");
    };
  }

  private static TrafficLight colour(JsonNode node, String prefix) {
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    return TrafficLight.fromCode(node.asText())
        .orElseThrow(
            () ->
                invalid(
                    prefix
                        + "farven '"
                        + node.asText()
                        + "' findes ikke. Vælg rød, gul eller grøn."));
  }

  private static String text(JsonNode node, String label, String prefix) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw invalid(prefix + "'" + label + "' skal være tekst.");
    }
    String text = node.asText().strip();
    if (text.length() > MAX_EFFECT) {
      throw invalid(
          prefix
              + "'"
              + label
              + "' må højst være "
              + MAX_EFFECT
              + " tegn (er "
              + text.length()
              + ").");
    }
    return text.isEmpty() ? null : text;
  }

  // ---- prefill from the contract's free-text target
  // --------------------------------------------------------

  /**
   * The first number in a target text: "Under 5 %" → 5, "Mindst 1.000 besøg" → 1000; null when
   * none.
   */
  static BigDecimal targetNumber(String targetText) {
    if (targetText == null) {
      return null;
    }
    Matcher matcher = NUMBER.matcher(targetText);
    if (!matcher.find()) {
      return null;
    }
    String number = matcher.group();
    number =
        number.matches("-?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?") ? number.replace(".", "") : number;
    BigDecimal value = new BigDecimal(number.replace(',', '.'));
    return value.abs().compareTo(MAX_ABS) >= 0 ? null : value;
  }

  /** Whether the target text says that a lower value is better, e.g. "Under 5 %". */
  static boolean lowerIsBetter(String targetText) {
    return targetText != null && LOWER_IS_BETTER.matcher(lower(targetText)).find();
  }

  /**
   * Which way the goal's value should go, as its contract says it: the target text first ("Under 5
   * %", "Mindst 90 %"), else the words of the target, its indicator and title ("Sygefravær i
   * procent", "Ventetid i dage": lower; "Andel elever i trivsel": higher); empty when neither says
   * it, so the holder chooses and nothing is guessed.
   */
  static Optional<Boolean> higherIsBetter(String targetText, String indicator, String title) {
    if (lowerIsBetter(targetText)) {
      return Optional.of(false);
    }
    if (targetText != null && HIGHER_IS_BETTER.matcher(lower(targetText)).find()) {
      return Optional.of(true);
    }
    String words =
        lower(
            (targetText == null ? "" : targetText)
                + " "
                + (indicator == null ? "" : indicator)
                + " "
                + (title == null ? "" : title));
    boolean lowerWords = LOWER_MEASURES.matcher(words).find();
    boolean higherWords = HIGHER_MEASURES.matcher(words).find();
    return lowerWords == higherWords ? Optional.empty() : Optional.of(higherWords);
  }

  private static String lower(String text) {
    return text.strip().toLowerCase(Locale.forLanguageTag("da"));
  }

  static InvalidSubmissionException invalid(String message) {
    return new InvalidSubmissionException(GOAL_STATUSES, message);
  }
}
