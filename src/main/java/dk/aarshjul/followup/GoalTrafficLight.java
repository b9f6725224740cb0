package dk.aarshjul.followup;

import java.math.BigDecimal;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the process owner's decision table goal-traffic-light (latest version) for a goal's colour.
 */
@Component
class GoalTrafficLight {

  private final DecisionService decisions;

  public GoalTrafficLight(DecisionService decisions) {
    this.decisions = decisions;
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
