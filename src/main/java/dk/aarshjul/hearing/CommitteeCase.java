package dk.aarshjul.hearing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A case for a committee meeting that concerns one or more of the committee's units: each of them
 * is heard before the committee treats it (Slagelse: "Den involverende part/arbejdsplads skal altid
 * høres inden et fagudvalg kan behandle en sag som omhandler ens egen arbejdsplads"). The committee
 * and the units are referenced by id (organisation's aggregates); the units are read with the case,
 * so nothing loads lazily outside a transaction.
 */
@Entity
@Table(name = "committee_case")
public class CommitteeCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long committeeId;
  private String title;
  private String description;
  private LocalDate meetingDate;
  private LocalDate hearingDeadline;

  @Enumerated(EnumType.STRING)
  private CaseStatus status = CaseStatus.IN_HEARING;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "committee_case_unit", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "unit_id")
  private Set<Long> unitIds = new LinkedHashSet<>();

  private String registeredBy;
  private Instant registeredAt = Instant.now();
  private LocalDate agendaDate;
  private String putOnAgendaBy;
  private Instant putOnAgendaAt;
  private String decision;
  private String decidedBy;
  private Instant decidedAt;
  private String processInstanceId;

  protected CommitteeCase() {}

  CommitteeCase(
      Long committeeId,
      String title,
      String description,
      Set<Long> unitIds,
      LocalDate meetingDate,
      LocalDate hearingDeadline,
      String registeredBy,
      String processInstanceId) {
    this.committeeId = committeeId;
    this.title = title;
    this.description = description;
    this.unitIds.addAll(unitIds);
    this.meetingDate = meetingDate;
    this.hearingDeadline = hearingDeadline;
    this.registeredBy = registeredBy;
    this.processInstanceId = processInstanceId;
  }

  void markHeard() {
    if (status == CaseStatus.IN_HEARING) {
      status = CaseStatus.HEARD;
    }
  }

  void putOnAgenda(LocalDate agendaDate, String actor) {
    this.agendaDate = agendaDate;
    this.putOnAgendaBy = actor;
    this.putOnAgendaAt = Instant.now();
    this.status = CaseStatus.ON_AGENDA;
  }

  void decide(String decision, String actor) {
    this.decision = decision;
    this.decidedBy = actor;
    this.decidedAt = Instant.now();
    this.status = CaseStatus.DECIDED;
  }

  public Long getId() {
    return id;
  }

  public Long getCommitteeId() {
    return committeeId;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  /** The committee meeting the case is registered for. */
  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  /** The deadline its hearings were given when it was registered. */
  public LocalDate getHearingDeadline() {
    return hearingDeadline;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public Set<Long> getUnitIds() {
    return Set.copyOf(unitIds);
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  /** The committee meeting whose agenda the case is on; null before. */
  public LocalDate getAgendaDate() {
    return agendaDate;
  }

  public String getPutOnAgendaBy() {
    return putOnAgendaBy;
  }

  public Instant getPutOnAgendaAt() {
    return putOnAgendaAt;
  }

  /** The committee's decision as the secretariat registered it; null before. */
  public String getDecision() {
    return decision;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
