package dk.aarshjul.models.skanderborg;

import java.util.Set;

/**
 * Variable names of process {@code skanderborg-annual-cycle}; declared once, used by BPMN, forms
 * and code.
 */
public final class AnnualCycleVariables {

  public static final String PROCESS_KEY = "skanderborg-annual-cycle";

  // process scope
  public static final String YEAR = dk.aarshjul.period.PeriodVariables.YEAR.name();

  // element variables of the multi-instances (local to each instance, never collected in a list)
  public static final String UNIT_CODE = "unitCode";
  public static final String DIALOGUE_MEETING_ID = "dialogueMeetingId";
  public static final String FOLLOW_UP_ROUND = "followUpRound";
  public static final String CONTRACT_ID = "contractId";

  // task-local form fields
  public static final String GOAL_OVERVIEW = "goalOverview";
  public static final String PRESENTED_ON = "presentedOn";
  public static final String COUNCIL_REMARKS = "councilRemarks";

  /** Everything allowed in the process instance's own scope. */
  public static final Set<String> PROCESS_SCOPE = Set.of(YEAR);

  private AnnualCycleVariables() {}
}
