package dk.aarshjul.contract;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Long> {

  /** The period's goals of one kind of owner (the council's: MUNICIPALITY), in their order. */
  List<Goal> findByPeriodIdAndOwnerKindOrderByPositionAscIdAsc(long periodId, GoalOwner ownerKind);

  /** The period's goals of some kinds of owner (common goals: MUNICIPALITY, AREA), in order. */
  List<Goal> findByPeriodIdAndOwnerKindInOrderByPositionAscIdAsc(
      long periodId, Collection<GoalOwner> ownerKinds);

  /** Whether any goal serves the goal {@code parentGoalId} (a unit's part of a common goal). */
  boolean existsByParentGoalId(Long parentGoalId);
}
