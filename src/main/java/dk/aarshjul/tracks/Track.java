package dk.aarshjul.tracks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A development track (udviklingsspor) of the directorate for one year. */
@Entity
public class Track {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "year_id")
  private CycleYear year;

  @Column(name = "track_number")
  private int number;

  private String title;
  private String description;

  protected Track() {}

  Track(CycleYear year, int number, String title, String description) {
    this.year = year;
    this.number = number;
    this.title = title;
    this.description = description;
  }

  public Long getId() { return id; }
  public int getNumber() { return number; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
}
