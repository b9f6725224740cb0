package dk.aarshjul.theme;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThemeMeetingRepository extends JpaRepository<ThemeMeeting, Long> {

  @EntityGraph(attributePaths = "themes")
  /** The period's first meeting: a budget year's theme meeting. */
  Optional<ThemeMeeting> findFirstByPeriodIdOrderByMeetingNumber(Long periodId);

  /** A term's workshop meetings, in order. */
  java.util.List<ThemeMeeting> findByPeriodIdOrderByMeetingNumber(Long periodId);

  boolean existsByPeriodId(Long periodId);
}
