package dk.aarshjul.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A decided initiative's status in a year: its colour (the follow-up's traffic light) and effect.
 */
@Entity
public class InitiativeFollowUp {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long initiativeId;

  @Column(name = "follow_up_year")
  private int year;

  /** groen, gul or roed (followup.TrafficLight's code). */
  private String colour;

  private String effect;
  private String reportedBy;
  private Instant reportedAt = Instant.now();

  protected InitiativeFollowUp() {}

  InitiativeFollowUp(long initiativeId, int year, String colour, String effect, String reportedBy) {
    this.initiativeId = initiativeId;
    this.year = year;
    this.colour = colour;
    this.effect = effect;
    this.reportedBy = reportedBy;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public int getYear() {
    return year;
  }

  public String getColour() {
    return colour;
  }

  public String getEffect() {
    return effect;
  }
}
