package dk.aarshjul.challenge;

import dk.aarshjul.process.BlockContract;
import java.util.List;
import java.util.Set;

/**
 * Variable names of process {@code challenge} (udfordringsret); declared once, used by BPMN, forms
 * and code.
 */
public final class ChallengeVariables {

  public static final String PROCESS_KEY = "challenge";

  // process scope: ids and decisions
  public static final String CHALLENGE_ID = "challengeId";

  /** Start form (optional, for holders of several units); afterwards the resolved unit's code. */
  public static final String UNIT_CODE = "unitCode";

  /**
   * Held only by instances started before issue 13; candidate groups now come from the domain
   * (…Deciders).
   */
  public static final String CONTRACT_HOLDER_GROUP = "contractHolderGroup";

  /**
   * Held only by instances started before issue 13; candidate groups now come from the domain
   * (…Deciders).
   */
  public static final String DIRECTORATE_GROUP = "directorateGroup";

  /**
   * The directorate's latest decision as a {@link ChallengeStatus} name; the gateways route on it.
   */
  public static final String OUTCOME = "outcome";

  // start form fields: validated and stored by the start listener, then removed from the process
  public static final String KIND = "kind";
  public static final String SUBJECT = "subject";
  public static final String REASON = "reason";
  public static final String PROPOSED_CHANGE = "proposedChange";

  // task-local form fields (live and die with the task; the domain data goes to JPA)
  public static final String CHALLENGE_SUMMARY = "challengeSummary";
  public static final String DIALOGUE_INFO = "dialogueInfo";
  public static final String QUESTION_INFO = "questionInfo";
  public static final String OUTCOME_INFO = "outcomeInfo";
  public static final String DECISION = "decision";
  public static final String REASONING = "reasoning";
  public static final String ELABORATION = "elaboration";
  public static final String ACKNOWLEDGED = "acknowledged";

  /**
   * Everything allowed in the process scope; anything else was sent by a client beyond the forms.
   */
  public static final Set<String> PROCESS_SCOPE =
      Set.of(CHALLENGE_ID, UNIT_CODE, CONTRACT_HOLDER_GROUP, DIRECTORATE_GROUP, OUTCOME);

  /**
   * What the block promises: a contract holder starts it with its start form; no model passes
   * anything in.
   */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(),
          Set.of(
              "Task_DecideChallenge",
              "Gateway_ChallengeDecision",
              "Task_ElaborateChallenge",
              "Task_ReadChallengeDecision",
              "EndEvent_ChallengeAccepted",
              "EndEvent_ChallengeRejected"),
          List.of());

  private ChallengeVariables() {}
}
