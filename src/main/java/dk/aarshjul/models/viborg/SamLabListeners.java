package dk.aarshjul.models.viborg;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.SubmittedForms;
import dk.aarshjul.process.TaskForms;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of viborg-samlab.bpmn: thin, the rules are in {@link SamLabs}. */
@Configuration
class SamLabListeners {

  static final Set<String> PROCESS_SCOPE = Set.of(SamLabFields.SAMLAB_ID);

  /** Starts the SamLab from the start form; business key "SamLab/<problem>". */
  @Bean
  ExecutionListener startSamLabListener(SamLabs samLabs) {
    return execution -> start(samLabs, execution);
  }

  private static void start(SamLabs samLabs, DelegateExecution execution) {
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    long id =
        samLabs.start(
            execution.getVariable(SamLabFields.PROBLEM.key()),
            execution.getVariable(SamLabFields.DESCRIPTION.key()),
            execution.getVariable(SamLabFields.STARTS_ON.key()),
            authentication == null ? "Årshjulet" : authentication.getUserId());
    required.checkRequired();
    // the start form's fields are stored in the SamLab; the instance carries its id only
    execution.removeVariable(SamLabFields.PROBLEM.key());
    execution.removeVariable(SamLabFields.DESCRIPTION.key());
    execution.removeVariable(SamLabFields.STARTS_ON.key());
    execution.setVariable(SamLabFields.SAMLAB_ID, id);
    execution.setProcessBusinessKey(samLabs.businessKey(id));
  }

  @Bean
  FormTaskListener composeSamLabTaskListener(SamLabs samLabs) {
    return new FormTaskListener(PROCESS_SCOPE) {
      @Override
      protected void prefill(DelegateTask task) {
        task.setVariableLocal(SamLabFields.INFO, samLabs.composeInfo(id(task)));
        task.setVariableLocal(
            SamLabFields.UNIT_OPTIONS, SpinValues.jsonValue(samLabs.unitOptionsJson()).create());
        task.setVariableLocal(SamLabFields.UNITS.key(), SpinValues.jsonValue("[]").create());
        task.setVariableLocal(SamLabFields.LEAD.key(), null);
        task.setVariableLocal(SamLabFields.STAFF.key(), null);
      }

      @Override
      protected void submit(DelegateTask task) {
        samLabs.compose(
            id(task),
            task.getVariable(SamLabFields.UNITS.key()),
            task.getVariable(SamLabFields.LEAD.key()),
            task.getVariable(SamLabFields.STAFF.key()));
      }
    };
  }

  @Bean
  FormTaskListener presentSamLabTaskListener(SamLabs samLabs) {
    return new FormTaskListener(PROCESS_SCOPE) {
      @Override
      protected void prefill(DelegateTask task) {
        task.setVariableLocal(SamLabFields.INFO, samLabs.presentInfo(id(task)));
        task.setVariableLocal(SamLabFields.SUMMARY.key(), null);
        task.setVariableLocal(SamLabFields.SLIDES_LINK.key(), null);
        task.setVariableLocal(SamLabFields.SLIDE_COUNT.key(), null);
      }

      @Override
      protected void submit(DelegateTask task) {
        samLabs.present(
            id(task),
            task.getVariable(SamLabFields.SUMMARY.key()),
            task.getVariable(SamLabFields.SLIDES_LINK.key()),
            task.getVariable(SamLabFields.SLIDE_COUNT.key()),
            TaskForms.actor(task));
      }
    };
  }

  @Bean
  FormTaskListener decideSamLabTaskListener(SamLabs samLabs) {
    return new FormTaskListener(PROCESS_SCOPE) {
      @Override
      protected void prefill(DelegateTask task) {
        task.setVariableLocal(SamLabFields.INFO, samLabs.decideInfo(id(task)));
        task.setVariableLocal(SamLabFields.DECISION.key(), null);
        task.setVariableLocal(SamLabFields.DECISION_TEXT.key(), null);
      }

      @Override
      protected void submit(DelegateTask task) {
        samLabs.decide(
            id(task),
            task.getVariable(SamLabFields.DECISION.key()),
            task.getVariable(SamLabFields.DECISION_TEXT.key()),
            TaskForms.actor(task));
      }
    };
  }

  private static long id(DelegateTask task) {
    return (Long) task.getVariable(SamLabFields.SAMLAB_ID);
  }
}
