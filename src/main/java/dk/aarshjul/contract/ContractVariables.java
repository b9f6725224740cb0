package dk.aarshjul.contract;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.Variable;
import java.util.List;
import java.util.Set;

/**
 * Variable names of process {@code development-contract}; declared once, used by BPMN, forms and
 * code.
 */
public final class ContractVariables {

  public static final String PROCESS_KEY = "development-contract";

  // process scope: ids and decisions
  public static final String YEAR = PeriodVariables.YEAR.name();
  public static final String UNIT_CODE = "unitCode";
  public static final String CONTRACT_ID = "contractId";
  public static final String AREA_CODE = "areaCode";

  /**
   * The term a model starts an agreement in (Hvidovre); absent for a budget year's contract, which
   * {@link #YEAR} names.
   */
  public static final String PERIOD_ID = dk.aarshjul.period.PeriodVariables.PERIOD.name();

  /**
   * The template the period's goals are written in ("DUS", "EFFECT" or "AGREEMENT"): which draft
   * task.
   */
  public static final String GOAL_TEMPLATE = "goalTemplate";

  /**
   * The kind of the agreement's period, input of the approver DMN ("budgetaar" or "valgperiode"):
   * transient, like {@link #COMMITTEE_CODE}.
   */
  public static final String PERIOD_KIND = "periodKind";

  /**
   * The template the agreement's goals are written in, input "Målskabelon" of the approver DMN
   * ("udviklingskontrakt", "maalskabelon" or "udviklingsaftale"): transient, like {@link
   * #PERIOD_KIND}.
   */
  public static final String TEMPLATE_CODE = "templateCode";

  public static final String UNIT_TYPE = "unitType";

  /**
   * The unit's committee, input of the approver DMN: set as a transient value just before the
   * decision ({@code approverFactsListener}), so it is neither stored nor written to history beyond
   * the decision's own input. Instances started between issue 14 and its last step hold it stored.
   */
  public static final String COMMITTEE_CODE = "committeeCode";

  /**
   * Held only by instances started before issue 13; candidate groups now come from the domain
   * (…Deciders).
   */
  public static final String CONTRACT_HOLDER_GROUP = "contractHolderGroup";

  public static final String REQUIREMENTS_MET = "requirementsMet";
  public static final String STAKEHOLDERS_TO_HEAR = "stakeholdersToHear";
  public static final String APPROVER_ROLE = "approverRole";

  /**
   * Held only by instances started before issue 13; candidate groups now come from the domain
   * (…Deciders).
   */
  public static final String APPROVER_GROUP = "approverGroup";

  public static final String APPROVED = "approved";

  /** Whether the DUS puts the unit in the early-dialogue trial. */
  public static final String EARLY_DIALOGUE = "earlyDialogue";

  /** Element variable of the stakeholder hearing multi-instance. */
  public static final String STAKEHOLDER_GROUP = "stakeholderGroup";

  // task-local form fields (live and die with the task; the domain data goes to JPA)
  public static final String UNIT_NAME = "unitName";
  public static final String GOALS = "goals";
  public static final String LEADERSHIP_SPAN = "leadershipSpanAssessment";
  public static final String TRACK_OPTIONS = "trackOptions";
  public static final String REQUIREMENT_OPTIONS = "requirementOptions";
  public static final String REQUIREMENTS_INFO = "requirementsInfo";
  public static final String MISSING_INFO = "missingInfo";
  public static final String FEEDBACK_INFO = "feedbackInfo";
  public static final String CONTRACT_SUMMARY = "contractSummary";

  /** The approval form's heading: what is approved (contract, term goals or udviklingsaftale). */
  public static final String APPROVAL_HEADING = "approvalHeading";

  public static final String COMMENT = "comment";
  public static final String DECISION = "decision";
  public static final String REQUIREMENTS_TO_CONFIRM = "requirementsToConfirm";
  public static final String CONFIRMED_REQUIREMENTS = "confirmedRequirements";
  public static final String EARLY_DIALOGUE_NOTES = "earlyDialogueNotes";

  public static final String BEACON_OPTIONS = "beaconOptions";
  public static final String TEMPLATE_INFO = "templateInfo";
  public static final String REASON = "reason";
  public static final String REVIEW_INFO = "reviewInfo";
  public static final String ADJUSTMENT_SUMMARY = "adjustmentSummary";

  /** draft-agreement.form: the common goals that apply to the unit, and the dialogue minutes. */
  public static final String COMMON_GOAL_OPTIONS = "commonGoalOptions";

  public static final String DIALOGUE_INFO = "dialogueInfo";

  public static final String DECISION_APPROVE = "godkend";
  public static final String DECISION_SEND_BACK = "sendTilbage";

  /**
   * Everything allowed in the process scope; anything else was sent by a client beyond the forms.
   */
  public static final java.util.Set<String> PROCESS_SCOPE =
      java.util.Set.of(
          YEAR,
          UNIT_CODE,
          CONTRACT_ID,
          PERIOD_ID,
          GOAL_TEMPLATE,
          PERIOD_KIND,
          TEMPLATE_CODE,
          AREA_CODE,
          UNIT_TYPE,
          COMMITTEE_CODE,
          CONTRACT_HOLDER_GROUP,
          REQUIREMENTS_MET,
          STAKEHOLDERS_TO_HEAR,
          APPROVER_ROLE,
          APPROVER_GROUP,
          APPROVED,
          EARLY_DIALOGUE);

  /** The instance's contract, as the process carries it. */
  public static final Variable<Long> CONTRACT_REF = Variable.id(CONTRACT_ID);

  /** The unit whose contract a call starts. */
  public static final Variable<String> UNIT = Variable.text(UNIT_CODE);

  /**
   * What the block promises the models that call it (BlockContractsTest holds it against the BPMN).
   */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.YEAR, UNIT),
          List.of(PeriodVariables.PERIOD),
          Set.of(
              "Task_HoldEarlyDialogue",
              "Task_DraftContract",
              "Task_DraftTermGoals",
              "Task_DraftAgreement",
              "Task_CheckRequirements",
              "Task_GiveStakeholderComment",
              "Task_DetermineApprover",
              "Task_ApproveContract",
              "Gateway_ContractApproved",
              "EndEvent_ContractApproved"),
          List.of());

  private ContractVariables() {}
}
