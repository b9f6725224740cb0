package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The automatic requirement check: decides whether the draft goes on or back to the contract
 * holder.
 */
@Component("checkRequirementsDelegate")
class CheckRequirementsDelegate implements JavaDelegate {

  private final ContractService contracts;

  public CheckRequirementsDelegate(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long contractId = (Long) execution.getVariable(CONTRACT_ID);
    execution.setVariable(REQUIREMENTS_MET, contracts.unmetRequirements(contractId).isEmpty());
    execution.setVariable(
        STAKEHOLDERS_TO_HEAR, !contracts.stakeholderGroupsToHear(contractId).isEmpty());
  }
}
