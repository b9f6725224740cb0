package dk.aarshjul.theme;

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
 * A theme or dilemma the council prioritised at its theme meeting; priority 1 is the most
 * important.
 */
@Entity
public class Theme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "theme_meeting_id")
  private ThemeMeeting themeMeeting;

  private int priority;

  @Enumerated(EnumType.STRING)
  private ThemeKind kind;

  private String title;
  private String description;

  protected Theme() {}

  Theme(ThemeKind kind, String title, String description) {
    this.kind = kind;
    this.title = title;
    this.description = description;
  }

  void attach(ThemeMeeting themeMeeting, int priority) {
    this.themeMeeting = themeMeeting;
    this.priority = priority;
  }

  public Long getId() {
    return id;
  }

  public int getPriority() {
    return priority;
  }

  public ThemeKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }
}
