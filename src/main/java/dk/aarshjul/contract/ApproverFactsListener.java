package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.COMMITTEE_CODE;
import static dk.aarshjul.contract.ContractVariables.CONTRACT_REF;
import static dk.aarshjul.contract.ContractVariables.PERIOD_KIND;
import static dk.aarshjul.contract.ContractVariables.TEMPLATE_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Before the approver decision: gives it the unit's committee as read from the organisation at this
 * moment, the period's kind and the goal template, as transient values (not stored, not a history
 * row of its own; the decision's history shows it as its input).
 */
@Component("approverFactsListener")
class ApproverFactsListener implements ExecutionListener {

  private final ContractService contracts;

  ApproverFactsListener(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long contractId = CONTRACT_REF.get(execution);
    String committee = contracts.committeeCodeOf(contractId);
    execution.setVariable(COMMITTEE_CODE, Variables.stringValue(committee, true));
    execution.setVariable(
        PERIOD_KIND, Variables.stringValue(contracts.periodKindOf(contractId), true));
    execution.setVariable(
        TEMPLATE_CODE, Variables.stringValue(contracts.templateCodeOf(contractId), true));
  }
}
