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

/**
 * Something a period's goals can serve, numbered per kind: a DUS track, a council theme, a
 * political beacon.
 */
@Entity
public class Aim {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private Period period;

  @Enumerated(EnumType.STRING)
  private AimKind kind;

  @Column(name = "aim_number")
  private int number;

  private String title;
  private String description;

  /** The committee that owns the aim (a beacon); none for the directorate's tracks and themes. */
  private Long committeeId;

  /** When the committee decided it (registered by its secretariat); none while a draft. */
  private java.time.Instant decidedAt;

  private String decidedBy;

  protected Aim() {}

  Aim(Period period, AimKind kind, int number, String title, String description) {
    this.period = period;
    this.kind = kind;
    this.number = number;
    this.title = title;
    this.description = description;
  }

  void ownedBy(long committeeId) {
    this.committeeId = committeeId;
  }

  void rewrite(String title, String description) {
    this.title = title;
    this.description = description;
  }

  /** Records the committee's decision. */
  public void decide(String actor) {
    this.decidedAt = java.time.Instant.now();
    this.decidedBy = actor;
  }

  public boolean isDecided() {
    return decidedAt != null;
  }

  public Long getCommitteeId() {
    return committeeId;
  }

  public java.time.Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Long getId() {
    return id;
  }

  public AimKind getKind() {
    return kind;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }
}
