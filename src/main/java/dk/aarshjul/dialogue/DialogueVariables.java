package dk.aarshjul.dialogue;

import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.Variable;
import java.util.List;
import java.util.Set;

/**
 * Variable names of process {@code contract-dialogue}; declared once, used by BPMN, forms and code.
 */
public final class DialogueVariables {

  public static final String PROCESS_KEY = "contract-dialogue";

  // process scope: ids and decisions (year and dialogueMeetingId are passed in by the calling
  // process)
  public static final String YEAR = PeriodVariables.YEAR.name();
  public static final String DIALOGUE_MEETING_ID = "dialogueMeetingId";
  public static final String AREA_CODE = "areaCode";

  /** Candidate group of the planning task: the group chief of the meeting's area. */
  /**
   * Held only by instances started before issue 13; candidate groups now come from the domain
   * (…Deciders).
   */
  public static final String GROUP_CHIEF_GROUP = "groupChiefGroup";

  /** Whether adjustments of at least one contract were agreed at the meeting. */
  public static final String ADJUSTMENTS_AGREED = "adjustmentsAgreed";

  /** Element variable of the "adjust contract" multi-instance (local to each instance). */
  public static final String AGREEMENT_ID = "agreementId";

  // task-local form fields of "Planlæg dialogmøde"
  public static final String MEETING_INFO = "meetingInfo";
  public static final String PARTICIPANTS_INFO = "participantsInfo";
  public static final String DIALOGUE_WINDOW_INFO = "dialogueWindowInfo";
  public static final String PLANNED_DATE = "plannedDate";
  public static final String PLACE = "place";

  // task-local form fields of "Hold dialogmøde og skriv referat"
  public static final String CONTRACT_SUMMARIES = "contractSummaries";
  public static final String MINUTES = "minutes";

  /** Dynamic list, one row per participating unit. */
  public static final String AGREEMENTS = "agreements";

  public static final String ROW_UNIT_NAME = "unitName";
  public static final String ROW_AGREED = "agreed";
  public static final String ROW_AGREED_TEXT = "agreedText";

  // a committee's meeting (Hvidovre): who takes part and what each unit brings and gets
  /** Whether the leaders bring input from staff and board before the meeting (from its kind). */
  public static final String COLLECTS_INPUT = "collectsInput";

  /** Element variable of the input multi-instance: one participant (unit) of the meeting. */
  public static final String PARTICIPANT_ID = "participantId";

  public static final String INPUT_INFO = "inputInfo";
  public static final String HAS_BOARD = "hasBoard";
  public static final String STAFF_INPUT = "staffInput";
  public static final String BOARD_INPUT = "boardInput";
  public static final String INPUTS_INFO = "inputsInfo";
  public static final String OUTCOMES = "outcomes";
  public static final String ROW_FOLLOW_UP_NOTES = "followUpNotes";
  public static final String ROW_COMMITTEE_WISHES = "committeeWishes";

  // the committee's decision about the form of its meetings (the model's step 1 form)
  public static final String MEETING_MODELS = "meetingModels";
  public static final String MEETING_MODEL_OPTIONS = "meetingModelOptions";
  public static final String ROW_GROUP = "group";
  public static final String ROW_MEETING_MODEL = "meetingModel";
  public static final String FACILITATED = "facilitated";
  public static final String JOINT_COMMITTEES = "jointCommittees";
  public static final String JOINT_COMMITTEE_OPTIONS = "jointCommitteeOptions";

  // task-local form fields of "Indarbejd aftalte justeringer" (same keys as the draft form)
  public static final String UNIT_NAME = ContractVariables.UNIT_NAME;
  public static final String GOALS = ContractVariables.GOALS;
  public static final String LEADERSHIP_SPAN = ContractVariables.LEADERSHIP_SPAN;
  public static final String TRACK_OPTIONS = ContractVariables.TRACK_OPTIONS;
  public static final String REQUIREMENT_OPTIONS = ContractVariables.REQUIREMENT_OPTIONS;
  public static final String REQUIREMENTS_INFO = ContractVariables.REQUIREMENTS_INFO;
  public static final String AGREEMENT_INFO = "agreementInfo";

  /**
   * Why the holder did not incorporate the agreed adjustment; required when the contract is
   * submitted unchanged.
   */
  public static final String NOT_APPLIED_REASON = "notAppliedReason";

  /**
   * Everything allowed in the process scope; anything else was sent by a client beyond the forms.
   */
  public static final Set<String> PROCESS_SCOPE =
      Set.of(
          YEAR,
          DIALOGUE_MEETING_ID,
          AREA_CODE,
          GROUP_CHIEF_GROUP,
          ADJUSTMENTS_AGREED,
          COLLECTS_INPUT,
          PARTICIPANT_ID);

  /** The dialogue meeting a call holds. */
  public static final Variable<Long> MEETING = Variable.id(DIALOGUE_MEETING_ID);

  /**
   * What the block promises the models that call it (BlockContractsTest holds it against the BPMN).
   */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.YEAR, MEETING),
          Set.of(
              "Task_PlanDialogueMeeting",
              "Gateway_InputBeforeMeeting",
              "Task_CollectUnitInput",
              "Task_HoldCommitteeDialogue",
              "Task_HoldDialogueMeeting",
              "Gateway_AdjustmentsAgreed",
              "Task_AdjustContract",
              "EndEvent_DialogueCompleted"),
          List.of());

  private DialogueVariables() {}
}
