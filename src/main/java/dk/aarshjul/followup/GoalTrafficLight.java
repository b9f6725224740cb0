package dk.aarshjul.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.springframework.stereotype.Component;

/**
 * Asks the process owner's decision table goal-traffic-light (latest version) for a goal's colour:
 * at a follow-up, and on the public barometer, which also shows its rules.
 */
@Component
public class GoalTrafficLight {

  private final DecisionService decisions;
  private final RepositoryService repository;

  public GoalTrafficLight(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  /**
   * The colour by the latest deployed table, evaluated without writing decision history: for what
   * is only read, e.g. the public barometer (a read-only transaction, cached, built on a page
   * view). The table is parsed once per deployed version.
   */
  public TrafficLight evaluate(
      BigDecimal targetValue, BigDecimal actualValue, boolean higherIsBetter) {
    DecisionDefinition definition = latest();
    Parsed parsed = this.parsed;
    if (parsed == null || !parsed.definitionId().equals(definition.getId())) {
      try (java.io.InputStream model = repository.getDecisionModel(definition.getId())) {
        parsed =
            new Parsed(
                definition.getId(), READING_ENGINE.parseDecision(definition.getKey(), model));
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Beslutningstabellen kunne ikke læses", e);
      }
      this.parsed = parsed;
    }
    Object result =
        READING_ENGINE
            .evaluateDecisionTable(
                parsed.decision(),
                Variables.createVariables()
                    .putValue("targetValue", targetValue.doubleValue())
                    .putValue("actualValue", actualValue.doubleValue())
                    .putValue("higherIsBetter", higherIsBetter))
            .getSingleEntry();
    return colour(result);
  }

  /** A DMN engine of its own: no process engine, no history. */
  private static final org.camunda.bpm.dmn.engine.DmnEngine READING_ENGINE =
      org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
          .buildEngine();

  private record Parsed(String definitionId, org.camunda.bpm.dmn.engine.DmnDecision decision) {}

  private volatile Parsed parsed;

  private DecisionDefinition latest() {
    return repository
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey(FollowUpVariables.TRAFFIC_LIGHT_DECISION_KEY)
        .latestVersion()
        .singleResult();
  }

  private static TrafficLight colour(Object result) {
    return TrafficLight.fromCode(result instanceof String code ? code : null)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Beslutningstabellen "
                        + FollowUpVariables.TRAFFIC_LIGHT_DECISION_KEY
                        + " gav farven '"
                        + result
                        + "'. Gyldige værdier: groen, gul, roed."));
  }

  /** One rule of the decision table as the process owner described it, with its colour. */
  public record Rule(String description, TrafficLight colour) {}

  /** The rules of the deployed decision table's latest version, in the order they are read. */
  public List<Rule> rules() {
    DecisionDefinition definition = latest();
    DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
    Decision decision = model.getModelElementById(definition.getKey());
    DecisionTable table = (DecisionTable) decision.getExpression();
    List<Rule> rules = new ArrayList<>();
    for (org.camunda.bpm.model.dmn.instance.Rule rule : table.getRules()) {
      String description =
          rule.getDescription() == null ? "" : rule.getDescription().getTextContent().strip();
      String output = rule.getOutputEntries().iterator().next().getTextContent().strip();
      TrafficLight.fromCode(output.replace("\"", ""))
          .ifPresent(colour -> rules.add(new Rule(description, colour)));
    }
    return rules;
  }

  /** The suggested colour for a goal with both a target and an actual value. */
  public TrafficLight suggest(
      BigDecimal targetValue, BigDecimal actualValue, boolean higherIsBetter) {
    Object result =
        decisions
            .evaluateDecisionTableByKey(
                FollowUpVariables.TRAFFIC_LIGHT_DECISION_KEY,
                Variables.createVariables()
                    .putValue("targetValue", targetValue.doubleValue())
                    .putValue("actualValue", actualValue.doubleValue())
                    .putValue("higherIsBetter", higherIsBetter))
            .getSingleEntry();
    return colour(result);
  }
}
