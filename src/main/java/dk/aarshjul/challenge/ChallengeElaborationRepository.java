package dk.aarshjul.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeElaborationRepository extends JpaRepository<ChallengeElaboration, Long> {
  List<ChallengeElaboration> findByChallengeIdOrderById(Long challengeId);
}
