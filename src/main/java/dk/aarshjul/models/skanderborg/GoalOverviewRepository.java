package dk.aarshjul.models.skanderborg;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalOverviewRepository extends JpaRepository<GoalOverview, Long> {

  @org.springframework.data.jpa.repository.Query(
      "select o from GoalOverview o where o.year.firstYear = :year"
          + " and o.year.kind = dk.aarshjul.period.PeriodKind.BUDGET_YEAR")
  Optional<GoalOverview> findByYearYear(int year);
}
