package dk.aarshjul.conduct;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CodeOfConductRepository extends JpaRepository<CodeOfConduct, Long> {

  Optional<CodeOfConduct> findFirstByOrderByVersionDesc();

  Optional<CodeOfConduct> findFirstByAdoptedOnLessThanEqualOrderByVersionDesc(LocalDate day);
}
