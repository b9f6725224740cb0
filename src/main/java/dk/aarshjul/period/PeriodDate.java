package dk.aarshjul.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/**
 * A named date of a period's calendar, in Danish time (a date, no time of day): a deadline, a
 * follow-up date or a window from one date until another. Kinds that occur several times are
 * numbered 1..n.
 */
@Entity
public class PeriodDate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private Period period;

  @Enumerated(EnumType.STRING)
  private PeriodDateKind kind;

  @Column(name = "sequence_number")
  private int number;

  /** The date; for a window its first day (none: open from the period's start). */
  private LocalDate onDate;

  /** A window's last day. */
  private LocalDate untilDate;

  /** A model's own name for the date; none: the kind's name and number. */
  private String label;

  protected PeriodDate() {}

  PeriodDate(
      Period period,
      PeriodDateKind kind,
      int number,
      LocalDate onDate,
      LocalDate untilDate,
      String label) {
    this.period = period;
    this.kind = kind;
    this.number = number;
    this.onDate = onDate;
    this.untilDate = untilDate;
    this.label = label;
  }

  void change(LocalDate onDate, LocalDate untilDate, String label) {
    this.onDate = onDate;
    this.untilDate = untilDate;
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public PeriodDateKind getKind() {
    return kind;
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getOnDate() {
    return onDate;
  }

  public LocalDate getUntilDate() {
    return untilDate;
  }

  /** The name shown to users, e.g. "Opfølgning 2" or a model's own name. */
  public String getLabel() {
    return label != null
        ? label
        : kind.label() + (number > 1 || kind == PeriodDateKind.FOLLOW_UP ? " " + number : "");
  }
}
