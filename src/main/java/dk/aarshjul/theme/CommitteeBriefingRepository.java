package dk.aarshjul.theme;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeBriefingRepository extends JpaRepository<CommitteeBriefing, Long> {

  Optional<CommitteeBriefing> findByPeriodIdAndBriefingYearAndCommitteeId(
      Long periodId, int briefingYear, Long committeeId);
}
