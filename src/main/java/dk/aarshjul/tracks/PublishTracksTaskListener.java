package dk.aarshjul.tracks;

import static dk.aarshjul.tracks.TracksVariables.*;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Shows the drafted DUS for review; publishes it or sends it back for revision. */
@Component("publishTracksTaskListener")
class PublishTracksTaskListener extends FormTaskListener {

  private final DusService dus;

  public PublishTracksTaskListener(DusService dus) {
    super(PROCESS_SCOPE);
    this.dus = dus;
  }

  @Override
  protected void prefill(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    task.setVariableLocal(DUS_SUMMARY, dus.summary(year));
    task.setVariableLocal(DECISION, null);
    task.setVariableLocal(COMMENT, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    int year = PeriodVariables.YEAR.get(task);
    boolean published =
        dus.review(
            year, task.getVariable(DECISION), task.getVariable(COMMENT), TaskForms.actor(task));
    task.getExecution().setVariable(PUBLISHED, published);
  }
}
