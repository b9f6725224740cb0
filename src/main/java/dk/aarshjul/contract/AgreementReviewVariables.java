package dk.aarshjul.contract;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import dk.aarshjul.process.Variable;
import java.util.List;
import java.util.Set;

/**
 * Variable names of process {@code review-term-goals} (the agreement block's review of term goals
 * after a budget adoption); declared once, used by BPMN, forms and code.
 */
public final class AgreementReviewVariables {

  public static final String PROCESS_KEY = "review-term-goals";

  // process scope: ids and decisions
  public static final String YEAR = PeriodVariables.YEAR.name();
  public static final String CONTRACT_ID = ContractVariables.CONTRACT_ID;
  public static final String AGREEMENT_REVIEW_ID = "agreementReviewId";
  public static final String ADJUSTED = "goalsAdjusted";
  public static final String ADJUSTMENT_APPROVED = "adjustmentApproved";

  /** Everything allowed in the process scope. */
  public static final Set<String> PROCESS_SCOPE =
      Set.of(YEAR, CONTRACT_ID, AGREEMENT_REVIEW_ID, ADJUSTED, ADJUSTMENT_APPROVED);

  /** What the block promises the models that call it (BlockContractsTest). */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.YEAR, ContractVariables.CONTRACT_REF),
          Set.of(
              "Task_ReviewTermGoals",
              "Task_ApproveGoalAdjustment",
              "EndEvent_GoalsKept",
              "EndEvent_GoalsAdjusted"),
          List.of());

  /** The review, as the process carries it. */
  static final Variable<Long> REVIEW = Variable.id(AGREEMENT_REVIEW_ID);

  private AgreementReviewVariables() {}
}
