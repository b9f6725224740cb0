package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The committee's secretariat registers the case: title, description, the units it concerns (the
 * committee's own units), the committee meeting and the hearing deadline; the case and one hearing
 * per unit and party are stored, the instance keeps the case's id.
 */
@Component("registerCaseTaskListener")
class RegisterCaseTaskListener extends FormTaskListener {

  private final CommitteeCases cases;

  public RegisterCaseTaskListener(CommitteeCases cases) {
    super(PROCESS_SCOPE);
    this.cases = cases;
  }

  @Override
  protected void prefill(DelegateTask task) {
    String committeeCode = COMMITTEE.get(task);
    task.setVariableLocal(COMMITTEE_INFO, cases.committeeInfo(committeeCode));
    task.setVariableLocal(
        UNIT_OPTIONS, SpinValues.jsonValue(cases.unitOptionsJson(committeeCode)).create());
    task.setVariableLocal(CASE_TITLE, null);
    task.setVariableLocal(CASE_DESCRIPTION, null);
    task.setVariableLocal(UNITS_CONCERNED, SpinValues.jsonValue("[]").create());
    task.setVariableLocal(MEETING_DATE, null);
    task.setVariableLocal(HEARING_DEADLINE, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    CommitteeCase committeeCase =
        cases.register(
            COMMITTEE.get(task),
            task.getVariable(CASE_TITLE),
            task.getVariable(CASE_DESCRIPTION),
            TaskForms.stringList(task, UNITS_CONCERNED),
            task.getVariable(MEETING_DATE),
            task.getVariable(HEARING_DEADLINE),
            TaskForms.actor(task),
            task.getProcessInstanceId());
    CASE.set(task.getExecution().getProcessInstance(), committeeCase.getId());
    // the start's "<committee>/Ny sag" becomes "<committee>/<title>"; a calling model's key stays
    if (cases
        .newCaseBusinessKey(COMMITTEE.get(task))
        .equals(task.getExecution().getProcessBusinessKey())) {
      task.getExecution().setProcessBusinessKey(cases.businessKey(committeeCase.getId()));
    }
  }
}
