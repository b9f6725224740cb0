package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Prefills the review of term goals after a budget adoption and records keep / adjust. */
@Component("reviewTermGoalsTaskListener")
class ReviewTermGoalsTaskListener extends FormTaskListener {

  private final TermAgreements agreements;

  public ReviewTermGoalsTaskListener(TermAgreements agreements) {
    super(AgreementReviewVariables.PROCESS_SCOPE);
    this.agreements = agreements;
  }

  @Override
  protected void prefill(DelegateTask task) {
    TermAgreements.ReviewView view =
        agreements.reviewView(AgreementReviewVariables.REVIEW.get(task.getExecution()));
    task.setVariableLocal(UNIT_NAME, view.draft().unitName());
    task.setVariableLocal(REVIEW_INFO, view.info());
    task.setVariableLocal(TEMPLATE_INFO, view.draft().templateInfo());
    task.setVariableLocal(FEEDBACK_INFO, view.feedbackInfo());
    task.setVariableLocal(GOALS, SpinValues.jsonValue(view.goalsJson()).create());
    task.setVariableLocal(
        BEACON_OPTIONS, SpinValues.jsonValue(view.draft().beaconOptionsJson()).create());
    task.setVariableLocal(DECISION, null);
    task.setVariableLocal(REASON, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    boolean adjusted =
        agreements.recordReview(
            AgreementReviewVariables.REVIEW.get(task.getExecution()),
            task.getVariable(DECISION),
            task.getVariable(REASON),
            TaskForms.json(task, GOALS),
            TaskForms.actor(task));
    task.getExecution().setVariable(AgreementReviewVariables.ADJUSTED, adjusted);
  }
}
