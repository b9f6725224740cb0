package dk.aarshjul.models.viborg;

import dk.aarshjul.dialogue.JointCommitteeMeetings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans the year's joint committee meetings from the committees' priorities: in the term's first
 * year ({@code firstYear}) and in each following year ({@code year} of the yearly loop).
 */
@Component("planJointMeetingsDelegate")
class PlanJointMeetingsDelegate implements JavaDelegate {

  private final JointCommitteeMeetings meetings;

  PlanJointMeetingsDelegate(JointCommitteeMeetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object year = execution.getVariable(ViborgVariables.YEAR);
    meetings.plan(
        (Long) execution.getVariable(ViborgVariables.PERIOD_ID),
        year instanceof Integer following
            ? following
            : (Integer) execution.getVariable(ViborgVariables.FIRST_YEAR));
  }
}
