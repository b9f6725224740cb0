package dk.aarshjul.conduct;

import dk.aarshjul.process.InvalidSubmissionException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On start of adopt-code-of-conduct.bpmn by hand: it has no start form, so a start carrying
 * variables came from a client beyond Tasklist and is refused; its business key is always
 * Årshjul's. A model calling it keeps the key it gave.
 */
@Component("startCodeOfConductListener")
class StartCodeOfConductListener implements ExecutionListener {

  static final String BUSINESS_KEY = "Kodeks for samarbejde";

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getSuperExecution() != null) {
      return;
    }
    if (!execution.getVariableNames().isEmpty()) {
      throw new InvalidSubmissionException(
          execution.getVariableNames().iterator().next(),
          "Vedtagelsen af kodekset startes uden felter; datoen, teksten og værdierne registreres i"
              + " opgaven. Intet er gemt.");
    }
    execution.setProcessBusinessKey(BUSINESS_KEY);
  }
}
