package dk.aarshjul.theme;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeMeetingRepository extends JpaRepository<ThemeMeeting, Long> {

  @EntityGraph(attributePaths = "themes")
  Optional<ThemeMeeting> findByPeriodId(Long periodId);

  boolean existsByPeriodId(Long periodId);
}
