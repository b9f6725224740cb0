package dk.aarshjul.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A unit (school, daycare, care centre, staff function) led by one contract holder. */
@Entity
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  /**
   * Danish type code used in the approver DMN, e.g. "skole", "dagtilbud", "plejecenter", "stab".
   */
  @Column(name = "unit_type")
  private String unitType;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "area_id")
  private Area area;

  /** The committee the unit answers to (fagudvalg; staff units: the finance committee). */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "committee_id")
  private Committee committee;

  /** The geographic district the unit lies in, if the municipality uses districts. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "district_id")
  private District district;

  private boolean hasBoard;
  private boolean hasWorksCouncil;
  private boolean active = true;

  protected Unit() {}

  public Unit(
      String code,
      String name,
      String unitType,
      Area area,
      Committee committee,
      boolean hasBoard,
      boolean hasWorksCouncil) {
    this.code = code;
    this.name = name;
    this.unitType = unitType;
    this.area = area;
    this.committee = committee;
    this.hasBoard = hasBoard;
    this.hasWorksCouncil = hasWorksCouncil;
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

  public String getUnitType() {
    return unitType;
  }

  public Area getArea() {
    return area;
  }

  /** The unit's district; null when it lies in none. */
  public District getDistrict() {
    return district;
  }

  /** Places the unit in a district (null: in none). */
  public void placeIn(District district) {
    this.district = district;
  }

  public Committee getCommittee() {
    return committee;
  }

  /**
   * Moves the unit to another committee (e.g. after the council changes its committee structure).
   */
  public void answerTo(Committee committee) {
    this.committee = committee;
  }

  public boolean hasBoard() {
    return hasBoard;
  }

  public boolean hasWorksCouncil() {
    return hasWorksCouncil;
  }

  public boolean isActive() {
    return active;
  }

  /** Who writes the unit's goals: its area's choice, else its committee's. */
  public PenHolder penHolder() {
    return getArea().getPenHolder() != null
        ? getArea().getPenHolder()
        : getCommittee().getPenHolder();
  }

  /** The group that writes the unit's goals: its leader, or its committee's secretariat. */
  public String penHolderGroup() {
    return penHolder() == PenHolder.ADMINISTRATION
        ? getCommittee().secretariatGroup()
        : Groups.contractHolder(getCode());
  }

  /**
   * The unit type of staff and support functions ("stab"), which agree goals with the directorate.
   */
  public static final String STAFF_TYPE = "stab";

  /** A staff or support function: it has a dialogue with the directorate, not with a committee. */
  public boolean isStaff() {
    return STAFF_TYPE.equals(unitType);
  }
}
