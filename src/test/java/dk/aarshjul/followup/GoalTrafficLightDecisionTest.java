package dk.aarshjul.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The rules of processes/goal-traffic-light.dmn including their boundaries, in both directions. */
@SpringBootTest
class GoalTrafficLightDecisionTest {

  @Autowired DecisionService decisions;

  @Test
  void shouldBeGreenWhenHigherIsBetterAndTargetReached() {
    assertThat(colour(true, 90, 90)).isEqualTo("groen");
    assertThat(colour(true, 90, 97.5)).isEqualTo("groen");
  }

  @Test
  void shouldBeYellowWhenHigherIsBetterAndAtLeastNinetyPercentOfTarget() {
    assertThat(colour(true, 100, 90)).isEqualTo("gul");
    assertThat(colour(true, 100, 99.99)).isEqualTo("gul");
  }

  @Test
  void shouldBeRedWhenHigherIsBetterAndBelowNinetyPercentOfTarget() {
    assertThat(colour(true, 100, 89.99)).isEqualTo("roed");
    assertThat(colour(true, 100, 0)).isEqualTo("roed");
  }

  @Test
  void shouldBeGreenWhenLowerIsBetterAndAtOrBelowTarget() {
    assertThat(colour(false, 5, 5)).isEqualTo("groen");
    assertThat(colour(false, 5, 3.2)).isEqualTo("groen");
  }

  @Test
  void shouldBeYellowWhenLowerIsBetterAndAtMostTenPercentAboveTarget() {
    assertThat(colour(false, 5, 5.01)).isEqualTo("gul");
    assertThat(colour(false, 5, 5.5)).isEqualTo("gul");
  }

  @Test
  void shouldBeRedWhenLowerIsBetterAndMoreThanTenPercentAboveTarget() {
    assertThat(colour(false, 5, 5.51)).isEqualTo("roed");
    assertThat(colour(false, 0, 0.1)).isEqualTo("roed");
  }

  private String colour(boolean higherIsBetter, double target, double actual) {
    return decisions
        .evaluateDecisionTableByKey(
            FollowUpVariables.TRAFFIC_LIGHT_DECISION_KEY,
            Variables.createVariables()
                .putValue("higherIsBetter", higherIsBetter)
                .putValue("targetValue", target)
                .putValue("actualValue", actual))
        .getSingleEntry();
  }
}
