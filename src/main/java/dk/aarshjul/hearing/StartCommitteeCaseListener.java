package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import dk.aarshjul.organisation.Committee;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.SubmittedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On start: the committee whose secretariat registers the case. A user starting it from Tasklist
 * must be in that committee's secretariat (checked against the identity service, never taken from
 * what was sent); a model calling the block passes the committee. The instance keeps the
 * committee's code only.
 */
@Component("startCommitteeCaseListener")
class StartCommitteeCaseListener implements ExecutionListener {

  private final CommitteeCases cases;

  public StartCommitteeCaseListener(CommitteeCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // only the start form's field, with its type and size
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    String starter = null;
    if (execution.getSuperExecution() == null) {
      Authentication authentication =
          execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      if (authentication == null || authentication.getUserId() == null) {
        throw new InvalidSubmissionException(
            COMMITTEE_CODE, "Du skal være logget ind for at oprette en sag til et udvalg.");
      }
      starter = authentication.getUserId();
    }
    Committee committee = cases.committeeForNewCase(starter, COMMITTEE.raw(execution));
    COMMITTEE.set(execution, committee.getCode());
    // started by hand, the key is always Årshjul's (a client's own key would be shown to the units
    // in their task lists); a model calling the block keeps the key it gave
    if (execution.getSuperExecution() == null || execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(cases.newCaseBusinessKey(committee.getCode()));
    }
    required.checkRequired();
  }
}
