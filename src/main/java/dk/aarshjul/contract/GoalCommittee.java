package dk.aarshjul.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;

/** A standing committee works on a council goal first (its priority); several may take one goal. */
@Entity
@IdClass(GoalCommittee.Key.class)
class GoalCommittee {

  record Key(Long goalId, Long committeeId) implements Serializable {
    Key() {
      this(null, null);
    }
  }

  @Id private Long goalId;
  @Id private Long committeeId;
  private Instant prioritisedAt = Instant.now();

  protected GoalCommittee() {}

  GoalCommittee(long goalId, long committeeId) {
    this.goalId = goalId;
    this.committeeId = committeeId;
  }

  Long getGoalId() {
    return goalId;
  }

  Long getCommitteeId() {
    return committeeId;
  }
}
