package dk.aarshjul.dialogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionVisitRepository extends JpaRepository<InstitutionVisit, Long> {}
