package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Shows the directorate the unit and the DUS before the early dialogue and stores its notes. */
@Component("earlyDialogueTaskListener")
class EarlyDialogueTaskListener extends FormTaskListener {

  private final ContractService contracts;

  public EarlyDialogueTaskListener(ContractService contracts) {
    super(PROCESS_SCOPE);
    this.contracts = contracts;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    ContractService.DraftView view = contracts.draftView(contractId);
    task.setVariableLocal(UNIT_NAME, view.unitName());
    task.setVariableLocal(REQUIREMENTS_INFO, view.requirementsInfo());
    task.setVariableLocal(EARLY_DIALOGUE_NOTES, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    contracts.recordEarlyDialogue(contractId, task.getVariable(EARLY_DIALOGUE_NOTES));
  }
}
