package dk.aarshjul.contract;

import static dk.aarshjul.contract.ContractVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Prefills the udviklingsaftale's form – the rule, the dialogue meetings' minutes, the common goals
 * that apply to the unit – and stores the goals the leader submits.
 */
@Component("draftAgreementTaskListener")
class DraftAgreementTaskListener extends FormTaskListener {

  private final Agreements agreements;

  DraftAgreementTaskListener(Agreements agreements) {
    super(PROCESS_SCOPE);
    this.agreements = agreements;
  }

  @Override
  protected void prefill(DelegateTask task) {
    Agreements.DraftView view = agreements.draftView(CONTRACT_REF.get(task));
    task.setVariableLocal(UNIT_NAME, view.unitName());
    task.setVariableLocal(GOALS, SpinValues.jsonValue(view.goalsJson()).create());
    task.setVariableLocal(
        COMMON_GOAL_OPTIONS, SpinValues.jsonValue(view.commonGoalOptionsJson()).create());
    task.setVariableLocal(TEMPLATE_INFO, view.templateInfo());
    task.setVariableLocal(DIALOGUE_INFO, view.dialogueInfo());
    task.setVariableLocal(MISSING_INFO, view.missingInfo());
    task.setVariableLocal(FEEDBACK_INFO, view.feedbackInfo());
  }

  @Override
  protected void submit(DelegateTask task) {
    agreements.saveDraft(CONTRACT_REF.get(task), TaskForms.json(task, GOALS));
  }
}
