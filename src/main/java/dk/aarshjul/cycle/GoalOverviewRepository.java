package dk.aarshjul.cycle;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalOverviewRepository extends JpaRepository<GoalOverview, Long> {

  Optional<GoalOverview> findByYearYear(int year);
}
