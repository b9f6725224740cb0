package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Prefills the draft form from the stored contract and stores what the contract holder submits. */
@Component("draftContractTaskListener")
public class DraftContractTaskListener implements TaskListener {

  private final ContractService contracts;

  public DraftContractTaskListener(ContractService contracts) {
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
      ContractService.DraftView view = contracts.draftView(contractId);
      task.setVariableLocal(UNIT_NAME, view.unitName());
      task.setVariableLocal(GOALS, SpinValues.jsonValue(view.goalsJson()).create());
      task.setVariableLocal(LEADERSHIP_SPAN, view.leadershipSpanAssessment());
      task.setVariableLocal(TRACK_OPTIONS, SpinValues.jsonValue(view.trackOptionsJson()).create());
      task.setVariableLocal(REQUIREMENT_OPTIONS, SpinValues.jsonValue(view.requirementOptionsJson()).create());
      task.setVariableLocal(REQUIREMENTS_INFO, view.requirementsInfo());
      task.setVariableLocal(MISSING_INFO, view.missingInfo());
      task.setVariableLocal(FEEDBACK_INFO, view.feedbackInfo());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      contracts.saveDraft(contractId, TaskForms.json(task, GOALS), task.getVariable(LEADERSHIP_SPAN));
    }
  }
}
