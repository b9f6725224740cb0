package dk.aarshjul.contract;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<DevelopmentContract, Long> {
  Optional<DevelopmentContract> findByUnitIdAndYearId(Long unitId, Long yearId);

  /** The year's contracts in one status with their goals, in unit order (overviews and roll-ups). */
  @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "goals")
  java.util.List<DevelopmentContract> findByYearYearAndStatusOrderByUnitName(int year, ContractStatus status);
}
