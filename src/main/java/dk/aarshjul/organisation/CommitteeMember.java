package dk.aarshjul.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A politician (a user of Årshjul, who reads) in a committee. */
@Entity
public class CommitteeMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "committee_id")
  private Committee committee;

  /** The politician's login (Camunda user id). */
  private String userId;

  @Enumerated(EnumType.STRING)
  private CommitteeRole role;

  protected CommitteeMember() {}

  CommitteeMember(Committee committee, String userId, CommitteeRole role) {
    this.committee = committee;
    this.userId = userId;
    this.role = role;
  }

  public String getUserId() {
    return userId;
  }

  public CommitteeRole getRole() {
    return role;
  }
}
