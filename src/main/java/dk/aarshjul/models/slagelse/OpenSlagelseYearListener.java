package dk.aarshjul.models.slagelse;

import dk.aarshjul.period.Period;
import dk.aarshjul.process.SubmittedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Opens the budget year when Slagelse's model starts (refusing a year that already runs); sets a
 * readable business key, e.g. "2027/Slagelse".
 */
@Component("openSlagelseYearListener")
class OpenSlagelseYearListener implements ExecutionListener {

  private final SlagelseYear year;

  OpenSlagelseYearListener(SlagelseYear year) {
    this.year = year;
  }

  @Override
  public void notify(DelegateExecution execution) {
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    Period period = year.open(execution.getVariable(SlagelseVariables.YEAR));
    execution.setVariable(SlagelseVariables.YEAR, period.getFirstYear());
    execution.setVariable(SlagelseVariables.PERIOD_ID, period.getId());
    execution.setProcessBusinessKey(period.getFirstYear() + "/Slagelse");
    required.checkRequired();
  }
}
