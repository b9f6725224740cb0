package dk.aarshjul.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalUnitRepository extends JpaRepository<GoalUnit, Long> {

  List<GoalUnit> findByGoalIdOrderByUnitId(long goalId);

  List<GoalUnit> findByUnitId(long unitId);
}
