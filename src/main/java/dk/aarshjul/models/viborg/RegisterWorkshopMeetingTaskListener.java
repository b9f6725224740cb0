package dk.aarshjul.models.viborg;

import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.theme.CouncilWorkshop;
import dk.aarshjul.theme.WorkshopFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * A theme meeting of the political workshop: shows the record so far (and, at the first, the status
 * of the previous term's goals) with the themes and goals to start from; stores the meeting and
 * whether the council is ready to adopt.
 */
@Component("registerWorkshopMeetingTaskListener")
class RegisterWorkshopMeetingTaskListener extends FormTaskListener {

  private final CouncilWorkshop workshop;

  RegisterWorkshopMeetingTaskListener(CouncilWorkshop workshop) {
    super(ViborgVariables.PROCESS_SCOPE);
    this.workshop = workshop;
  }

  @Override
  protected void prefill(DelegateTask task) {
    CouncilWorkshop.MeetingForm form =
        workshop.meetingForm((Long) task.getVariable(ViborgVariables.PERIOD_ID));
    task.setVariableLocal(ViborgVariables.WORKSHOP_INFO, form.info());
    task.setVariableLocal(WorkshopFields.THEMES, SpinValues.jsonValue(form.themesJson()).create());
    task.setVariableLocal(WorkshopFields.MEETING_DATE.key(), null);
    task.setVariableLocal(WorkshopFields.NOTES.key(), null);
    task.setVariableLocal(WorkshopFields.DONE.key(), null);
  }

  @Override
  protected void submit(DelegateTask task) {
    Object done = task.getVariable(WorkshopFields.DONE.key());
    if (!WorkshopFields.NEXT_MEETING.equals(done) && !WorkshopFields.READY.equals(done)) {
      throw new InvalidSubmissionException(
          WorkshopFields.DONE.key(),
          "Vælg om der holdes et temamøde mere, eller om modellen er klar.");
    }
    workshop.registerMeeting(
        (Long) task.getVariable(ViborgVariables.PERIOD_ID),
        task.getVariable(WorkshopFields.MEETING_DATE.key()),
        task.getVariable(WorkshopFields.NOTES.key()),
        task.getVariable(WorkshopFields.THEMES),
        TaskForms.actor(task));
    task.getExecution()
        .setVariable(ViborgVariables.WORKSHOP_READY, WorkshopFields.READY.equals(done));
  }
}
