package dk.aarshjul.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractReviewRepository extends JpaRepository<ContractReview, Long> {
  List<ContractReview> findByContractIdOrderByIdDesc(Long contractId);
}
