package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import dk.aarshjul.period.Periods;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Started by the yearly timer in the autumn: starts the annual cycle for the coming calendar year. */
@Component("startNextAnnualCycleDelegate")
public class StartNextAnnualCycleDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartNextAnnualCycleDelegate.class);

  private final Periods years;

  public StartNextAnnualCycleDelegate(Periods years) {
    this.years = years;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int nextYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).getYear() + 1;
    execution.setProcessBusinessKey(nextYear + "/Årlig start");
    if (years.findBudgetYear(nextYear).isPresent()) {
      // the directorate started the year by hand already: nothing to do, and no incident
      LOG.info("Årshjulet for {} er allerede startet; den årlige timer starter det ikke igen", nextYear);
      return;
    }
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(AnnualCycleVariables.PROCESS_KEY, java.util.Map.of(AnnualCycleVariables.YEAR, nextYear));
  }
}
