package dk.aarshjul.conduct;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "Registrér byrådets vedtagelse af kodeks for samarbejde": starts from the version in force (or
 * the working group's sketch) and stores the adoption as the next version.
 */
@Component("registerCodeOfConductTaskListener")
class RegisterCodeOfConductTaskListener extends FormTaskListener {

  private final CodesOfConduct codes;

  RegisterCodeOfConductTaskListener(CodesOfConduct codes) {
    super(ConductVariables.PROCESS_SCOPE);
    this.codes = codes;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CodesOfConduct.AdoptionForm form = codes.adoptionForm();
    task.setVariableLocal(ConductFields.INFO, form.info());
    task.setVariableLocal(ConductFields.ADOPTED_ON.key(), null);
    task.setVariableLocal(ConductFields.TITLE.key(), form.title());
    task.setVariableLocal(ConductFields.TEXT.key(), form.text());
    task.setVariableLocal(ConductFields.VALUES, SpinValues.jsonValue(form.valuesJson()).create());
  }

  @Override
  protected void submit(DelegateTask task) {
    CodeOfConduct code =
        codes.adopt(
            task.getVariable(ConductFields.ADOPTED_ON.key()),
            task.getVariable(ConductFields.TITLE.key()),
            task.getVariable(ConductFields.TEXT.key()),
            task.getVariable(ConductFields.VALUES),
            TaskForms.actor(task));
    task.getExecution().setVariable(ConductVariables.CODE_ID, code.getId());
  }
}
