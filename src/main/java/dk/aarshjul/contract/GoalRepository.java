package dk.aarshjul.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Long> {

  /** The period's goals of one kind of owner (the council's: MUNICIPALITY), in their order. */
  List<Goal> findByPeriodIdAndOwnerKindOrderByPositionAscIdAsc(long periodId, GoalOwner ownerKind);
}
