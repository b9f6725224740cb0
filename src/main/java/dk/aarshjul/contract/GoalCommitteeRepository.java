package dk.aarshjul.contract;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalCommitteeRepository extends JpaRepository<GoalCommittee, GoalCommittee.Key> {

  List<GoalCommittee> findByGoalIdIn(Collection<Long> goalIds);

  List<GoalCommittee> findByCommitteeIdAndGoalIdIn(long committeeId, Collection<Long> goalIds);
}
