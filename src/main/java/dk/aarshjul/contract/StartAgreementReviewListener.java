package dk.aarshjul.contract;

import static dk.aarshjul.contract.AgreementReviewVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On start: opens the review of a term agreement against the adopted budget of {@code year}. */
@Component("startAgreementReviewListener")
class StartAgreementReviewListener implements ExecutionListener {

  private final TermAgreements agreements;

  StartAgreementReviewListener(TermAgreements agreements) {
    this.agreements = agreements;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AgreementReview review =
        agreements.startReview(execution.getVariable(CONTRACT_ID), execution.getVariable(YEAR));
    execution.setVariable(AGREEMENT_REVIEW_ID, review.getId());
    execution.setProcessBusinessKey(agreements.businessKey(review.getId()));
  }
}
