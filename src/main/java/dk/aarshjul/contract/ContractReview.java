package dk.aarshjul.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The approver's decision on one submitted version of a contract. */
@Entity
public class ContractReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long contractId;
  private boolean approved;

  @Column(name = "comment_text")
  private String text;

  private String reviewer;
  private Instant createdAt = Instant.now();

  protected ContractReview() {}

  public ContractReview(Long contractId, boolean approved, String text, String reviewer) {
    this.contractId = contractId;
    this.approved = approved;
    this.text = text;
    this.reviewer = reviewer;
  }

  public boolean isApproved() {
    return approved;
  }

  public String getText() {
    return text;
  }

  public String getReviewer() {
    return reviewer;
  }
}
