package dk.aarshjul.measure;

import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The review task: shows what the import would publish beside what is published today; publishes it
 * or sends it back with a reason. The reviewer must not be the importer.
 */
@Component("reviewDataImportTaskListener")
class ReviewDataImportTaskListener extends FormTaskListener {

  static final String PUBLISH = "offentliggoer";
  static final String REJECT = "afvis";

  private final Measurements measurements;
  private final UserNames userNames;

  ReviewDataImportTaskListener(Measurements measurements, UserNames userNames) {
    super(MeasureVariables.PROCESS_SCOPE);
    this.measurements = measurements;
    this.userNames = userNames;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long importId = (Long) task.getVariable(MeasureVariables.IMPORT_ID);
    Measurements.ImportReview review = measurements.reviewOf(importId);
    task.setVariableLocal(
        MeasureVariables.IMPORT_INFO,
        ImportTexts.review(review, userNames.displayName(review.data().getImportedBy())));
    task.setVariableLocal(MeasureVariables.PUBLISH, null);
    task.setVariableLocal(MeasureVariables.REVIEW_COMMENT, null);
  }

  @Override
  protected void submit(DelegateTask task) {
    Object decision = task.getVariable(MeasureVariables.PUBLISH);
    if (!PUBLISH.equals(decision) && !REJECT.equals(decision)) {
      throw new InvalidSubmissionException(
          MeasureVariables.PUBLISH, "Vælg om data offentliggøres eller afvises.");
    }
    boolean publish = PUBLISH.equals(decision);
    String comment =
        MeasureFields.REVIEW_COMMENT.optionalValue(
            task.getVariable(MeasureVariables.REVIEW_COMMENT));
    measurements.review(
        (Long) task.getVariable(MeasureVariables.IMPORT_ID),
        publish,
        comment,
        TaskForms.actor(task));
    task.getExecution().setVariable(MeasureVariables.PUBLISHED, publish);
  }
}
