package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the directorate the unit and the DUS before the early dialogue and stores its notes. */
@Component("earlyDialogueTaskListener")
public class EarlyDialogueTaskListener implements TaskListener {

  private final ContractService contracts;

  public EarlyDialogueTaskListener(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      TaskForms.rejectUnknownProcessVariables(task, PROCESS_SCOPE);
    }
    long contractId = (Long) task.getVariable(CONTRACT_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ContractService.DraftView view = contracts.draftView(contractId);
      task.setVariableLocal(UNIT_NAME, view.unitName());
      task.setVariableLocal(REQUIREMENTS_INFO, view.requirementsInfo());
      task.setVariableLocal(EARLY_DIALOGUE_NOTES, null);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      contracts.recordEarlyDialogue(contractId, task.getVariable(EARLY_DIALOGUE_NOTES));
    }
  }
}
