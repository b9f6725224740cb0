package dk.aarshjul.dialogue;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** The host secretariat minutes a joint committee meeting, follows up and records proposals. */
@Component("holdJointMeetingTaskListener")
class HoldJointMeetingTaskListener extends FormTaskListener {

  private final JointCommitteeMeetings meetings;

  HoldJointMeetingTaskListener(JointCommitteeMeetings meetings) {
    super(JointMeetingVariables.PROCESS_SCOPE);
    this.meetings = meetings;
  }

  @Override
  protected void prefill(DelegateTask task) {
    JointCommitteeMeetings.HoldForm form = meetings.holdForm(DialogueVariables.MEETING.get(task));
    task.setVariableLocal(JointMeetingVariables.INFO, form.info());
    task.setVariableLocal(
        JointMeetingVariables.STATUSES, SpinValues.jsonValue(form.statusesJson()).create());
    task.setVariableLocal(JointMeetingVariables.PROPOSALS, SpinValues.jsonValue("[]").create());
    task.setVariableLocal(JointMeetingVariables.MEETING_DATE, null);
    task.setVariableLocal(JointMeetingVariables.MINUTES, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    boolean proposed =
        meetings.hold(
            DialogueVariables.MEETING.get(task),
            task.getVariable(JointMeetingVariables.MEETING_DATE),
            task.getVariable(JointMeetingVariables.MINUTES),
            task.getVariable(JointMeetingVariables.STATUSES),
            task.getVariable(JointMeetingVariables.PROPOSALS),
            TaskForms.actor(task));
    task.getExecution().setVariable(JointMeetingVariables.PROPOSED, proposed);
  }
}
