package dk.aarshjul.contract;

import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A role the approver DMN (contract-approver.dmn) can name, and whose group it is for a unit: a
 * table, so a municipality adds a role (e.g. its committees) without a release.
 */
@Entity
public class ApproverRole {

  /** How a role becomes the candidate group of the approval task for one unit. */
  public enum ResolvesTo {
    /** The group chief of the unit's area. */
    AREA_GROUP_CHIEF,
    /** The secretariat (fagsekretariat) of the unit's area. */
    AREA_SECRETARIAT,
    /** The secretariat of the unit's committee, which registers the committee's decision. */
    COMMITTEE_SECRETARIAT,
    /** One fixed group (e.g. the directorate). */
    GROUP
  }

  @Id private String code;
  private String label;

  @Enumerated(EnumType.STRING)
  private ResolvesTo resolvesTo;

  private String groupId;

  protected ApproverRole() {}

  /** The candidate group that approves the unit's agreement in this role. */
  public String groupFor(Unit unit) {
    return switch (resolvesTo) {
      case AREA_GROUP_CHIEF -> Groups.groupChief(unit.getArea().getCode());
      case AREA_SECRETARIAT -> Groups.secretariat(unit.getArea().getCode());
      case COMMITTEE_SECRETARIAT -> unit.getCommittee().secretariatGroup();
      case GROUP -> groupId;
    };
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public ResolvesTo getResolvesTo() {
    return resolvesTo;
  }
}
