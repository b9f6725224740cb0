package dk.aarshjul.dialogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AreaMeetingModelRepository extends JpaRepository<AreaMeetingModel, Long> {

  List<AreaMeetingModel> findByPeriodIdOrderById(long periodId);

  @Modifying(flushAutomatically = true)
  @Query("delete from AreaMeetingModel m where m.periodId = :periodId")
  void deleteByPeriodId(long periodId);
}
