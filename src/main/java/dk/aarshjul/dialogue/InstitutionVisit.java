package dk.aarshjul.dialogue;

import dk.aarshjul.organisation.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a dialogue meeting at an institution adds to the meeting: the host institution, other key
 * people invited, the agenda (the code of conduct first, then items where nothing is at stake), the
 * host's presentation of the place and its daily work, and who attended.
 */
@Entity
public class InstitutionVisit {

  /** An item of the agenda. */
  @Embeddable
  public record AgendaItem(String title, String description) {}

  @Id private Long meetingId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "host_unit_id")
  private Unit hostUnit;

  private String guests;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "institution_visit_agenda",
      joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<AgendaItem> agenda = new ArrayList<>();

  private String agendaSetBy;
  private Instant agendaSetAt;
  private String presenter;
  private String presentation;
  private String presentedBy;
  private Instant presentedAt;
  private LocalDate heldOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "institution_visit_attendee",
      joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "user_id")
  private Set<String> attendees = new LinkedHashSet<>();

  protected InstitutionVisit() {}

  InstitutionVisit(long meetingId, Unit hostUnit, String guests) {
    this.meetingId = meetingId;
    this.hostUnit = hostUnit;
    this.guests = guests;
  }

  void setAgenda(List<AgendaItem> items, String actor) {
    this.agenda = new ArrayList<>(items);
    this.agendaSetBy = actor;
    this.agendaSetAt = Instant.now();
  }

  void present(String presenter, String presentation, String actor) {
    this.presenter = presenter;
    this.presentation = presentation;
    this.presentedBy = actor;
    this.presentedAt = Instant.now();
  }

  void held(LocalDate heldOn, Set<String> attendees) {
    this.heldOn = heldOn;
    this.attendees = new LinkedHashSet<>(attendees);
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public Unit getHostUnit() {
    return hostUnit;
  }

  public String getGuests() {
    return guests;
  }

  public List<AgendaItem> getAgenda() {
    return List.copyOf(agenda);
  }

  public String getAgendaSetBy() {
    return agendaSetBy;
  }

  public String getPresenter() {
    return presenter;
  }

  public String getPresentation() {
    return presentation;
  }

  public String getPresentedBy() {
    return presentedBy;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public Set<String> getAttendees() {
    return Set.copyOf(attendees);
  }
}
