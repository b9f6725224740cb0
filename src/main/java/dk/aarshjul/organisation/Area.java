package dk.aarshjul.organisation;

import jakarta.persistence.Entity;

/** An administrative area (e.g. Børn og Unge) led by a group chief. */
@Entity
public class Area extends CodedGroup {

  protected Area() {}

  public Area(String code, String name) {
    super(code, name);
  }
}
