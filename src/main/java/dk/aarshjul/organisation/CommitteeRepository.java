package dk.aarshjul.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<Committee, Long> {

  Optional<Committee> findByCode(String code);

  @EntityGraph(attributePaths = "members")
  List<Committee> findAllByOrderByKindAscNameAsc();
}
