package dk.aarshjul.theme;

import static dk.aarshjul.theme.ThemeMeetingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On start: checks the year passed in by the main process and names the group that registers the
 * meeting.
 */
@Component("startThemeMeetingListener")
class StartThemeMeetingListener implements ExecutionListener {

  private final ThemeMeetingService themeMeetings;

  public StartThemeMeetingListener(ThemeMeetingService themeMeetings) {
    this.themeMeetings = themeMeetings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = themeMeetings.requireCycleYear(execution.getVariable(YEAR));
    // the main process passes its business key; started on its own (Cockpit, REST) the block names
    // itself
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey("Temamøde " + year);
    }
  }
}
