package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Shows the whole contract to the approver and records approve / send back. */
@Component("approveContractTaskListener")
class ApproveContractTaskListener extends FormTaskListener {

  private final ContractService contracts;

  public ApproveContractTaskListener(ContractService contracts) {
    super(PROCESS_SCOPE);
    this.contracts = contracts;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    task.setVariableLocal(APPROVAL_HEADING, contracts.approvalHeading(contractId));
    task.setVariableLocal(CONTRACT_SUMMARY, contracts.summary(contractId));
    task.setVariableLocal(
        REQUIREMENTS_TO_CONFIRM,
        SpinValues.jsonValue(contracts.requirementsToConfirmJson(contractId)).create());
    task.setVariableLocal(CONFIRMED_REQUIREMENTS, SpinValues.jsonValue("[]").create());
    task.setVariableLocal(DECISION, null);
    task.setVariableLocal(COMMENT, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    boolean approved =
        contracts.recordDecision(
            contractId,
            task.getVariable(DECISION),
            task.getVariable(COMMENT),
            TaskForms.stringList(task, CONFIRMED_REQUIREMENTS),
            TaskForms.actor(task));
    task.getExecution().setVariable(APPROVED, approved);
  }
}
