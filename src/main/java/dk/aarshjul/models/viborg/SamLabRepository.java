package dk.aarshjul.models.viborg;

import org.springframework.data.jpa.repository.JpaRepository;

interface SamLabRepository extends JpaRepository<SamLab, Long> {}
