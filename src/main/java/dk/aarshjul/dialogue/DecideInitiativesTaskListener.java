package dk.aarshjul.dialogue;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** The directorate decides which proposed initiatives are started. */
@Component("decideInitiativesTaskListener")
class DecideInitiativesTaskListener extends FormTaskListener {

  private final JointCommitteeMeetings meetings;

  DecideInitiativesTaskListener(JointCommitteeMeetings meetings) {
    super(JointMeetingVariables.PROCESS_SCOPE);
    this.meetings = meetings;
  }

  @Override
  protected void prefill(DelegateTask task) {
    JointCommitteeMeetings.DecisionForm form =
        meetings.decisionForm(DialogueVariables.MEETING.get(task));
    task.setVariableLocal(JointMeetingVariables.DECISION_INFO, form.info());
    task.setVariableLocal(
        JointMeetingVariables.DECISIONS, SpinValues.jsonValue(form.decisionsJson()).create());
  }

  @Override
  protected void submit(DelegateTask task) {
    meetings.decide(
        DialogueVariables.MEETING.get(task),
        task.getVariable(JointMeetingVariables.DECISIONS),
        TaskForms.actor(task));
  }
}
