package dk.aarshjul.contract;

import dk.aarshjul.process.PlainText;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractReviewRepository extends JpaRepository<ContractReview, Long> {
  List<ContractReview> findByContractIdOrderByIdDesc(Long contractId);

  /**
   * What a draft form shows when the latest review sent the contract back: "**Sendt tilbage af
   * {@code by}:**" and the reviewer's text (Markdown); empty otherwise.
   */
  default String sentBackNote(long contractId, String by) {
    return findByContractIdOrderByIdDesc(contractId).stream()
        .findFirst()
        .filter(review -> !review.isApproved())
        .map(
            review ->
                "**Sendt tilbage af " + by + ":**\n\n" + PlainText.markdownBlock(review.getText()))
        .orElse("");
  }
}
