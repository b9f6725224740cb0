package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A committee's term begins: checks the term and the committee passed in and sets a readable
 * business key, e.g. "2026–2029/Børne- og Undervisningsudvalget" – what Cockpit lists.
 */
@Component("startCommitteeTermListener")
class StartCommitteeTermListener implements ExecutionListener {

  private final HvidovreTerm term;
  private final Periods periods;

  StartCommitteeTermListener(HvidovreTerm term, Periods periods) {
    this.term = term;
    this.periods = periods;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Period period = periods.get(dk.aarshjul.period.PeriodVariables.PERIOD.get(execution));
    Object code = execution.getVariable(COMMITTEE_CODE);
    if (!(code instanceof String committeeCode)) {
      throw new IllegalStateException("Procesvariablen 'committeeCode' mangler.");
    }
    execution.setProcessBusinessKey(
        period.getName() + "/" + term.committee(committeeCode).getName());
  }
}
