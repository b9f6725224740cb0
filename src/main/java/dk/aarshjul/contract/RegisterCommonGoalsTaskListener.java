package dk.aarshjul.contract;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The directorate's user task "Fastlæg fælles mål for organisationen og områderne" in a model's
 * process ({@code camunda:formRef="register-common-goals"}, candidate group {@code direktion}):
 * shows the year's common goals so far and records them as submitted. The period is the process's
 * {@code periodId}, else the budget year {@code year}.
 */
@Component("registerCommonGoalsTaskListener")
class RegisterCommonGoalsTaskListener extends FormTaskListener {

  /** Task-local form fields of register-common-goals.form. */
  static final String INFO = "commonGoalsInfo";

  static final String SCOPE_OPTIONS = "scopeOptions";

  private final CommonGoals commonGoals;
  private final Periods periods;

  RegisterCommonGoalsTaskListener(CommonGoals commonGoals, Periods periods) {
    // a task of any model's process: the model's own variables are kept, nothing new is accepted
    super();
    this.commonGoals = commonGoals;
    this.periods = periods;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CommonGoals.FormView view = commonGoals.formView(periodId(task));
    task.setVariableLocal(INFO, view.info());
    task.setVariableLocal(
        AgreementGoalFields.COMMON_GOALS, SpinValues.jsonValue(view.commonGoalsJson()).create());
    task.setVariableLocal(SCOPE_OPTIONS, SpinValues.jsonValue(view.scopeOptionsJson()).create());
  }

  @Override
  protected void submit(DelegateTask task) {
    commonGoals.recordForm(periodId(task), task.getVariable(AgreementGoalFields.COMMON_GOALS));
  }

  private long periodId(DelegateTask task) {
    if (task.hasVariable(PeriodVariables.PERIOD.name())) {
      return PeriodVariables.PERIOD.get(task);
    }
    return periods.budgetYear(PeriodVariables.YEAR.get(task)).getId();
  }
}
