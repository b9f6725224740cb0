package dk.aarshjul.challenge;

import org.springframework.stereotype.Component;

/**
 * Who acts on a challenge, from Årshjul's tables: the candidate groups of challenge.bpmn ({@code
 * ${challengeDeciders.holder(challengeId)}}; the decision itself is the directorate's), evaluated
 * again when the task is completed (by the access rules' {@code DecidingGroupCheck}).
 */
@Component("challengeDeciders")
public class ChallengeDeciders {

  private final ChallengeService challenges;

  public ChallengeDeciders(ChallengeService challenges) {
    this.challenges = challenges;
  }

  /** The contract holder group of the challenge's unit. */
  public String holder(Long challengeId) {
    return challenges.holderGroup(challengeId);
  }
}
