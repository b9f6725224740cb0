package dk.aarshjul.challenge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeDecisionRepository extends JpaRepository<ChallengeDecision, Long> {
  List<ChallengeDecision> findByChallengeIdOrderById(Long challengeId);

  Optional<ChallengeDecision> findFirstByChallengeIdOrderByIdDesc(Long challengeId);
}
