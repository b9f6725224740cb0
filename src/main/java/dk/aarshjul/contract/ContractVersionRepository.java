package dk.aarshjul.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractVersionRepository extends JpaRepository<ContractVersion, Long> {

  List<ContractVersion> findByContractIdOrderByVersionNumber(Long contractId);
}
