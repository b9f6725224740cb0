package dk.aarshjul.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementReviewRepository extends JpaRepository<AgreementReview, Long> {

  Optional<AgreementReview> findByContractIdAndBudgetYear(Long contractId, int budgetYear);

  List<AgreementReview> findByContractIdOrderByBudgetYear(Long contractId);
}
