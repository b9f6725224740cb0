package dk.aarshjul.dialogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionMeetingPlanRepository extends JpaRepository<InstitutionMeetingPlan, Long> {

  Optional<InstitutionMeetingPlan> findByPeriodIdAndPlanYearAndCommitteeCode(
      long periodId, int planYear, String committeeCode);
}
