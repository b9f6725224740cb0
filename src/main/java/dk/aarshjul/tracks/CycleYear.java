package dk.aarshjul.tracks;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** One turn of the wheel with its published directorate tracks (DUS) and contract requirements. */
@Entity
public class CycleYear {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_year")
  private int year;

  private String title;

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Track> tracks = new ArrayList<>();

  @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Requirement> requirements = new ArrayList<>();

  protected CycleYear() {}

  public CycleYear(int year, String title) {
    this.year = year;
    this.title = title;
  }

  public Track addTrack(int number, String title, String description) {
    Track track = new Track(this, number, title, description);
    tracks.add(track);
    return track;
  }

  public Requirement addRequirement(String code, String title, String description, RequirementRule rule, Integer trackNumber) {
    Requirement requirement = new Requirement(this, code, title, description, rule, trackNumber);
    requirements.add(requirement);
    return requirement;
  }

  public Long getId() { return id; }
  public int getYear() { return year; }
  public String getTitle() { return title; }
  public List<Track> getTracks() { return tracks; }
  public List<Requirement> getRequirements() { return requirements; }
}
