package dk.aarshjul.models.slagelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlagelseSettingsTest {

  @Test
  void shouldDueTheAgreementsOnTheFirstOfOctoberAndFollowThemUpOnTheFirstOfNovemberByDefault() {
    // Given no settings
    SlagelseSettings settings = new SlagelseSettings(null, " ");

    // Then the agreements are due after the meetings and followed up after that
    assertThat(settings.agreementsDueIn(2027)).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(settings.followUpIn(2027)).isEqualTo(LocalDate.of(2027, 11, 1));
  }

  @Test
  void shouldRefuseAFollowUpBeforeTheAgreementsAreDue() {
    // When the follow-up would come before the agreements are written, then the start is refused
    assertThatThrownBy(() -> new SlagelseSettings("11-15", "11-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agreements-due (11-15) skal ligge før aarshjul.slagelse.follow-up");
  }

  @Test
  void shouldRefuseADateThatIsNotMonthDay() {
    assertThatThrownBy(() -> new SlagelseSettings("1. oktober", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("skal være måned-dag, fx 10-01, ikke 1. oktober");
  }
}
