package dk.aarshjul.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One decision of the directorate on a challenge: accept, reject or ask for elaboration (then the
 * question).
 */
@Entity
public class ChallengeDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long challengeId;

  @Enumerated(EnumType.STRING)
  private ChallengeDecisionType decision;

  private String reasoning;
  private String decidedBy;
  private Instant decidedAt = Instant.now();

  protected ChallengeDecision() {}

  ChallengeDecision(
      Long challengeId, ChallengeDecisionType decision, String reasoning, String decidedBy) {
    this.challengeId = challengeId;
    this.decision = decision;
    this.reasoning = reasoning;
    this.decidedBy = decidedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getChallengeId() {
    return challengeId;
  }

  public ChallengeDecisionType getDecision() {
    return decision;
  }

  public String getReasoning() {
    return reasoning;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
