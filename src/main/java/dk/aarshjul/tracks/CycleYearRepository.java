package dk.aarshjul.tracks;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleYearRepository extends JpaRepository<CycleYear, Long> {

  @EntityGraph(attributePaths = "tracks")
  Optional<CycleYear> findByYear(int year);
}
