package dk.aarshjul.period;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodRepository extends JpaRepository<Period, Long> {

  @EntityGraph(attributePaths = "aims")
  Optional<Period> findByKindAndFirstYear(PeriodKind kind, int firstYear);

  boolean existsByKindAndFirstYear(PeriodKind kind, int firstYear);
}
