package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.dialogue.CommitteeDialogues;
import dk.aarshjul.dialogue.DialogueVariables;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.theme.CommitteeDirection;
import dk.aarshjul.theme.DirectionFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Step 1: the secretariat registers the committee's meeting about the material, where the committee
 * decides the form of the coming dialogue meetings (meeting model per group of institutions,
 * facilitation, joint meetings with other committees).
 */
@Component("registerCommitteeMeetingTaskListener")
class RegisterCommitteeMeetingTaskListener extends FormTaskListener {

  private final CommitteeDirection direction;
  private final CommitteeDialogues dialogues;

  RegisterCommitteeMeetingTaskListener(CommitteeDirection direction, CommitteeDialogues dialogues) {
    super(PROCESS_SCOPE);
    this.direction = direction;
    this.dialogues = dialogues;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    task.setVariableLocal(
        MATERIAL_INFO, direction.materialInfo(at.periodId(), at.year(), at.committeeCode()));
    task.setVariableLocal(DirectionFields.MEETING_DATE.key(), null);
    task.setVariableLocal(DirectionFields.DECISIONS.key(), null);
    task.setVariableLocal(
        DialogueVariables.MEETING_MODELS,
        SpinValues.jsonValue(dialogues.modelRowsJson(at.periodId(), at.year(), at.committeeCode()))
            .create());
    task.setVariableLocal(
        DialogueVariables.MEETING_MODEL_OPTIONS,
        SpinValues.jsonValue(dialogues.modelOptionsJson()).create());
    task.setVariableLocal(DialogueVariables.FACILITATED, false);
    task.setVariableLocal(
        DialogueVariables.JOINT_COMMITTEE_OPTIONS,
        SpinValues.jsonValue(dialogues.jointOptionsJson(at.committeeCode())).create());
    task.setVariableLocal(DialogueVariables.JOINT_COMMITTEES, SpinValues.jsonValue("[]").create());
  }

  @Override
  protected void submit(DelegateTask task) {
    CommitteeYearTasks at = CommitteeYearTasks.of(task);
    String actor = TaskForms.actor(task);
    direction.register(
        at.periodId(),
        at.year(),
        at.committeeCode(),
        task.getVariable(DirectionFields.MEETING_DATE.key()),
        task.getVariable(DirectionFields.DECISIONS.key()),
        actor);
    dialogues.decide(
        at.periodId(),
        at.year(),
        at.committeeCode(),
        TaskForms.json(task, DialogueVariables.MEETING_MODELS),
        task.getVariable(DialogueVariables.FACILITATED),
        TaskForms.stringList(task, DialogueVariables.JOINT_COMMITTEES),
        actor);
  }
}
