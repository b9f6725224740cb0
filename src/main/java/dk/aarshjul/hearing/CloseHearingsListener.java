package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** When the process leaves the hearings: the case is heard. */
@Component("closeHearingsListener")
class CloseHearingsListener implements ExecutionListener {

  private final CommitteeCases cases;

  public CloseHearingsListener(CommitteeCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    cases.closeHearings(CASE.get(execution));
  }
}
