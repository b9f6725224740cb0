package dk.aarshjul.tracks;

import static dk.aarshjul.tracks.TracksVariables.*;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.theme.ThemeMeetingService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Prefills the DUS form and stores what the directorate submits. */
@Component("draftTracksTaskListener")
class DraftTracksTaskListener extends FormTaskListener {

  private final DusService dus;
  private final ThemeMeetingService themeMeetings;

  public DraftTracksTaskListener(DusService dus, ThemeMeetingService themeMeetings) {
    super(PROCESS_SCOPE);
    this.dus = dus;
    this.themeMeetings = themeMeetings;
  }

  @Override
  protected void prefill(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    DusService.DraftView view = dus.draftView(year);
    task.setVariableLocal(TRACKS, SpinValues.jsonValue(view.tracksJson()).create());
    task.setVariableLocal(REQUIREMENTS, SpinValues.jsonValue(view.requirementsJson()).create());
    task.setVariableLocal(CONTRACT_DEADLINE, view.contractDeadline());
    task.setVariableLocal(DIALOGUE_FROM, view.dialogueFrom());
    task.setVariableLocal(DIALOGUE_TO, view.dialogueTo());
    task.setVariableLocal(FOLLOW_UP_DATES, SpinValues.jsonValue(view.followUpDatesJson()).create());
    task.setVariableLocal(MEETING_MODELS, SpinValues.jsonValue(view.meetingModelsJson()).create());
    task.setVariableLocal(
        EARLY_DIALOGUE_UNITS, SpinValues.jsonValue(view.earlyDialogueUnitsJson()).create());
    task.setVariableLocal(AREA_OPTIONS, SpinValues.jsonValue(view.areaOptionsJson()).create());
    task.setVariableLocal(UNIT_OPTIONS, SpinValues.jsonValue(view.unitOptionsJson()).create());
    // the DUS frames the council's direction from this year's theme meeting
    String background =
        themeMeetings.summary(year).map(summary -> summary + "\n\n").orElse("")
            + view.backgroundInfo();
    task.setVariableLocal(BACKGROUND_INFO, FormValues.fitForm(background));
  }

  @Override
  protected void submit(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    dus.saveDraft(
        year,
        new DusService.Submission(
            TaskForms.json(task, TRACKS),
            TaskForms.json(task, REQUIREMENTS),
            task.getVariable(CONTRACT_DEADLINE),
            task.getVariable(DIALOGUE_FROM),
            task.getVariable(DIALOGUE_TO),
            TaskForms.json(task, FOLLOW_UP_DATES),
            TaskForms.json(task, MEETING_MODELS),
            TaskForms.json(task, EARLY_DIALOGUE_UNITS)));
  }
}
