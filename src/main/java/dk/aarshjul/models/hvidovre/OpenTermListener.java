package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.period.Period;
import dk.aarshjul.process.SubmittedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Opens the election term when Hvidovre's model starts (rejecting a year that does not begin a term
 * and a term already started); sets a readable business key, e.g. "2026–2029/Hvidovre".
 */
@Component("openTermListener")
class OpenTermListener implements ExecutionListener {

  private final HvidovreTerm term;

  OpenTermListener(HvidovreTerm term) {
    this.term = term;
  }

  @Override
  public void notify(DelegateExecution execution) {
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    String actor =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
            ? "Årshjulet"
            : execution
                .getProcessEngineServices()
                .getIdentityService()
                .getCurrentAuthentication()
                .getUserId();
    Period period = term.open(execution.getVariable(FIRST_YEAR), actor);
    execution.setVariable(FIRST_YEAR, period.getFirstYear());
    execution.setVariable(PERIOD_ID, period.getId());
    execution.setProcessBusinessKey(period.getName() + "/Hvidovre");
    required.checkRequired();
  }
}
