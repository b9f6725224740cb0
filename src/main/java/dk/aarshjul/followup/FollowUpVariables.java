package dk.aarshjul.followup;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.Variable;
import java.util.List;
import java.util.Set;

/**
 * Variable names of process {@code follow-up} and of the follow-up steps of the main process;
 * declared once, used by BPMN, forms and code.
 */
public final class FollowUpVariables {

  public static final String PROCESS_KEY = "follow-up";
  public static final String TRAFFIC_LIGHT_DECISION_KEY = "goal-traffic-light";

  // ---- follow-up.bpmn, process scope: ids and decisions
  // -------------------------------------------------
  /** In (from the main process): the cycle year, Integer. */
  public static final String YEAR = PeriodVariables.YEAR.name();

  /** In (from the main process): the follow-up round of the year, 1, 2, … (Integer). */
  public static final String FOLLOW_UP_ROUND = "followUpRound";

  /** In (from the main process): the approved development contract (Long). */
  public static final String CONTRACT_ID = "contractId";

  /** Set by the start listener: the follow_up_report row of this contract and round. */
  public static final String FOLLOW_UP_REPORT_ID = "followUpReportId";

  /**
   * Set by the start listener: candidate group of the report task (kontraktholder-&lt;unit&gt;).
   */
  /**
   * Held only by instances started before issue 13; candidate groups now come from the domain
   * (…Deciders).
   */
  public static final String CONTRACT_HOLDER_GROUP = "contractHolderGroup";

  /** Set by the start listener: candidate group of the review task (koncernchef-&lt;area&gt;). */
  /**
   * Held only by instances started before issue 13; candidate groups now come from the domain
   * (…Deciders).
   */
  public static final String GROUP_CHIEF_GROUP = "groupChiefGroup";

  /** Set by the review task: true when the group chief approved the status report. */
  public static final String STATUS_APPROVED = "statusApproved";

  /**
   * Everything allowed in the follow-up process scope; anything else was sent by a client beyond
   * the forms.
   */
  public static final Set<String> PROCESS_SCOPE =
      Set.of(
          YEAR,
          FOLLOW_UP_ROUND,
          CONTRACT_ID,
          FOLLOW_UP_REPORT_ID,
          CONTRACT_HOLDER_GROUP,
          GROUP_CHIEF_GROUP,
          STATUS_APPROVED);

  // ---- follow-up.bpmn, task-local form fields
  // ------------------------------------------------------------
  public static final String REPORT_INFO = "reportInfo";
  public static final String FEEDBACK_INFO = "feedbackInfo";

  /** Dynamic list (Json): one entry per goal of the contract, in the contract's order. */
  public static final String GOAL_STATUSES = "goalStatuses";

  public static final String STATUS_SUMMARY = "statusSummary";
  public static final String DECISION = "decision";
  public static final String COMMENT = "comment";

  public static final String DECISION_APPROVE = "godkend";
  public static final String DECISION_SEND_BACK = "sendTilbage";

  /** Fields of one entry of {@link #GOAL_STATUSES}. */
  public static final String ENTRY_TITLE = "title";

  public static final String ENTRY_GOAL_INFO = "goalInfo";
  public static final String ENTRY_TARGET_VALUE = "targetValue";
  public static final String ENTRY_ACTUAL_VALUE = "actualValue";
  public static final String ENTRY_DIRECTION = "direction";
  public static final String ENTRY_COLOUR = "colour";
  public static final String ENTRY_EFFECT = "effect";

  /** Whether the goal uses a citizen-satisfaction measure (shows the result field). */
  public static final String ENTRY_USES_SATISFACTION = "usesSatisfaction";

  public static final String ENTRY_SATISFACTION_RESULT = "satisfactionResult";

  public static final String DIRECTION_HIGHER = "hoejere";
  public static final String DIRECTION_LOWER = "lavere";

  // ---- main process (skanderborg-annual-cycle): what rollUpStatusDelegate,
  // compileYearEndReportDelegate
  // ---- and yearEndReportTaskListener read from its process scope
  // ------------------------------------------
  /**
   * Process variables of the main process the follow-up beans read; the main process declares them.
   */
  public static final Set<String> MAIN_PROCESS_VARIABLES = Set.of(YEAR, FOLLOW_UP_ROUND);

  // ---- main process, user task "Behandl årsrapport": task-local form fields
  // ---------------------------------
  /**
   * The year-end report split into parts of at most 4,000 characters: yearEndReport1 …
   * yearEndReport10.
   */
  public static final String YEAR_END_REPORT_PART = "yearEndReport";

  public static final int YEAR_END_REPORT_PARTS = 10;
  public static final String YEAR_END_REPORT_TITLE = "yearEndReportTitle";
  public static final String DIRECTORATE_CONCLUSION = "directorateConclusion";

  public static String yearEndReportPart(int number) {
    return YEAR_END_REPORT_PART + number;
  }

  /** The follow-up round (1..n) and the approved contract a call follows up. */
  public static final Variable<Integer> ROUND = Variable.integer(FOLLOW_UP_ROUND);

  public static final Variable<Long> CONTRACT = Variable.id(CONTRACT_ID);

  /**
   * What the block promises the models that call it (BlockContractsTest holds it against the BPMN).
   */
  public static final BlockContract BLOCK =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.YEAR, ROUND, CONTRACT),
          Set.of(
              "Task_ReportGoalStatus",
              "Task_ReviewGoalStatus",
              "Gateway_StatusApproved",
              "EndEvent_StatusApproved"),
          List.of());

  private FollowUpVariables() {}
}
