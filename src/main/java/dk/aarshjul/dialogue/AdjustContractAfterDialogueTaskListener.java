package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import dk.aarshjul.contract.ContractService;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Prefills the goals editor with the approved contract and the agreed adjustment; on completion the
 * contract is revised as a new version and the agreement marked applied. A contract submitted
 * unchanged needs the holder's reason for not incorporating the adjustment (see {@link
 * DialogueService#applyAdjustment}).
 */
@Component("adjustContractAfterDialogueTaskListener")
class AdjustContractAfterDialogueTaskListener extends FormTaskListener {

  private final DialogueService dialogues;

  public AdjustContractAfterDialogueTaskListener(DialogueService dialogues) {
    super(PROCESS_SCOPE);
    this.dialogues = dialogues;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long agreementId = (Long) task.getVariable(AGREEMENT_ID);
    DialogueService.AdjustView view = dialogues.adjustView(agreementId);
    ContractService.DraftView draft = view.draft();
    task.setVariableLocal(UNIT_NAME, draft.unitName());
    task.setVariableLocal(AGREEMENT_INFO, view.agreementInfo());
    task.setVariableLocal(GOALS, SpinValues.jsonValue(draft.goalsJson()).create());
    task.setVariableLocal(LEADERSHIP_SPAN, draft.leadershipSpanAssessment());
    task.setVariableLocal(TRACK_OPTIONS, SpinValues.jsonValue(draft.trackOptionsJson()).create());
    task.setVariableLocal(
        REQUIREMENT_OPTIONS, SpinValues.jsonValue(draft.requirementOptionsJson()).create());
    task.setVariableLocal(REQUIREMENTS_INFO, draft.requirementsInfo());
    task.setVariableLocal(NOT_APPLIED_REASON, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    long agreementId = (Long) task.getVariable(AGREEMENT_ID);
    dialogues.applyAdjustment(
        agreementId,
        TaskForms.json(task, GOALS),
        task.getVariable(LEADERSHIP_SPAN),
        task.getVariable(NOT_APPLIED_REASON),
        TaskForms.actor(task));
  }
}
