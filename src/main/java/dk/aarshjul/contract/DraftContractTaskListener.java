package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Prefills the draft form from the stored contract and stores what the contract holder submits. */
@Component("draftContractTaskListener")
class DraftContractTaskListener extends FormTaskListener {

  private final ContractService contracts;

  public DraftContractTaskListener(ContractService contracts) {
    super(PROCESS_SCOPE);
    this.contracts = contracts;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    ContractService.DraftView view = contracts.draftView(contractId);
    task.setVariableLocal(UNIT_NAME, view.unitName());
    task.setVariableLocal(GOALS, SpinValues.jsonValue(view.goalsJson()).create());
    task.setVariableLocal(LEADERSHIP_SPAN, view.leadershipSpanAssessment());
    task.setVariableLocal(TRACK_OPTIONS, SpinValues.jsonValue(view.trackOptionsJson()).create());
    task.setVariableLocal(
        REQUIREMENT_OPTIONS, SpinValues.jsonValue(view.requirementOptionsJson()).create());
    task.setVariableLocal(REQUIREMENTS_INFO, view.requirementsInfo());
    task.setVariableLocal(MISSING_INFO, view.missingInfo());
    task.setVariableLocal(FEEDBACK_INFO, view.feedbackInfo());
  }

  @Override
  protected void submit(DelegateTask task) {
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    contracts.saveDraft(contractId, TaskForms.json(task, GOALS), task.getVariable(LEADERSHIP_SPAN));
  }
}
