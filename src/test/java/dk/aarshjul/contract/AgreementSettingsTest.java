package dk.aarshjul.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The configured most goals of an udviklingsaftale, and the parser's rule with another number. */
class AgreementSettingsTest {

  @Test
  void shouldAllowFiveGoalsUnlessConfiguredAndAtLeastOneOfEachKind() {
    // Given no setting, then 5; a setting from 2 (one of each kind) to 20 is taken
    assertThat(new AgreementSettings(null).maxGoals()).isEqualTo(5);
    assertThat(new AgreementSettings(3).maxGoals()).isEqualTo(3);
    // and a setting that leaves no room for both kinds, or no few goals, stops the start
    assertThatThrownBy(() -> new AgreementSettings(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aarshjul.agreement.max-goals");
    assertThatThrownBy(() -> new AgreementSettings(21))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseMoreGoalsThanTheConfiguredNumber() {
    // Given an udviklingsaftale of at most 3 goals
    AgreementGoalParser parser = new AgreementGoalParser(new ObjectMapper());

    // When 4 goals are submitted, then they are refused naming the number
    assertThatThrownBy(
            () -> parser.parseGoals(AgreementTestData.goals(4, 7L), 3, Set.of(7L), Set.of()))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv højst 3 mål")
        .hasMessageContaining("Der er 4");
    // and 3 are fine
    assertThat(parser.parseGoals(AgreementTestData.goals(3, 7L), 3, Set.of(7L), Set.of()))
        .extracting(Goal::getKind)
        .containsExactly(GoalKind.OWN, GoalKind.OWN, GoalKind.COMMON);
  }
}
