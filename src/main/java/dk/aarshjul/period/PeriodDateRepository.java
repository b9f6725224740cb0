package dk.aarshjul.period;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface PeriodDateRepository extends Repository<PeriodDate, Long> {

  /** A budget year's dates of one kind in order, without loading the period: one query. */
  @Query(
      "select d from PeriodDate d where d.period.kind = dk.aarshjul.period.PeriodKind.BUDGET_YEAR"
          + " and d.period.firstYear = :year and d.kind = :kind order by d.number")
  List<PeriodDate> findInBudgetYear(@Param("year") int year, @Param("kind") PeriodDateKind kind);

  /** A period's dates of one kind in order. */
  @Query(
      "select d from PeriodDate d where d.period.id = :periodId and d.kind = :kind order by d.number")
  List<PeriodDate> findInPeriod(
      @Param("periodId") long periodId, @Param("kind") PeriodDateKind kind);
}
