package dk.aarshjul.tracks;

import static dk.aarshjul.tracks.TracksVariables.*;

import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the drafted DUS for review; publishes it or sends it back for revision. */
@Component("publishTracksTaskListener")
public class PublishTracksTaskListener implements TaskListener {

  private final DusService dus;

  public PublishTracksTaskListener(DusService dus) {
    this.dus = dus;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      TaskForms.rejectUnknownProcessVariables(task, PROCESS_SCOPE);
    }
    int year = (Integer) task.getVariable(YEAR);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(DUS_SUMMARY, dus.summary(year));
      task.setVariableLocal(DECISION, null);
      task.setVariableLocal(COMMENT, null);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      boolean published = dus.review(year, task.getVariable(DECISION), task.getVariable(COMMENT), TaskForms.actor(task));
      task.getExecution().setVariable(PUBLISHED, published);
    }
  }
}
