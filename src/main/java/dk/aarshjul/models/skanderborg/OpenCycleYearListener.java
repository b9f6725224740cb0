package dk.aarshjul.models.skanderborg;

import static dk.aarshjul.models.skanderborg.AnnualCycleVariables.YEAR;

import dk.aarshjul.period.Period;
import dk.aarshjul.process.SubmittedForms;
import dk.aarshjul.tracks.DusService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Opens the year when the annual cycle starts (rejecting a year that already runs); sets a readable
 * business key.
 */
@Component("openCycleYearListener")
class OpenCycleYearListener implements ExecutionListener {

  private final DusService dus;

  public OpenCycleYearListener(DusService dus) {
    this.dus = dus;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // a start by hand: only the start form's fields, with their types and sizes (the yearly timer
    // is not checked)
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    Period cycleYear = dus.open(execution.getVariable(YEAR));
    execution.setVariable(YEAR, cycleYear.getYear());
    execution.setProcessBusinessKey(cycleYear.getYear() + "/Skanderborg-modellen");
    required.checkRequired();
  }
}
