package dk.aarshjul.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.demo.SkanderborgDemo;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeKind;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Requirement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The requirement rules of the 2022 DUS, one test per rule. */
class RequirementCheckServiceTest {

  private final RequirementCheckService checker = new RequirementCheckService();
  private final Period year = SkanderborgDemo.dus2022Seed(2027);
  private final DraftParser parser = new DraftParser(new ObjectMapper());

  @Test
  void shouldAcceptContractMeetingAllRequirements() {
    assertThat(unmet(ContractTestData.completeGoals(), "Vurderet")).isEmpty();
  }

  @Test
  void shouldRequireGoalOnTrackOne() {
    assertThat(
            unmet(
                ContractTestData.completeGoals().replace("\"track\":\"1\"", "\"track\":\"3\""),
                "Vurderet"))
        .containsExactly("EKSEKVERING");
  }

  @Test
  void shouldRequireLeadershipSpanAssessment() {
    assertThat(unmet(ContractTestData.completeGoals(), null)).containsExactly("LEDELSESSPAEND");
  }

  @Test
  void shouldRequireIndicatorAndTargetForSicknessAbsence() {
    assertThat(
            unmet(
                ContractTestData.completeGoals().replace("\"target\":\"Under 5 %\",", ""),
                "Vurderet"))
        .containsExactly("SYGEFRAVAER");
  }

  @Test
  void shouldRequireGoalsMarkedForLeadershipFoundationAndCollaboration() {
    assertThat(unmet(ContractTestData.incompleteGoals(), "Vurderet"))
        .containsExactly("EKSEKVERING", "LEDELSESGRUNDLAG", "SYGEFRAVAER", "TVAERGAAENDE");
  }

  private List<String> unmet(String goalsJson, String leadershipSpan) {
    DevelopmentContract contract =
        new DevelopmentContract(
            new Unit(
                "x",
                "Testenhed",
                "skole",
                new Area("a", "Område"),
                new Committee("u", "Udvalget", CommitteeKind.STANDING),
                false,
                false),
            year);
    contract.replaceDraft(leadershipSpan, parser.parseGoals(goalsJson, year));
    return checker.unmetRequirements(contract).stream().map(Requirement::getCode).toList();
  }
}
