package dk.aarshjul.measure;

import dk.aarshjul.process.InvalidSubmissionException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The review is someone else's: the importer cannot take (claim) the review of her own import, so
 * the task never gets stuck with someone who may not complete it.
 */
@Component("reviewerNotImporterListener")
class ReviewerNotImporterListener implements TaskListener {

  static final String OWN_IMPORT =
      "Du indlæste selv filen; en anden i teamet skal kontrollere og offentliggøre den.";

  private final Measurements measurements;

  ReviewerNotImporterListener(Measurements measurements) {
    this.measurements = measurements;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    Object importId = task.getVariable(MeasureVariables.IMPORT_ID);
    if (assignee != null
        && importId instanceof Long id
        && assignee.equals(measurements.get(id).getImportedBy())) {
      throw new InvalidSubmissionException(MeasureVariables.PUBLISH, OWN_IMPORT);
    }
  }
}
