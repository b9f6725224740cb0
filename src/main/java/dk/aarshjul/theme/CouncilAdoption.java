package dk.aarshjul.theme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's decision on the model its workshop produced for a term: adopted – replacing the
 * policies and strategies recorded as repealed – or sent back to the workshop with a comment.
 */
@Entity
public class CouncilAdoption {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;
  private LocalDate decidedOn;
  private boolean adopted;
  private String comment;
  private String registeredBy;
  private Instant registeredAt = Instant.now();

  @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
  @CollectionTable(name = "repealed_policy", joinColumns = @JoinColumn(name = "adoption_id"))
  @Column(name = "title")
  @OrderColumn(name = "position")
  private List<String> repealed = new ArrayList<>();

  protected CouncilAdoption() {}

  CouncilAdoption(
      long periodId,
      LocalDate decidedOn,
      boolean adopted,
      List<String> repealed,
      String comment,
      String registeredBy) {
    this.periodId = periodId;
    this.decidedOn = decidedOn;
    this.adopted = adopted;
    this.repealed.addAll(repealed);
    this.comment = comment;
    this.registeredBy = registeredBy;
  }

  public Long getId() {
    return id;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public boolean isAdopted() {
    return adopted;
  }

  /** The policies and strategies the adopted model replaces. */
  public List<String> getRepealed() {
    return List.copyOf(repealed);
  }

  public String getComment() {
    return comment;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }
}
