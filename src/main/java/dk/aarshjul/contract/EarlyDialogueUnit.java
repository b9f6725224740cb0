package dk.aarshjul.contract;

import dk.aarshjul.organisation.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A unit in a period's early-dialogue trial: its contract drafting starts with a dialogue with the
 * directorate.
 */
@Entity
public class EarlyDialogueUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  protected EarlyDialogueUnit() {}

  EarlyDialogueUnit(long periodId, Unit unit) {
    this.periodId = periodId;
    this.unit = unit;
  }

  public Unit getUnit() {
    return unit;
  }
}
