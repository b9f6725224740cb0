package dk.aarshjul.challenge;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChallengeRepository extends JpaRepository<Challenge, Long> {

  /** Challenges of the unit not yet decided (SUBMITTED or MORE_INFO_REQUESTED). */
  long countByUnitCodeAndStatusIn(String unitCode, java.util.Collection<ChallengeStatus> statuses);
}
