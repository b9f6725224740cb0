package dk.aarshjul.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Another unit sharing a goal with its owner: one shared goal, several units. */
@Entity
public class GoalUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long goalId;
  private Long unitId;

  protected GoalUnit() {}

  GoalUnit(long goalId, long unitId) {
    this.goalId = goalId;
    this.unitId = unitId;
  }

  public Long getGoalId() {
    return goalId;
  }

  public Long getUnitId() {
    return unitId;
  }
}
