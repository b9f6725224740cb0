package dk.aarshjul.models.viborg;

import dk.aarshjul.period.Period;
import dk.aarshjul.process.SubmittedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Opens the election term when Viborg's model starts (refusing a year that does not begin a term
 * and a term already started); sets a readable business key, e.g. "2026–2029/Viborg".
 */
@Component("openViborgTermListener")
class OpenViborgTermListener implements ExecutionListener {

  private final ViborgTerm term;

  OpenViborgTermListener(ViborgTerm term) {
    this.term = term;
  }

  @Override
  public void notify(DelegateExecution execution) {
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    Period period = term.open(execution.getVariable(ViborgVariables.FIRST_YEAR));
    execution.setVariable(ViborgVariables.FIRST_YEAR, period.getFirstYear());
    execution.setVariable(ViborgVariables.PERIOD_ID, period.getId());
    execution.setProcessBusinessKey(period.getName() + "/Viborg");
    required.checkRequired();
  }
}
