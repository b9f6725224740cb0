package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Shows the whole contract to the approver and records approve / send back. */
@Component("approveContractTaskListener")
public class ApproveContractTaskListener implements TaskListener {

  private final ContractService contracts;

  public ApproveContractTaskListener(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // before reading any id: a submission must not have touched the process scope
      TaskForms.rejectUnknownProcessVariables(task, PROCESS_SCOPE);
    }
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(CONTRACT_SUMMARY, contracts.summary(contractId));
      task.setVariableLocal(REQUIREMENTS_TO_CONFIRM,
          SpinValues.jsonValue(contracts.requirementsToConfirmJson(contractId)).create());
      task.setVariableLocal(CONFIRMED_REQUIREMENTS, SpinValues.jsonValue("[]").create());
      task.setVariableLocal(DECISION, null);
      task.setVariableLocal(COMMENT, null);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      boolean approved = contracts.recordDecision(contractId, task.getVariable(DECISION), task.getVariable(COMMENT),
          TaskForms.stringList(task, CONFIRMED_REQUIREMENTS), TaskForms.actor(task));
      task.getExecution().setVariable(APPROVED, approved);
    }
  }
}
