package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Submits the checked contract to the body the approver DMN named. */
@Component("submitForApprovalDelegate")
class SubmitForApprovalDelegate implements JavaDelegate {

  private final ContractService contracts;

  public SubmitForApprovalDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the approver group is stored on the contract; the approval task's candidate group reads it
    // from there
    contracts.submitForApproval(
        (Long) execution.getVariable(CONTRACT_ID), (String) execution.getVariable(APPROVER_ROLE));
  }
}
