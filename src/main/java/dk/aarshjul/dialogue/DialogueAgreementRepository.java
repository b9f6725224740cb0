package dk.aarshjul.dialogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueAgreementRepository extends JpaRepository<DialogueAgreement, Long> {

  List<DialogueAgreement> findByMeetingIdOrderByContractUnitName(Long meetingId);

  List<DialogueAgreement> findByMeetingIdAndStatusOrderByContractUnitName(
      Long meetingId, AgreementStatus status);
}
