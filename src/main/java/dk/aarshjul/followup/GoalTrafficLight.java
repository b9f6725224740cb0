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

  /** One rule of the decision table as the process owner described it, with its colour. */
  public record Rule(String description, TrafficLight colour) {}

  /** The rules of the deployed decision table's latest version, in the order they are read. */
  public List<Rule> rules() {
    DecisionDefinition definition =
        repository
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(FollowUpVariables.TRAFFIC_LIGHT_DECISION_KEY)
            .latestVersion()
            .singleResult();
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
}
