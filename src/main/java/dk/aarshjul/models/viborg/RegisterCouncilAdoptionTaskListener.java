package dk.aarshjul.models.viborg;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.theme.CouncilAdoption;
import dk.aarshjul.theme.CouncilWorkshop;
import dk.aarshjul.theme.WorkshopFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The council's adoption of the model (or sending it back to the workshop), as registered. */
@Component("registerCouncilAdoptionTaskListener")
class RegisterCouncilAdoptionTaskListener extends FormTaskListener {

  private final CouncilWorkshop workshop;

  RegisterCouncilAdoptionTaskListener(CouncilWorkshop workshop) {
    super(ViborgVariables.PROCESS_SCOPE);
    this.workshop = workshop;
  }

  @Override
  protected void prefill(DelegateTask task) {
    task.setVariableLocal(
        ViborgVariables.ADOPTION_INFO,
        workshop.adoptionInfo((Long) task.getVariable(ViborgVariables.PERIOD_ID)));
    task.setVariableLocal(WorkshopFields.DECIDED_ON.key(), null);
    task.setVariableLocal(WorkshopFields.ADOPTION.key(), null);
    task.setVariableLocal(WorkshopFields.REPEALED.key(), null);
    task.setVariableLocal(WorkshopFields.ADOPTION_COMMENT.key(), null);
  }

  @Override
  protected void submit(DelegateTask task) {
    CouncilAdoption adoption =
        workshop.registerAdoption(
            (Long) task.getVariable(ViborgVariables.PERIOD_ID),
            task.getVariable(WorkshopFields.DECIDED_ON.key()),
            task.getVariable(WorkshopFields.ADOPTION.key()),
            task.getVariable(WorkshopFields.REPEALED.key()),
            task.getVariable(WorkshopFields.ADOPTION_COMMENT.key()),
            TaskForms.actor(task));
    task.getExecution().setVariable(ViborgVariables.MODEL_ADOPTED, adoption.isAdopted());
  }
}
