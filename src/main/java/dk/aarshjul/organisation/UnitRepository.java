package dk.aarshjul.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {
  Optional<Unit> findByCode(String code);

  List<Unit> findByActiveTrueOrderByName();
}
