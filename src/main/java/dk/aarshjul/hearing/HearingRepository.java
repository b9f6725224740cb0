package dk.aarshjul.hearing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HearingRepository extends JpaRepository<Hearing, Long> {

  List<Hearing> findByCaseIdOrderById(Long caseId);

  long countByCaseIdAndStatus(Long caseId, HearingStatus status);
}
