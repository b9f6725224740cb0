package dk.aarshjul.dialogue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeFollowUpRepository extends JpaRepository<InitiativeFollowUp, Long> {

  List<InitiativeFollowUp> findByInitiativeIdInOrderByYearAsc(Collection<Long> initiativeIds);
}
