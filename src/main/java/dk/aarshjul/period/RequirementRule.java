package dk.aarshjul.period;

/** How the automatic check decides whether a contract meets a requirement. */
public enum RequirementRule {
  /** At least one goal on the requirement's track. */
  GOAL_ON_TRACK,
  /** At least one goal is marked as addressing the requirement. */
  GOAL_ADDRESSES,
  /**
   * A goal addressing the requirement names an indicator and a target (e.g. local sickness
   * absence).
   */
  GOAL_WITH_TARGET,
  /** The contract contains an assessment of the leader's own leadership span. */
  LEADERSHIP_SPAN_ASSESSED,
  /** At most {@code limit} goals: few goals can be communicated to citizens and staff. */
  MAX_GOALS,
  /** Every goal serves at least one political beacon of the unit's committee. */
  EVERY_GOAL_SERVES_BEACON,
  /** Free text the automatic check cannot judge: the approver confirms it before approving. */
  APPROVER_CONFIRMS
}
