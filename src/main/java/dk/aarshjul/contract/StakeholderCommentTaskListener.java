package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Shows the draft to the board or works council and stores their comment. */
@Component("stakeholderCommentTaskListener")
class StakeholderCommentTaskListener extends FormTaskListener {

  private final ContractService contracts;

  public StakeholderCommentTaskListener(ContractService contracts) {
    super(PROCESS_SCOPE);
    this.contracts = contracts;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    task.setVariableLocal(CONTRACT_SUMMARY, contracts.summary(contractId));
    task.setVariableLocal(COMMENT, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    contracts.recordStakeholderComment(
        contractId,
        (String) task.getVariable(STAKEHOLDER_GROUP),
        task.getVariable(COMMENT),
        TaskForms.actor(task));
  }
}
