package dk.aarshjul.followup;

import dk.aarshjul.contract.DevelopmentContract;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {

  Optional<FollowUpReport> findByContractIdAndRoundNumber(Long contractId, int roundNumber);

  /** The contract's reports of earlier rounds, latest first. */
  List<FollowUpReport> findByContractIdAndRoundNumberLessThanOrderByRoundNumberDesc(
      Long contractId, int roundNumber);

  @Query(
      "select r from FollowUpReport r where r.contract.year.firstYear = :year and r.contract.year.kind = dk.aarshjul.period.PeriodKind.BUDGET_YEAR order by r.roundNumber, r.id")
  List<FollowUpReport> findByYear(int year);

  /**
   * The year's approved development contracts (the ones followed up), with their unit, area and
   * period in the same query.
   */
  @Query(
      "select c from DevelopmentContract c join fetch c.unit u join fetch u.area join fetch c.year y"
          + " where y.firstYear = :year and y.kind = dk.aarshjul.period.PeriodKind.BUDGET_YEAR"
          + " and c.status = dk.aarshjul.contract.ContractStatus.APPROVED")
  List<DevelopmentContract> findApprovedContracts(int year);

  /**
   * The approved goal statuses of the given units in periods that began before {@code year}, with
   * their report, contract, unit, period and goal: what the read model picks last year's results
   * from.
   */
  @Query(
      "select s from GoalStatus s join fetch s.report r join fetch r.contract c join fetch c.unit u"
          + " join fetch c.year y join fetch s.goal g where u.id in :unitIds and y.firstYear < :year"
          + " and r.status = dk.aarshjul.followup.FollowUpStatus.APPROVED"
          + " order by u.name, y.firstYear desc, r.roundNumber desc, g.position")
  List<GoalStatus> findApprovedStatusesOfUnitsBefore(
      @org.springframework.data.repository.query.Param("unitIds")
          java.util.Collection<Long> unitIds,
      @org.springframework.data.repository.query.Param("year") int year);

  /**
   * The approved goal statuses of the periods covering {@code year} (a budget year, or a term it is
   * in), with their report, contract, unit and goal: what the public barometer shows when the
   * municipality publishes its follow-up.
   */
  @Query(
      "select s from GoalStatus s join fetch s.report r join fetch r.contract c join fetch c.unit u"
          + " join fetch c.year y join fetch s.goal g where y.firstYear <= :year and y.lastYear >= :year"
          + " and r.status = dk.aarshjul.followup.FollowUpStatus.APPROVED"
          + " order by u.name, r.roundNumber desc, g.position")
  List<GoalStatus> findApprovedStatusesCovering(
      @org.springframework.data.repository.query.Param("year") int year);

  /** Every approved report with its contract's period: the years with published follow-up. */
  @Query(
      "select r from FollowUpReport r join fetch r.contract c join fetch c.year y"
          + " where r.status = dk.aarshjul.followup.FollowUpStatus.APPROVED")
  List<FollowUpReport> findApproved();

  /** Whether any follow-up reported on the goal. */
  @Query("select count(s) > 0 from GoalStatus s where s.goal.id = :goalId")
  boolean hasStatusOfGoal(@org.springframework.data.repository.query.Param("goalId") Long goalId);
}
