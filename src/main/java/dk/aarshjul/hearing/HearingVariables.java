package dk.aarshjul.hearing;

import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.Variable;
import java.util.List;
import java.util.Set;

/**
 * Variable names of process {@code committee-case-hearing} (høring før udvalgsbehandling); declared
 * once, used by BPMN, forms and code.
 */
public final class HearingVariables {

  public static final String PROCESS_KEY = "committee-case-hearing";

  // process scope: ids only
  /**
   * The committee whose secretariat registers the case: the start form's optional field (a
   * secretary of several committees names one), afterwards the resolved committee's code; a model
   * calling the block passes it.
   */
  public static final String COMMITTEE_CODE = "committeeCode";

  /** The registered case (committee_case). */
  public static final String CASE_ID = "caseId";

  /** The multi-instance's element: one hearing (one unit and party) per inner instance. */
  public static final String HEARING_ID = "hearingId";

  public static final Variable<String> COMMITTEE = Variable.text(COMMITTEE_CODE);
  public static final Variable<Long> CASE = Variable.id(CASE_ID);
  public static final Variable<Long> HEARING = Variable.id(HEARING_ID);

  // task-local form fields (live and die with the task; the domain data goes to JPA)
  public static final String COMMITTEE_INFO = "committeeInfo";
  public static final String UNIT_OPTIONS = "unitOptions";
  public static final String CASE_TITLE = "caseTitle";
  public static final String CASE_DESCRIPTION = "caseDescription";
  public static final String UNITS_CONCERNED = "unitsConcerned";
  public static final String MEETING_DATE = "meetingDate";
  public static final String HEARING_DEADLINE = "hearingDeadline";
  public static final String HEARING_INFO = "hearingInfo";
  public static final String CASE_INFO = "caseInfo";
  public static final String LEADER_HEARING = "leaderHearing";
  public static final String ANSWER = "hearingAnswer";
  public static final String WANTS_TO_PRESENT = "wantsToPresent";
  public static final String ANSWERS_INFO = "answersInfo";

  /**
   * A read-only dynamic list of the answers, one row per unit; each row's text is {@link
   * #HEARING_TEXT}.
   */
  public static final String ANSWERS_BY_UNIT = "answersByUnit";

  public static final String HEARING_TEXT = "hearingText";
  public static final String AGENDA_DATE = "agendaDate";
  public static final String DECISION = "committeeDecision";
  public static final String PRESENTER_OPTIONS = "presenterOptions";
  public static final String PRESENTED_UNITS = "presentedUnits";

  /**
   * Everything allowed in the process scope; anything else was sent by a client beyond the forms.
   */
  public static final Set<String> PROCESS_SCOPE = Set.of(COMMITTEE_CODE, CASE_ID);

  /**
   * What the block promises: a committee's secretariat starts it from Tasklist (its start form
   * names the committee only when the secretary serves several), or a model calls it with the
   * committee; the secretariat then registers the case and marks the units it concerns.
   */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(COMMITTEE),
          Set.of(
              "StartEvent_CaseStarted",
              "Task_RegisterCase",
              "SubProcess_Hearings",
              "Task_AnswerHearing",
              "Timer_HearingDeadline",
              "Task_RecordHearingNotAnswered",
              "Task_PutCaseOnAgenda",
              "Task_RegisterCommitteeDecision",
              "EndEvent_CaseDecided"),
          List.of());

  private HearingVariables() {}
}
