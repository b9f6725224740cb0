package dk.aarshjul.organisation;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A grouping of units with a stable code (used in group ids, DMN rules and URLs) and a Danish name:
 * an administrative area, a geographic district, a committee.
 */
@MappedSuperclass
public abstract class CodedGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  protected CodedGroup() {}

  protected CodedGroup(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
