package dk.aarshjul.models.viborg;

import dk.aarshjul.period.PeriodVariables;
import java.util.Set;

/** Variable names of Viborg's process {@code viborg-term}; declared once, used by BPMN and code. */
public final class ViborgVariables {

  public static final String PROCESS_KEY = "viborg-term";

  // process scope: ids and decisions
  public static final String FIRST_YEAR = PeriodVariables.FIRST_YEAR.name();
  public static final String PERIOD_ID = PeriodVariables.PERIOD.name();
  public static final String COMMITTEE_CODE = "committeeCode";
  public static final String YEAR = PeriodVariables.YEAR.name();
  public static final String WORKSHOP_READY = "workshopReady";
  public static final String MODEL_ADOPTED = "modelAdopted";

  // task-local form fields
  public static final String WORKSHOP_INFO = "workshopInfo";
  public static final String ADOPTION_INFO = "adoptionInfo";
  public static final String MEASUREMENT_INFO = "measurementInfo";
  public static final String PRIORITY_INFO = "priorityInfo";
  public static final String GOAL_OPTIONS = "goalOptions";
  public static final String PRIORITISED_GOALS = "prioritisedGoals";

  /** Everything allowed in the scope of Viborg's main process. */
  public static final Set<String> PROCESS_SCOPE =
      Set.of(FIRST_YEAR, PERIOD_ID, COMMITTEE_CODE, YEAR, WORKSHOP_READY, MODEL_ADOPTED);

  private ViborgVariables() {}
}
