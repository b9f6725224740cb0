package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.SubmittedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On start: creates the contract row, keeps its id and the unit's keys, sets a readable business
 * key.
 */
@Component("startContractListener")
class StartContractListener implements ExecutionListener {

  private final ContractService contracts;
  private final TermAgreements termAgreements;

  public StartContractListener(ContractService contracts, TermAgreements termAgreements) {
    this.contracts = contracts;
    this.termAgreements = termAgreements;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // a start by hand: only the start form's fields, with their types and sizes
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    // the annual cycle starts it through a call activity; otherwise a user (or trusted code)
    // started it by hand
    boolean startedByHand = execution.getSuperExecution() == null;
    Authentication starter =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    // a model working in a term passes the term's id; a start by hand cannot (the start form has
    // no such field)
    DevelopmentContract contract =
        execution.hasVariable(PERIOD_ID)
            ? termAgreements.start(
                execution.getVariable(PERIOD_ID), execution.getVariable(UNIT_CODE))
            : contracts.start(
                execution.getVariable(YEAR),
                execution.getVariable(UNIT_CODE),
                startedByHand,
                starter);
    execution.setVariable(GOAL_TEMPLATE, contract.getYear().getGoalTemplate().name());
    execution.setVariable(UNIT_CODE, contract.getUnit().getCode());
    execution.setVariable(CONTRACT_ID, contract.getId());
    execution.setVariable(AREA_CODE, contract.getUnit().getArea().getCode());
    execution.setVariable(UNIT_TYPE, contract.getUnit().getUnitType());
    execution.setVariable(EARLY_DIALOGUE, contracts.startsWithEarlyDialogue(contract.getId()));
    execution.setProcessBusinessKey(contract.businessKey());
    required.checkRequired();
  }
}
