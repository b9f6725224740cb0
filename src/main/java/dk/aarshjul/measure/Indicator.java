package dk.aarshjul.measure;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * How one goal of a period is measured – register data (an indicator code) or a citizen-survey
 * question whose counted answers are added up – from a baseline year towards a target; or, without
 * a goal, one of the survey's statements on coherence across the municipality. Public once the
 * administration has published the period's indicators.
 */
@Entity
public class Indicator {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long periodId;

  /** The goal measured (contract's goal, by id); none for a coherence statement. */
  private Long goalId;

  private int position;

  @Enumerated(EnumType.STRING)
  private MeasureSource source;

  private String code;
  private String question;
  private String countedAnswers;

  /** What is measured, in plain Danish ("Andel af borgerne, der ofte føler sig ensomme"). */
  private String label;

  @Enumerated(EnumType.STRING)
  private MeasureUnit unit;

  private int baselineYear;
  private BigDecimal targetValue;
  private boolean higherIsBetter;
  private Instant publishedAt;
  private String publishedBy;

  protected Indicator() {}

  Indicator(
      long periodId,
      Long goalId,
      int position,
      MeasureSource source,
      String codeOrQuestion,
      List<String> countedAnswers,
      String label,
      MeasureUnit unit,
      int baselineYear,
      BigDecimal targetValue,
      boolean higherIsBetter) {
    this.periodId = periodId;
    this.goalId = goalId;
    this.position = position;
    this.source = source;
    if (source == MeasureSource.REGISTER) {
      this.code = codeOrQuestion;
    } else {
      this.question = codeOrQuestion;
      this.countedAnswers = String.join("|", countedAnswers);
    }
    this.label = label;
    this.unit = unit;
    this.baselineYear = baselineYear;
    this.targetValue = targetValue;
    this.higherIsBetter = higherIsBetter;
  }

  void publish(String actor) {
    if (publishedAt == null) {
      publishedAt = Instant.now();
      publishedBy = actor;
    }
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public Long getGoalId() {
    return goalId;
  }

  public int getPosition() {
    return position;
  }

  public MeasureSource getSource() {
    return source;
  }

  /** The register indicator's name as in the register file; none for a survey question. */
  public String getCode() {
    return code;
  }

  /** The survey question as in the survey file; none for register data. */
  public String getQuestion() {
    return question;
  }

  /** The answers whose shares are added up (e.g. "Helt enig", "Enig"); empty for register data. */
  public List<String> getCountedAnswers() {
    return countedAnswers == null || countedAnswers.isEmpty()
        ? List.of()
        : Arrays.asList(countedAnswers.split("\\|"));
  }

  public String getLabel() {
    return label;
  }

  public MeasureUnit getUnit() {
    return unit;
  }

  public int getBaselineYear() {
    return baselineYear;
  }

  public BigDecimal getTargetValue() {
    return targetValue;
  }

  public boolean isHigherIsBetter() {
    return higherIsBetter;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }
}
