package dk.aarshjul.followup;

import dk.aarshjul.contract.Goal;
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
import java.math.BigDecimal;

/**
 * The status of one goal in a follow-up report: the colour the contract holder reported, the colour
 * the decision table goal-traffic-light suggested from target and actual value, and the documented
 * effect.
 */
@Entity
public class GoalStatus {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id")
  private FollowUpReport report;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "goal_id")
  private Goal goal;

  @Enumerated(EnumType.STRING)
  private TrafficLight colour;

  @Enumerated(EnumType.STRING)
  private TrafficLight suggestedColour;

  @Column(precision = 18, scale = 4)
  private BigDecimal targetValue;

  @Column(precision = 18, scale = 4)
  private BigDecimal actualValue;

  private boolean higherIsBetter;
  private String effect;

  /** Citizen-satisfaction results, reported when the goal uses a satisfaction measure. */
  private String satisfactionResult;

  protected GoalStatus() {}

  GoalStatus(FollowUpReport report, Goal goal) {
    this.report = report;
    this.goal = goal;
  }

  void update(
      TrafficLight colour,
      TrafficLight suggestedColour,
      BigDecimal targetValue,
      BigDecimal actualValue,
      boolean higherIsBetter,
      String effect) {
    this.colour = colour;
    this.suggestedColour = suggestedColour;
    this.targetValue = targetValue;
    this.actualValue = actualValue;
    this.higherIsBetter = higherIsBetter;
    this.effect = effect;
  }

  public Long getId() {
    return id;
  }

  public FollowUpReport getReport() {
    return report;
  }

  public Goal getGoal() {
    return goal;
  }

  public TrafficLight getColour() {
    return colour;
  }

  public TrafficLight getSuggestedColour() {
    return suggestedColour;
  }

  public BigDecimal getTargetValue() {
    return targetValue;
  }

  public BigDecimal getActualValue() {
    return actualValue;
  }

  public boolean isHigherIsBetter() {
    return higherIsBetter;
  }

  public String getSatisfactionResult() {
    return satisfactionResult;
  }

  void reportSatisfaction(String satisfactionResult) {
    this.satisfactionResult = satisfactionResult;
  }

  public String getEffect() {
    return effect;
  }

  /** True when the holder chose another colour than the decision table suggested. */
  public boolean deviatesFromSuggestion() {
    return suggestedColour != null && suggestedColour != colour;
  }
}
