package dk.aarshjul.dialogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

  List<Initiative> findByMeetingIdOrderByPosition(long meetingId);

  List<Initiative> findByPeriodIdAndGoalIdOrderByIdAsc(long periodId, long goalId);
}
