package dk.aarshjul.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractReviewRepository extends JpaRepository<ContractReview, Long> {
  List<ContractReview> findByContractIdOrderByIdDesc(Long contractId);
}
