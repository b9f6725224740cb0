package dk.aarshjul.models;

import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Started by the yearly timer in the autumn: starts the governance model the municipality runs
 * ({@code aarshjul.governance-model}) for the coming calendar year (in Danish time).
 */
@Component("startNextAnnualCycleDelegate")
class StartNextAnnualCycleDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartNextAnnualCycleDelegate.class);

  private final Periods years;
  private final GovernanceModels models;

  public StartNextAnnualCycleDelegate(Periods years, GovernanceModels models) {
    this.years = years;
    this.models = models;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int nextYear =
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.DENMARK).getYear()
            + 1;
    execution.setProcessBusinessKey(nextYear + "/Årlig start");
    if (years.findBudgetYear(nextYear).isPresent()) {
      // the directorate started the year by hand already: nothing to do, and no incident
      LOG.info(
          "Årshjulet for {} er allerede startet; den årlige timer starter det ikke igen", nextYear);
      return;
    }
    GovernanceModel model = models.selected();
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .startProcessInstanceByKey(model.mainProcessKey(), model.startVariables(nextYear));
  }
}
