package dk.aarshjul.dialogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueParticipantRepository extends JpaRepository<DialogueParticipant, Long> {}
