package dk.aarshjul.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The contract holder's answer to one request for elaboration ({@code decisionId}). */
@Entity
public class ChallengeElaboration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long challengeId;
  private Long decisionId;
  private String elaboration;
  private String elaboratedBy;
  private Instant elaboratedAt = Instant.now();

  protected ChallengeElaboration() {}

  ChallengeElaboration(Long challengeId, Long decisionId, String elaboration, String elaboratedBy) {
    this.challengeId = challengeId;
    this.decisionId = decisionId;
    this.elaboration = elaboration;
    this.elaboratedBy = elaboratedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getChallengeId() {
    return challengeId;
  }

  public Long getDecisionId() {
    return decisionId;
  }

  public String getElaboration() {
    return elaboration;
  }

  public String getElaboratedBy() {
    return elaboratedBy;
  }

  public Instant getElaboratedAt() {
    return elaboratedAt;
  }
}
