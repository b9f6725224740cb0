package dk.aarshjul.tracks;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A follow-up round of the year and its date. */
@Entity
public class FollowUpDate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private CycleYear year;

  private int roundNumber;
  private LocalDate dueDate;

  protected FollowUpDate() {}

  FollowUpDate(CycleYear year, int roundNumber, LocalDate dueDate) {
    this.year = year;
    this.roundNumber = roundNumber;
    this.dueDate = dueDate;
  }

  public int getRoundNumber() { return roundNumber; }
  public LocalDate getDueDate() { return dueDate; }
}
