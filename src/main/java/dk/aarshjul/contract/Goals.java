package dk.aarshjul.contract;

import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals across contracts: the units sharing a goal and a goal's history over the periods it was
 * carried through.
 */
@Service
@Transactional
class Goals {

  private final GoalRepository goals;
  private final GoalUnitRepository sharing;
  private final UnitRepository units;

  Goals(GoalRepository goals, GoalUnitRepository sharing, UnitRepository units) {
    this.goals = goals;
    this.sharing = sharing;
    this.units = units;
  }

  /**
   * Lets another unit share the goal (one goal, several units); sharing it again changes nothing.
   */
  public void share(long goalId, String unitCode) {
    Goal goal =
        goals
            .findById(goalId)
            .orElseThrow(() -> new IllegalArgumentException("Mål " + goalId + " findes ikke"));
    Unit unit =
        units
            .findByCode(unitCode)
            .filter(Unit::isActive)
            .orElseThrow(
                () ->
                    new InvalidSubmissionException(
                        "unitCode", "Enheden '" + unitCode + "' findes ikke."));
    if (unit.getId().equals(goal.getOwnerUnitId())
        || sharing.findByGoalIdOrderByUnitId(goalId).stream()
            .anyMatch(s -> s.getUnitId().equals(unit.getId()))) {
      return;
    }
    sharing.save(new GoalUnit(goalId, unit.getId()));
  }

  /** The units of a goal: its owner unit first, then the units sharing it. */
  @Transactional(readOnly = true)
  public List<Long> unitIds(long goalId) {
    Goal goal =
        goals
            .findById(goalId)
            .orElseThrow(() -> new IllegalArgumentException("Mål " + goalId + " findes ikke"));
    List<Long> ids = new ArrayList<>();
    Optional.ofNullable(goal.getOwnerUnitId()).ifPresent(ids::add);
    sharing.findByGoalIdOrderByUnitId(goalId).forEach(s -> ids.add(s.getUnitId()));
    return ids;
  }

  /** The goal and the goals it continues, newest first: its history across periods. */
  @Transactional(readOnly = true)
  public List<Goal> history(long goalId) {
    List<Goal> history = new ArrayList<>();
    Optional<Goal> next = goals.findById(goalId);
    while (next.isPresent() && history.size() < 100) {
      Goal goal = next.get();
      history.add(goal);
      next = Optional.ofNullable(goal.getCarriedFromId()).flatMap(goals::findById);
    }
    return history;
  }
}
