package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The hearing's deadline passed without an answer: records it as not answered. */
@Component("recordHearingNotAnsweredDelegate")
class RecordHearingNotAnsweredDelegate implements JavaDelegate {

  private final CommitteeCases cases;

  public RecordHearingNotAnsweredDelegate(CommitteeCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.recordNotAnswered(HEARING.get(execution));
  }
}
