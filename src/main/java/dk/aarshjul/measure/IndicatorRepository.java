package dk.aarshjul.measure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

  List<Indicator> findByPeriodIdOrderByPosition(long periodId);

  List<Indicator> findByPeriodIdAndPublishedAtNotNullOrderByPosition(long periodId);

  Optional<Indicator> findByGoalId(long goalId);

  long countByPublishedAtNotNull();

  @Query("select distinct i.periodId from Indicator i where i.publishedAt is not null")
  List<Long> findPublishedPeriodIds();
}
