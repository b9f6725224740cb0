package dk.aarshjul.period;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodRepository extends JpaRepository<Period, Long> {

  @EntityGraph(attributePaths = "aims")
  Optional<Period> findByKindAndFirstYear(PeriodKind kind, int firstYear);

  boolean existsByKindAndFirstYear(PeriodKind kind, int firstYear);

  /** The period, locked for update until the transaction ends (changes that number its aims). */
  @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
  @org.springframework.data.jpa.repository.Query("select p from Period p where p.id = :id")
  Optional<Period> lockById(@org.springframework.data.repository.query.Param("id") long id);
}
