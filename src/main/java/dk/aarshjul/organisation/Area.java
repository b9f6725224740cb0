package dk.aarshjul.organisation;

import jakarta.persistence.Entity;

/** An administrative area (e.g. Børn og Unge) led by a group chief. */
@Entity
public class Area extends CodedGroup {

  /** Who writes the goals of the area's institutions; none: as the unit's committee chose. */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private PenHolder penHolder;

  protected Area() {}

  public Area penHolder(PenHolder penHolder) {
    this.penHolder = penHolder;
    return this;
  }

  public PenHolder getPenHolder() {
    return penHolder;
  }

  public Area(String code, String name) {
    super(code, name);
  }
}
