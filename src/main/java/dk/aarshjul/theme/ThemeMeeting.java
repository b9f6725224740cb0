package dk.aarshjul.theme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The city council's theme meeting (temamøde) of one cycle year: its political direction and
 * priorities.
 */
@Entity
public class ThemeMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The budget year's period (by id: the period is the kernel's aggregate). */
  private Long periodId;

  /** The meeting's number in its period: a budget year has one, a term's workshop several. */
  private int meetingNumber = 1;

  /**
   * What the meeting changed in the period's themes and goals (a workshop meeting), one per line.
   */
  private String changes;

  private LocalDate meetingDate;
  private String place;
  private String politicalDirection;
  private String registeredBy;
  private Instant registeredAt = Instant.now();

  @OneToMany(mappedBy = "themeMeeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("priority")
  private List<Theme> themes = new ArrayList<>();

  protected ThemeMeeting() {}

  ThemeMeeting(
      long periodId,
      LocalDate meetingDate,
      String place,
      String politicalDirection,
      List<Theme> prioritisedThemes,
      String registeredBy) {
    this.periodId = periodId;
    this.meetingDate = meetingDate;
    this.place = place;
    this.politicalDirection = politicalDirection;
    this.registeredBy = registeredBy;
    int priority = 1;
    for (Theme theme : prioritisedThemes) {
      theme.attach(this, priority++);
      themes.add(theme);
    }
  }

  /** A meeting of the council's political workshop: number n of the term, with what it changed. */
  static ThemeMeeting workshop(
      long periodId,
      int meetingNumber,
      LocalDate meetingDate,
      String notes,
      List<Theme> themes,
      List<String> changes,
      String registeredBy) {
    ThemeMeeting meeting =
        new ThemeMeeting(periodId, meetingDate, null, notes, themes, registeredBy);
    meeting.meetingNumber = meetingNumber;
    meeting.changes = changes.isEmpty() ? null : String.join("\n", changes);
    return meeting;
  }

  public int getMeetingNumber() {
    return meetingNumber;
  }

  /** The changes the meeting made, one per line; empty for a budget year's theme meeting. */
  public List<String> getChanges() {
    return changes == null ? List.of() : List.of(changes.split("\n"));
  }

  public Long getId() {
    return id;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getPlace() {
    return place;
  }

  public String getPoliticalDirection() {
    return politicalDirection;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  /** The themes and dilemmas, most important first. */
  public List<Theme> getThemes() {
    return themes;
  }
}
