package dk.aarshjul.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A political body: the council, the finance committee or a standing committee (fagudvalg), with
 * its politicians and a secretariat that registers its decisions. Every unit belongs to one
 * committee.
 */
@Entity
public class Committee extends CodedGroup {

  @Enumerated(EnumType.STRING)
  private CommitteeKind kind;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private PenHolder penHolder = PenHolder.LEADER;

  @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("role, userId")
  private List<CommitteeMember> members = new ArrayList<>();

  protected Committee() {}

  public Committee(String code, String name, CommitteeKind kind) {
    super(code, name);
    this.kind = kind;
  }

  /** Who writes the goals of the committee's institutions (an area may choose otherwise). */
  public Committee penHolder(PenHolder penHolder) {
    this.penHolder = penHolder;
    return this;
  }

  public PenHolder getPenHolder() {
    return penHolder;
  }

  public void addMember(String userId, CommitteeRole role) {
    members.add(new CommitteeMember(this, userId, role));
  }

  /** The group whose members register the committee's decisions (its secretariat). */
  public String secretariatGroup() {
    return Groups.committeeSecretariat(this);
  }

  /** The group of the committee's politicians. */
  public String membersGroup() {
    return Groups.committee(getCode());
  }

  public Optional<CommitteeMember> chair() {
    return members.stream().filter(m -> m.getRole() == CommitteeRole.CHAIR).findFirst();
  }

  public CommitteeKind getKind() {
    return kind;
  }

  public List<CommitteeMember> getMembers() {
    return members;
  }
}
