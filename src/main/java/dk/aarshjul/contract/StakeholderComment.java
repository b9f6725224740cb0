package dk.aarshjul.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A board's or works council's comment (høringssvar) on a draft contract. */
@Entity
public class StakeholderComment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long contractId;

  @Enumerated(EnumType.STRING)
  private StakeholderBody body;

  @Column(name = "comment_text")
  private String text;

  private String author;
  private Instant createdAt = Instant.now();

  protected StakeholderComment() {}

  public StakeholderComment(Long contractId, StakeholderBody body, String text, String author) {
    this.contractId = contractId;
    this.body = body;
    this.text = text;
    this.author = author;
  }

  public Long getContractId() {
    return contractId;
  }

  public StakeholderBody getBody() {
    return body;
  }

  public String getText() {
    return text;
  }

  public String getAuthor() {
    return author;
  }
}
