package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Shows the case to the unit's leader or works council and stores their answer; the leader may ask
 * to present the case to the committee.
 */
@Component("answerHearingTaskListener")
class AnswerHearingTaskListener extends FormTaskListener {

  private final CommitteeCases cases;

  public AnswerHearingTaskListener(CommitteeCases cases) {
    super(PROCESS_SCOPE);
    this.cases = cases;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long hearingId = HEARING.get(task);
    long caseId = CASE.get(task);
    // the task list tells the hearings apart by unit: "Gl. Rye skole og dagtilbud – <case>"
    task.setVariableLocal(SUBJECT, FormValues.fitForm(cases.hearingSubject(hearingId)));
    task.setVariableLocal(HEARING_INFO, cases.hearingInfo(hearingId));
    task.setVariableLocal(CASE_INFO, cases.caseInfo(caseId));
    boolean leader = cases.isLeaderHearing(hearingId);
    task.setVariableLocal(LEADER_HEARING, leader);
    task.setVariableLocal(ANSWER, null);
    task.setVariableLocal(WANTS_TO_PRESENT, leader ? Boolean.FALSE : null);
  }

  @Override
  protected void submit(DelegateTask task) {
    cases.answer(
        HEARING.get(task),
        task.getVariable(ANSWER),
        task.getVariable(WANTS_TO_PRESENT),
        TaskForms.actor(task));
  }
}
