package dk.aarshjul.dialogue;

import static dk.aarshjul.dialogue.DialogueVariables.*;

import dk.aarshjul.contract.ContractService;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Prefills the goals editor with the approved contract and the agreed adjustment; on completion the contract is
 * revised as a new version and the agreement marked applied.
 */
@Component("adjustContractAfterDialogueTaskListener")
public class AdjustContractAfterDialogueTaskListener implements TaskListener {

  private final DialogueService dialogues;

  public AdjustContractAfterDialogueTaskListener(DialogueService dialogues) {
    this.dialogues = dialogues;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // before reading any id: neither the process scope nor the multi-instance scopes (agreementId) may be touched
      TaskForms.rejectUnknownProcessVariables(task, PROCESS_SCOPE);
      DialogueForms.rejectChangedInstanceVariables(task);
    }
    long agreementId = (Long) task.getVariable(AGREEMENT_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DialogueService.AdjustView view = dialogues.adjustView(agreementId);
      ContractService.DraftView draft = view.draft();
      task.setVariableLocal(UNIT_NAME, draft.unitName());
      task.setVariableLocal(AGREEMENT_INFO, view.agreementInfo());
      task.setVariableLocal(GOALS, SpinValues.jsonValue(draft.goalsJson()).create());
      task.setVariableLocal(LEADERSHIP_SPAN, draft.leadershipSpanAssessment());
      task.setVariableLocal(TRACK_OPTIONS, SpinValues.jsonValue(draft.trackOptionsJson()).create());
      task.setVariableLocal(REQUIREMENT_OPTIONS, SpinValues.jsonValue(draft.requirementOptionsJson()).create());
      task.setVariableLocal(REQUIREMENTS_INFO, draft.requirementsInfo());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      dialogues.applyAdjustment(agreementId, TaskForms.json(task, GOALS), task.getVariable(LEADERSHIP_SPAN),
          TaskForms.actor(task));
    }
  }
}
