package dk.aarshjul.conduct;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConductAcknowledgementRepository extends JpaRepository<ConductAcknowledgement, Long> {

  List<ConductAcknowledgement> findByCodeIdAndTermFirstYearOrderByAcknowledgedAtAsc(
      long codeId, int termFirstYear);

  boolean existsByCodeIdAndTermFirstYearAndUserId(long codeId, int termFirstYear, String userId);
}
