package dk.aarshjul.theme;

import static dk.aarshjul.theme.ThemeMeetingVariables.*;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.TaskForms;
import dk.aarshjul.reporting.YearEndReportService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Prepares the registration form and stores the theme meeting the council secretariat submits. */
@Component("registerThemeMeetingTaskListener")
class RegisterThemeMeetingTaskListener extends FormTaskListener {

  private final ThemeMeetingService themeMeetings;
  private final YearEndReportService yearEndReports;

  public RegisterThemeMeetingTaskListener(
      ThemeMeetingService themeMeetings, YearEndReportService yearEndReports) {
    super(PROCESS_SCOPE);
    this.themeMeetings = themeMeetings;
    this.yearEndReports = yearEndReports;
  }

  @Override
  protected void prefill(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    task.setVariableLocal(MEETING_INFO, themeMeetings.registrationInfo(year));
    task.setVariableLocal(
        PREVIOUS_YEAR_REPORT,
        yearEndReports
            .reportFor(year - 1)
            .map(report -> "#### Sidste års årsrapport (" + (year - 1) + ")\n\n" + report)
            .map(FormValues::fitForm)
            .orElse(""));
    // every form field is task-local, so a submission cannot spill into the process scope
    task.setVariableLocal(MEETING_DATE, null);
    task.setVariableLocal(PLACE, null);
    task.setVariableLocal(POLITICAL_DIRECTION, null);
    // a Json null (not an empty list): the form then opens with one empty theme, ready to fill in.
    // It must be
    // typed Json: Tasklist submits an edited list with the type of the prefilled variable, and an
    // untyped null
    // would make it send the list as type Null, which the engine cannot convert.
    task.setVariableLocal(THEMES, SpinValues.jsonValue((String) null).create());
  }

  @Override
  protected void submit(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    ThemeMeeting meeting =
        themeMeetings.register(
            year,
            task.getVariable(MEETING_DATE),
            task.getVariable(PLACE),
            task.getVariable(POLITICAL_DIRECTION),
            TaskForms.json(task, THEMES),
            TaskForms.actor(task));
    task.getExecution().setVariable(THEME_MEETING_ID, meeting.getId());
  }
}
