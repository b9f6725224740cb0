package dk.aarshjul.models;

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

  private final GovernanceModels models;

  public StartNextAnnualCycleDelegate(GovernanceModels models) {
    this.models = models;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int nextYear =
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.DENMARK).getYear()
            + 1;
    execution.setProcessBusinessKey(nextYear + "/Årlig start");
    GovernanceModel model = models.selected();
    if (!model.startsIn(nextYear)) {
      // a model of election terms starts once a term, in its first year
      LOG.info(
          "{} starter ikke i {}: det er ikke første år i en valgperiode", model.name(), nextYear);
      return;
    }
    if (model.startedFor(nextYear)) {
      // the directorate started the year by hand already: nothing to do, and no incident
      LOG.info(
          "Årshjulet for {} er allerede startet; den årlige timer starter det ikke igen", nextYear);
      return;
    }
    execution
        .getProcessEngineServices()
        .getRuntimeService()
        .startProcessInstanceByKey(model.mainProcessKey(), model.startVariables(nextYear));
  }
}
