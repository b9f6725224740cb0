package dk.aarshjul.measure;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegisterValueRepository extends JpaRepository<RegisterValue, Long> {

  List<RegisterValue> findByImportIdInOrderByLineNumber(Collection<Long> importIds);
}
