package dk.aarshjul.contract;

import dk.aarshjul.organisation.CommitteeRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodRepository;
import dk.aarshjul.process.FormValues;
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
  private final PeriodRepository periods;
  private final CommitteeRepository committees;

  Goals(
      GoalRepository goals,
      GoalUnitRepository sharing,
      UnitRepository units,
      PeriodRepository periods,
      CommitteeRepository committees) {
    this.goals = goals;
    this.sharing = sharing;
    this.units = units;
    this.periods = periods;
    this.committees = committees;
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

  /**
   * Adds a committee's goal (owner: the committee) or, without a committee, the municipality's goal
   * for a period; it may serve one of the period's aims or a parent goal. Texts follow the goal
   * fields' rules (GoalFields).
   */
  public Goal addBodyGoal(
      long periodId,
      Long committeeId,
      Long aimId,
      Long parentGoalId,
      Object title,
      Object purpose,
      Object activities,
      Object effectFollowUp) {
    Period period =
        periods
            .findById(periodId)
            .orElseThrow(
                () -> new IllegalArgumentException("Periode " + periodId + " findes ikke"));
    if (aimId != null && period.getAims().stream().noneMatch(aim -> aim.getId().equals(aimId))) {
      throw new InvalidSubmissionException(
          "aim", "Målet kan kun tjene en retning (spor, tema, pejlemærke) i sin egen periode.");
    }
    if (parentGoalId != null && goals.findById(parentGoalId).isEmpty()) {
      throw new InvalidSubmissionException("parentGoal", "Det overordnede mål findes ikke.");
    }
    if (committeeId != null && committees.findById(committeeId).isEmpty()) {
      throw new InvalidSubmissionException("committee", "Udvalget findes ikke.");
    }
    return goals.save(
        Goal.ofBody(
            committeeId == null ? GoalOwner.MUNICIPALITY : GoalOwner.COMMITTEE,
            committeeId,
            periodId,
            aimId,
            parentGoalId,
            text(GoalFields.TITLE, title),
            text(GoalFields.PURPOSE, purpose),
            text(GoalFields.ACTIVITIES, activities),
            text(GoalFields.EFFECT_FOLLOW_UP, effectFollowUp),
            false));
  }

  private static String text(dk.aarshjul.process.FormField field, Object value) {
    return FormValues.requiredText(
        value,
        field.key(),
        field.label(),
        field.maxLength(),
        "'" + field.label() + "' skal udfyldes.");
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
