package dk.aarshjul.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AreaRepository extends JpaRepository<Area, Long> {
  Optional<Area> findByCode(String code);
}
