package dk.aarshjul.dialogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeDialoguePlanRepository extends JpaRepository<CommitteeDialoguePlan, Long> {

  Optional<CommitteeDialoguePlan> findByPeriodIdAndPlanYearAndCommitteeId(
      Long periodId, int planYear, Long committeeId);
}
