package dk.aarshjul.contract;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContractRepository extends JpaRepository<DevelopmentContract, Long> {
  Optional<DevelopmentContract> findByUnitIdAndYearId(Long unitId, Long yearId);

  /** The unit's contracts in the budget years {@code from}..{@code to}. */
  @org.springframework.data.jpa.repository.Query(
      "select c from DevelopmentContract c join fetch c.year y"
          + " where c.unit.id = :unitId and y.kind = dk.aarshjul.period.PeriodKind.BUDGET_YEAR"
          + " and y.firstYear between :from and :to")
  java.util.List<DevelopmentContract> findOfUnitInBudgetYears(Long unitId, int from, int to);

  /**
   * The year's contracts in one status with their goals, in unit order (overviews and roll-ups).
   */
  @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "goals")
  @org.springframework.data.jpa.repository.Query(
      "select c from DevelopmentContract c where c.year.firstYear = :year"
          + " and c.year.kind = dk.aarshjul.period.PeriodKind.BUDGET_YEAR and c.status = :status order by c.unit.name")
  java.util.List<DevelopmentContract> findByYearYearAndStatusOrderByUnitName(
      int year, ContractStatus status);

  /** A period's approved agreements of a committee's active units, by unit name. */
  @Query(
      "select c.id from DevelopmentContract c join c.unit u where c.year.id = :periodId"
          + " and u.committee.code = :committeeCode and u.active = true"
          + " and c.status = dk.aarshjul.contract.ContractStatus.APPROVED order by u.name")
  java.util.List<Long> findApprovedIdsOfCommittee(
      @Param("periodId") long periodId, @Param("committeeCode") String committeeCode);
}
