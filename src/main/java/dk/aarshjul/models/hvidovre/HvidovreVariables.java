package dk.aarshjul.models.hvidovre;

import dk.aarshjul.period.PeriodVariables;
import java.util.Set;

/**
 * Variable names of Hvidovre's processes {@code hvidovre-term} and {@code hvidovre-committee-term};
 * declared once, used by BPMN, forms and code.
 */
public final class HvidovreVariables {

  public static final String PROCESS_KEY = "hvidovre-term";
  public static final String COMMITTEE_PROCESS_KEY = "hvidovre-committee-term";
  public static final String BUDGET_ADOPTION_PROCESS_KEY = "register-budget-adoption";

  /** The message a user (through register-budget-adoption) or a system sends. */
  public static final String BUDGET_ADOPTED_MESSAGE = "Budget vedtaget";

  // process scope: ids and decisions
  /** The first year of the election term a start opens (start form). */
  public static final String FIRST_YEAR = PeriodVariables.FIRST_YEAR.name();

  public static final String PERIOD_ID = PeriodVariables.PERIOD.name();
  public static final String COMMITTEE_CODE = "committeeCode";

  /** Element variable of the year loop: the year of the term (local to each year). */
  public static final String YEAR = PeriodVariables.YEAR.name();

  public static final String BEACONS_DECIDED = "beaconsDecided";

  // element variables of the multi-instances
  public static final String UNIT_CODE = "unitCode";
  public static final String CONTRACT_ID = "contractId";
  public static final String DIALOGUE_MEETING_ID = "dialogueMeetingId";

  // task-local form fields
  public static final String STATUS_INFO = "statusInfo";
  public static final String MATERIAL_INFO = "materialInfo";
  public static final String OUTCOMES_INFO = "outcomesInfo";
  public static final String FEEDBACK_INFO = "feedbackInfo";
  public static final String BEACONS_INFO = "beaconsInfo";
  public static final String ROLL_UP_INFO = "rollUpInfo";
  public static final String RESULTS_INFO = "resultsInfo";
  public static final String ADOPTED_ON = "adoptedOn";

  /** Everything allowed in the scope of Hvidovre's processes. */
  public static final Set<String> PROCESS_SCOPE =
      Set.of(
          FIRST_YEAR,
          PERIOD_ID,
          COMMITTEE_CODE,
          YEAR,
          BEACONS_DECIDED,
          UNIT_CODE,
          CONTRACT_ID,
          DIALOGUE_MEETING_ID);

  private HvidovreVariables() {}
}
