package dk.aarshjul.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the report form's target value and direction are prefilled from a goal's free-text target.
 */
class GoalStatusParserTest {

  @Test
  void shouldReadTheFirstNumberOfTheTargetText() {
    assertThat(GoalStatusParser.targetNumber("Under 5 %")).isEqualByComparingTo("5");
    assertThat(GoalStatusParser.targetNumber("Mindst 4,5 på trivselsskalaen"))
        .isEqualByComparingTo("4.5");
    assertThat(GoalStatusParser.targetNumber("Mindst 1.000 besøg om året"))
        .isEqualByComparingTo("1000");
    assertThat(GoalStatusParser.targetNumber("Flere aktive frivillige")).isNull();
    assertThat(GoalStatusParser.targetNumber(null)).isNull();
  }

  @Test
  void shouldPrefillLowerIsBetterWhenTargetStartsWithUnderOrAtMost() {
    assertThat(GoalStatusParser.lowerIsBetter("Under 5 %")).isTrue();
    assertThat(GoalStatusParser.lowerIsBetter("højst 3 klager")).isTrue();
    assertThat(GoalStatusParser.lowerIsBetter("Maks. 10 dages ventetid")).isTrue();
    assertThat(GoalStatusParser.lowerIsBetter("Max 2 %")).isTrue();
    assertThat(GoalStatusParser.lowerIsBetter("Mindst 90 %")).isFalse();
    assertThat(GoalStatusParser.lowerIsBetter("Undervisning i 100 % af timerne")).isFalse();
    assertThat(GoalStatusParser.lowerIsBetter(null)).isFalse();
  }

  @Test
  void shouldTakeTheDirectionFromTheTargetElseFromTheIndicatorElseLeaveItToTheHolder() {
    // the target text says it
    assertThat(GoalStatusParser.higherIsBetter("Under 5 %", "Andel i trivsel", null))
        .contains(false);
    assertThat(GoalStatusParser.higherIsBetter("Mindst 90 %", "Sygefravær", null)).contains(true);
    assertThat(GoalStatusParser.higherIsBetter("Min. 4", null, null)).contains(true);
    // else the indicator and the title
    assertThat(GoalStatusParser.higherIsBetter("4,5 %", "Sygefravær i procent", null))
        .contains(false);
    assertThat(GoalStatusParser.higherIsBetter("10 dage", "Ventetid på visitation", null))
        .contains(false);
    assertThat(GoalStatusParser.higherIsBetter("85 %", "Andel elever i trivsel", null))
        .contains(true);
    assertThat(GoalStatusParser.higherIsBetter("3", null, "Færre klager over maden"))
        .contains(false);
    // or the words of the target text itself
    assertThat(GoalStatusParser.higherIsBetter("Sygefravær på højst 4,5 %", null, null))
        .contains(false);
    assertThat(GoalStatusParser.higherIsBetter("Sygefraværet nedbringes til 4,5 %", null, null))
        .contains(false);
    assertThat(GoalStatusParser.higherIsBetter("Reduceret til 5 %", null, null)).contains(false);
    assertThat(GoalStatusParser.higherIsBetter("Fald til 4 %", null, null)).contains(false);
    // else nothing is guessed: neither says it, or the words point both ways
    assertThat(
            GoalStatusParser.higherIsBetter("7", "Karaktergennemsnit", "Kvalitet i undervisningen"))
        .isEmpty();
    assertThat(GoalStatusParser.higherIsBetter("20 %", "Andel med sygefravær over 14 dage", null))
        .isEmpty();
    assertThat(GoalStatusParser.higherIsBetter(null, null, null)).isEmpty();
  }
}
