package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Prefills the term-goal form (the common goal template) and stores what the pen holder submits.
 */
@Component("draftTermGoalsTaskListener")
class DraftTermGoalsTaskListener extends FormTaskListener {

  private final TermAgreements agreements;

  public DraftTermGoalsTaskListener(TermAgreements agreements) {
    super(PROCESS_SCOPE);
    this.agreements = agreements;
  }

  @Override
  protected void prefill(DelegateTask task) {
    TermAgreements.DraftView view = agreements.draftView((Long) task.getVariable(CONTRACT_ID));
    task.setVariableLocal(UNIT_NAME, view.unitName());
    task.setVariableLocal(GOALS, SpinValues.jsonValue(view.goalsJson()).create());
    task.setVariableLocal(BEACON_OPTIONS, SpinValues.jsonValue(view.beaconOptionsJson()).create());
    task.setVariableLocal(TEMPLATE_INFO, view.templateInfo());
    task.setVariableLocal(MISSING_INFO, view.missingInfo());
    task.setVariableLocal(FEEDBACK_INFO, view.feedbackInfo());
  }

  @Override
  protected void submit(DelegateTask task) {
    agreements.saveDraft((Long) task.getVariable(CONTRACT_ID), TaskForms.json(task, GOALS));
  }
}
