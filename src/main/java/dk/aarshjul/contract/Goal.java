package dk.aarshjul.contract;

import dk.aarshjul.period.Aim;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Arrays;
import java.util.List;

/**
 * A goal (udviklingsmål) with an owner, a period and a lineage: a unit's goal in its contract, or a
 * committee's or the municipality's goal; it can serve an aim of its period (a DUS track, a theme,
 * a political beacon) or a parent goal, be shared by several units, and continue a multi-year goal
 * of the previous period (its history).
 */
@Entity
public class Goal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The unit's contract the goal is part of; none for a committee's or the municipality's goal. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id")
  private DevelopmentContract contract;

  /** The year or term the goal is for (the period's id: the period is the kernel's aggregate). */
  private Long periodId;

  @Enumerated(EnumType.STRING)
  private GoalOwner ownerKind = GoalOwner.UNIT;

  private Long ownerUnitId;
  private Long ownerCommitteeId;

  /** The area whose common goal it is (owner {@link GoalOwner#AREA}). */
  private Long ownerAreaId;

  /**
   * Whether the goal is its owner's own or the owner's part of a common goal (its parent goal): an
   * udviklingsaftale has both kinds. Every goal written before the udviklingsaftale is its owner's
   * own.
   */
  @Enumerated(EnumType.STRING)
  private GoalKind goalKind = GoalKind.OWN;

  /** The aim of the period it serves (a DUS track, a theme, a beacon), by id. */
  private Long aimId;

  /** The council's or a committee's goal it serves. */
  private Long parentGoalId;

  /** The goal of the previous period it continues (multi-year goals). */
  private Long carriedFromId;

  private int position;
  private Integer trackNumber;
  private String title;
  private String purpose;
  private String activities;
  private String effectFollowUp;
  private String indicator;
  private String target;
  private boolean multiYear;
  private boolean sharedWithOthers;

  /** Comma-separated requirement codes this goal addresses. */
  private String addresses;

  /** The common goal template (term goals): the effect the goal is expected to have. */
  private String expectedEffect;

  /** The common goal template: the citizen-satisfaction measure the goal uses, if any. */
  private String satisfactionMeasure;

  /**
   * Every beacon a term goal serves ({@link #getAimId()} is the first); empty for a DUS goal, whose
   * one track is its aim.
   */
  @jakarta.persistence.ElementCollection
  @jakarta.persistence.CollectionTable(
      name = "goal_aim",
      joinColumns = @JoinColumn(name = "goal_id"))
  @jakarta.persistence.Column(name = "aim_id")
  @jakarta.persistence.OrderColumn(name = "aim_order", nullable = false)
  private List<Long> servedAims = new java.util.ArrayList<>();

  protected Goal() {}

  public Goal(
      int trackNumber,
      String title,
      String purpose,
      String activities,
      String effectFollowUp,
      String indicator,
      String target,
      boolean multiYear,
      boolean sharedWithOthers,
      List<String> addresses) {
    this.trackNumber = trackNumber;
    this.title = title;
    this.purpose = purpose;
    this.activities = activities;
    this.effectFollowUp = effectFollowUp;
    this.indicator = indicator;
    this.target = target;
    this.multiYear = multiYear;
    this.sharedWithOthers = sharedWithOthers;
    this.addresses = addresses.isEmpty() ? null : String.join(",", addresses);
  }

  /**
   * A term goal in the common template (Hvidovre): goal, expected effect, how the effect is
   * followed up during the term, indicator, optional citizen-satisfaction measure, the beacons it
   * serves.
   */
  static Goal inTemplate(
      String title,
      String expectedEffect,
      String effectFollowUp,
      String indicator,
      String satisfactionMeasure,
      List<Long> beaconIds) {
    Goal goal =
        new Goal(0, title, null, null, effectFollowUp, indicator, null, true, false, List.of());
    goal.trackNumber = null;
    goal.expectedEffect = expectedEffect;
    goal.satisfactionMeasure = satisfactionMeasure;
    goal.servedAims.addAll(beaconIds);
    return goal;
  }

  /**
   * A goal of a unit's udviklingsaftale (Slagelse): the management's goal for the unit, or the
   * unit's part of a common goal ({@code commonGoalId}: of the whole organisation or the unit's
   * area), with why and what the unit will do and how it is followed up.
   */
  static Goal inAgreement(
      GoalKind kind, Long commonGoalId, String title, String purpose, String followUp) {
    Goal goal = new Goal(0, title, purpose, null, followUp, null, null, false, false, List.of());
    goal.trackNumber = null;
    goal.goalKind = kind;
    goal.parentGoalId = commonGoalId;
    return goal;
  }

  /**
   * A common goal of a period set by the directorate: of the whole organisation (owner the
   * municipality) or, with {@code areaId}, of one area; number {@code position} of the period's
   * common goals.
   */
  static Goal common(long periodId, Long areaId, String title, String description, int position) {
    Goal goal =
        ofBody(
            areaId == null ? GoalOwner.MUNICIPALITY : GoalOwner.AREA,
            null,
            periodId,
            null,
            null,
            title,
            description,
            null,
            null,
            false);
    goal.ownerAreaId = areaId;
    goal.position = position;
    return goal;
  }

  /** A common goal's new wording and place (the directorate revised the year's common goals). */
  void rewordCommon(String title, String description, int position) {
    this.title = title;
    this.purpose = description;
    this.position = position;
  }

  /**
   * Makes the goal the contract's goal number {@code position}: its unit's, in its period, serving
   * its track (a DUS goal) or its first beacon (a term goal).
   */
  void attach(DevelopmentContract contract, int position) {
    this.contract = contract;
    this.position = position;
    this.periodId = contract.getYear().getId();
    this.ownerKind = GoalOwner.UNIT;
    this.ownerUnitId = contract.getUnit().getId();
    if (!servedAims.isEmpty()) {
      this.aimId = servedAims.get(0);
      return;
    }
    this.aimId =
        trackNumber == null
            ? null
            : contract.getYear().getTracks().stream()
                .filter(track -> track.getNumber() == trackNumber)
                .findFirst()
                .map(Aim::getId)
                .orElse(null);
  }

  /**
   * A committee's or the municipality's own goal for a period (not part of a unit's contract),
   * serving an aim of the period or a parent goal.
   */
  static Goal ofBody(
      GoalOwner owner,
      Long ownerCommitteeId,
      long periodId,
      Long aimId,
      Long parentGoalId,
      String title,
      String purpose,
      String activities,
      String effectFollowUp,
      boolean multiYear) {
    Goal goal =
        new Goal(
            0, title, purpose, activities, effectFollowUp, null, null, multiYear, false, List.of());
    goal.trackNumber = null;
    goal.ownerKind = owner;
    goal.ownerCommitteeId = ownerCommitteeId;
    goal.periodId = periodId;
    goal.aimId = aimId;
    goal.parentGoalId = parentGoalId;
    return goal;
  }

  /** A council goal's new wording, theme and place (the council changed it at a theme meeting). */
  void rewriteCouncilGoal(long aimId, String title, String purpose, int position) {
    this.aimId = aimId;
    this.title = title;
    this.purpose = purpose;
    this.position = position;
  }

  /**
   * Takes the content of a revised term goal (a budget adjustment) while keeping its identity, so
   * its follow-ups stay linked to it.
   */
  void reviseFrom(Goal revised) {
    this.title = revised.title;
    this.expectedEffect = revised.expectedEffect;
    this.effectFollowUp = revised.effectFollowUp;
    this.indicator = revised.indicator;
    this.satisfactionMeasure = revised.satisfactionMeasure;
    this.servedAims.clear();
    this.servedAims.addAll(revised.servedAims);
    this.aimId = servedAims.isEmpty() ? aimId : servedAims.get(0);
  }

  /** This multi-year goal as the first draft of its continuation in the next period. */
  Goal continuation() {
    Goal next =
        new Goal(
            trackNumber == null ? 0 : trackNumber,
            title,
            purpose,
            activities,
            effectFollowUp,
            indicator,
            target,
            true,
            sharedWithOthers,
            getAddresses());
    next.carriedFromId = id;
    return next;
  }

  /** Continues the goal {@code previousGoalId} of the previous period (none: a new goal). */
  void continues(Long previousGoalId) {
    this.carriedFromId = previousGoalId;
  }

  /**
   * A title as compared when a carried-over goal is saved again: case and surrounding space do not
   * matter.
   */
  static String sameTitle(String title) {
    return title == null ? "" : title.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public int getTrackNumber() {
    return trackNumber == null ? 0 : trackNumber;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public GoalOwner getOwnerKind() {
    return ownerKind;
  }

  public Long getOwnerUnitId() {
    return ownerUnitId;
  }

  public Long getOwnerCommitteeId() {
    return ownerCommitteeId;
  }

  public Long getOwnerAreaId() {
    return ownerAreaId;
  }

  /** Its owner's own goal, or the owner's part of a common goal (the parent goal). */
  public GoalKind getKind() {
    return goalKind;
  }

  public Long getAimId() {
    return aimId;
  }

  public Long getParentGoalId() {
    return parentGoalId;
  }

  public Long getCarriedFromId() {
    return carriedFromId;
  }

  public String getTitle() {
    return title;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getActivities() {
    return activities;
  }

  public String getEffectFollowUp() {
    return effectFollowUp;
  }

  public String getIndicator() {
    return indicator;
  }

  public String getTarget() {
    return target;
  }

  public boolean isMultiYear() {
    return multiYear;
  }

  public boolean isSharedWithOthers() {
    return sharedWithOthers;
  }

  public List<String> getAddresses() {
    return addresses == null ? List.of() : Arrays.asList(addresses.split(","));
  }

  public String getExpectedEffect() {
    return expectedEffect;
  }

  public String getSatisfactionMeasure() {
    return satisfactionMeasure;
  }

  /** The beacons a term goal serves, first one first; empty for a DUS goal. */
  public List<Long> getServedAims() {
    return List.copyOf(servedAims);
  }

  public boolean addresses(String requirementCode) {
    return getAddresses().contains(requirementCode);
  }
}
