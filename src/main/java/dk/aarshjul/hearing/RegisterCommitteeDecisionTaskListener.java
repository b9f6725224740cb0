package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Registers the committee's decision on the case and which leaders presented it. */
@Component("registerCommitteeDecisionTaskListener")
class RegisterCommitteeDecisionTaskListener extends FormTaskListener {

  private final CommitteeCases cases;

  public RegisterCommitteeDecisionTaskListener(CommitteeCases cases) {
    super(PROCESS_SCOPE);
    this.cases = cases;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long caseId = CASE.get(task);
    CaseWithAnswers.show(task, cases, caseId);
    task.setVariableLocal(
        PRESENTER_OPTIONS, SpinValues.jsonValue(cases.presenterOptionsJson(caseId)).create());
    task.setVariableLocal(PRESENTED_UNITS, SpinValues.jsonValue("[]").create());
    task.setVariableLocal(DECISION, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    cases.decide(
        CASE.get(task),
        task.getVariable(DECISION),
        TaskForms.stringList(task, PRESENTED_UNITS),
        TaskForms.actor(task));
  }
}
