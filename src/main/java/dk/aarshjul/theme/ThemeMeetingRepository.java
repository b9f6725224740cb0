package dk.aarshjul.theme;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeMeetingRepository extends JpaRepository<ThemeMeeting, Long> {

  @EntityGraph(attributePaths = "themes")
  Optional<ThemeMeeting> findByCycleYearYear(int year);

  boolean existsByCycleYearId(Long cycleYearId);
}
