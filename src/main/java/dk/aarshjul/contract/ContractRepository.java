package dk.aarshjul.contract;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<DevelopmentContract, Long> {
  Optional<DevelopmentContract> findByUnitIdAndYearId(Long unitId, Long yearId);
}
