package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Shows the proposed adjustment of term goals to the approver and records the decision. */
@Component("approveGoalAdjustmentTaskListener")
class ApproveGoalAdjustmentTaskListener extends FormTaskListener {

  private final TermAgreements agreements;

  public ApproveGoalAdjustmentTaskListener(TermAgreements agreements) {
    super(AgreementReviewVariables.PROCESS_SCOPE);
    this.agreements = agreements;
  }

  @Override
  protected void prefill(DelegateTask task) {
    task.setVariableLocal(
        ADJUSTMENT_SUMMARY,
        agreements.adjustmentSummary(AgreementReviewVariables.REVIEW.get(task.getExecution())));
    task.setVariableLocal(DECISION, null);
    task.setVariableLocal(COMMENT, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    boolean approved =
        agreements.decideAdjustment(
            AgreementReviewVariables.REVIEW.get(task.getExecution()),
            task.getVariable(DECISION),
            task.getVariable(COMMENT),
            TaskForms.actor(task));
    task.getExecution().setVariable(AgreementReviewVariables.ADJUSTMENT_APPROVED, approved);
  }
}
