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
