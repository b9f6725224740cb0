package dk.aarshjul.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusRollupRepository extends JpaRepository<StatusRollup, Long> {

  Optional<StatusRollup> findByYearIdAndRoundNumberAndScopeKey(
      Long yearId, int roundNumber, long scopeKey);

  List<StatusRollup> findByYearId(Long yearId);

  List<StatusRollup> findByYearIdAndRoundNumberOrderByScopeKey(Long yearId, int roundNumber);
}
