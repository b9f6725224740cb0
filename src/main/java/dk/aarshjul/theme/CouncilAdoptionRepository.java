package dk.aarshjul.theme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilAdoptionRepository extends JpaRepository<CouncilAdoption, Long> {

  List<CouncilAdoption> findByPeriodIdOrderByIdAsc(long periodId);
}
