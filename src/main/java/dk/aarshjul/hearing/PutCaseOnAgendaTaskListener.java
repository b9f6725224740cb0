package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Shows the secretariat the case with every answer, the hearings not answered and who asks to
 * present it, and puts it on the agenda of the committee meeting.
 */
@Component("putCaseOnAgendaTaskListener")
class PutCaseOnAgendaTaskListener extends FormTaskListener {

  private final CommitteeCases cases;

  public PutCaseOnAgendaTaskListener(CommitteeCases cases) {
    super(PROCESS_SCOPE);
    this.cases = cases;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long caseId = CASE.get(task);
    CaseWithAnswers.show(task, cases, caseId);
    task.setVariableLocal(AGENDA_DATE, cases.plannedMeetingDate(caseId));
  }

  @Override
  protected void submit(DelegateTask task) {
    cases.putOnAgenda(CASE.get(task), task.getVariable(AGENDA_DATE), TaskForms.actor(task));
  }
}
