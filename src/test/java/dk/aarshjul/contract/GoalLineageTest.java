package dk.aarshjul.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * A goal's owner, period and lineage: the track it serves, the units sharing it, the year it
 * continues.
 */
@SpringBootTest
@Transactional
class GoalLineageTest {

  static final String MULTI_YEAR_GOAL = "Byrådets beslutninger ud i livet";

  @Autowired ContractService contracts;
  @Autowired ContractTestData testData;
  @Autowired Goals goals;
  @Autowired Periods periods;
  @Autowired UnitRepository units;
  @Autowired dk.aarshjul.organisation.CommitteeRepository committees;
  @Autowired jakarta.persistence.EntityManager entityManager;

  @Test
  void shouldGiveEveryGoalItsOwnerItsPeriodAndTheTrackItServes() {
    // Given Gl. Rye's contract in a year with the seed DUS
    int year = testData.newYear();
    DevelopmentContract contract = contracts.start(year, "gl-rye");

    // When the holder saves a draft with a goal on track 1 and one on track 2
    contracts.saveDraft(contract.getId(), ContractTestData.completeGoals(), "Vurderet");

    // Then each goal is Gl. Rye's, in the year's period, serving the track (an aim of the period)
    // of its number
    var period = periods.budgetYear(year);
    Goal first = contracts.get(contract.getId()).getGoals().get(0);
    assertThat(first.getOwnerKind()).isEqualTo(GoalOwner.UNIT);
    assertThat(first.getOwnerUnitId()).isEqualTo(units.findByCode("gl-rye").orElseThrow().getId());
    assertThat(first.getPeriodId()).isEqualTo(period.getId());
    assertThat(first.getAimId()).isEqualTo(period.aims(AimKind.TRACK).get(0).getId());
    assertThat(contracts.get(contract.getId()).getGoals().get(1).getAimId())
        .isEqualTo(period.aims(AimKind.TRACK).get(1).getId());
  }

  @Test
  void shouldCarryMultiYearGoalsIntoTheNextYearWithTheirHistory() {
    // Given Gl. Rye's approved contract with one multi-year goal and one goal for the year only
    int year = testData.newYear();
    int nextYear = testData.newYear();
    assertThat(nextYear).isEqualTo(year + 1);
    long contractId = approvedContract(year);
    long lastYearsGoal = contracts.get(contractId).getGoals().get(0).getId();

    // When next year's contract starts
    DevelopmentContract next = contracts.start(nextYear, "gl-rye");

    // Then its draft holds the multi-year goal, continuing last year's
    assertThat(next.getGoals()).extracting(Goal::getTitle).containsExactly(MULTI_YEAR_GOAL);
    assertThat(next.getGoals().get(0).getCarriedFromId()).isEqualTo(lastYearsGoal);

    // And when the holder saves the draft keeping the goal's title, the goal keeps its history
    contracts.saveDraft(next.getId(), ContractTestData.completeGoals(), "Vurderet");
    entityManager.flush();
    Goal continued =
        contracts.get(next.getId()).getGoals().stream()
            .filter(goal -> goal.getTitle().equals(MULTI_YEAR_GOAL))
            .findFirst()
            .orElseThrow();
    assertThat(goals.history(continued.getId()))
        .extracting(Goal::getId)
        .containsExactly(continued.getId(), lastYearsGoal);
    assertThat(contracts.get(next.getId()).getGoals().get(1).getCarriedFromId()).isNull();
  }

  @Test
  void shouldNotCarryGoalsOfAContractThatWasNeverApproved() {
    // Given Gl. Rye's contract last year that was only drafted
    int year = testData.newYear();
    int nextYear = testData.newYear();
    DevelopmentContract draft = contracts.start(year, "gl-rye");
    contracts.saveDraft(draft.getId(), ContractTestData.completeGoals(), "Vurderet");

    // When next year's contract starts, then its draft is empty
    assertThat(contracts.start(nextYear, "gl-rye").getGoals()).isEmpty();
  }

  @Test
  void shouldShareOneGoalWithSeveralUnits() {
    // Given Gl. Rye's goal
    long contractId = approvedContract(testData.newYear());
    long goalId = contracts.get(contractId).getGoals().get(0).getId();

    // When Niels Ebbesen Skolen shares it, twice
    goals.share(goalId, "niels-ebbesen");
    goals.share(goalId, "niels-ebbesen");

    // Then the one goal has both units, the owner first
    assertThat(goals.unitIds(goalId))
        .containsExactly(
            units.findByCode("gl-rye").orElseThrow().getId(),
            units.findByCode("niels-ebbesen").orElseThrow().getId());
    // And an unknown unit is refused in Danish
    assertThatThrownBy(() -> goals.share(goalId, "findes-ikke"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("findes ikke");
  }

  @Test
  void shouldLetACommitteeAndTheMunicipalityHaveGoalsServingTheirPeriodsAims() {
    // Given a year with the seed DUS, and the children and schools committee
    int year = testData.newYear();
    var period = periods.budgetYear(year);
    long track = period.aims(AimKind.TRACK).get(0).getId();
    long committee = committees.findByCode("boerne-og-undervisningsudvalget").orElseThrow().getId();

    // When the municipality sets a goal on track 1 and the committee one that serves it
    Goal municipal =
        goals.addBodyGoal(
            period.getId(), null, track, null, "Flere i trivsel", "Trivsel", "Indsatser", "Måling");
    Goal committees =
        goals.addBodyGoal(
            period.getId(),
            committee,
            null,
            municipal.getId(),
            "Trivsel i skolerne",
            "Trivsel",
            "Trivselsforløb",
            "Trivselsmåling");

    // Then each has its owner, period and parent, and belongs to no unit's contract
    assertThat(municipal.getOwnerKind()).isEqualTo(GoalOwner.MUNICIPALITY);
    assertThat(municipal.getAimId()).isEqualTo(track);
    assertThat(committees.getOwnerKind()).isEqualTo(GoalOwner.COMMITTEE);
    assertThat(committees.getOwnerCommitteeId()).isEqualTo(committee);
    assertThat(committees.getParentGoalId()).isEqualTo(municipal.getId());
    assertThat(committees.getPeriodId()).isEqualTo(period.getId());

    // And an aim of another period, or a missing title, is refused in Danish
    long otherYearsTrack =
        periods.budgetYear(testData.newYear()).aims(AimKind.TRACK).get(0).getId();
    assertThatThrownBy(
            () ->
                goals.addBodyGoal(
                    period.getId(), committee, otherYearsTrack, null, "Mål", "F", "A", "O"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("egen periode");
    assertThatThrownBy(
            () -> goals.addBodyGoal(period.getId(), committee, null, null, " ", "F", "A", "O"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Titel");
  }

  private long approvedContract(int year) {
    DevelopmentContract contract = contracts.start(year, "gl-rye");
    contracts.saveDraft(contract.getId(), ContractTestData.completeGoals(), "Vurderet");
    contracts.submitForApproval(contract.getId(), "koncernchef");
    contracts.recordDecision(contract.getId(), "godkend", null, List.of(), "koncernchef");
    return contract.getId();
  }
}
