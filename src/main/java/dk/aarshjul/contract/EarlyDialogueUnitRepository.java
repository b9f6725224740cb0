package dk.aarshjul.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EarlyDialogueUnitRepository extends JpaRepository<EarlyDialogueUnit, Long> {

  List<EarlyDialogueUnit> findByPeriodIdOrderById(long periodId);

  boolean existsByPeriodIdAndUnitId(long periodId, long unitId);

  @Modifying(flushAutomatically = true)
  @Query("delete from EarlyDialogueUnit e where e.periodId = :periodId")
  void deleteByPeriodId(long periodId);
}
