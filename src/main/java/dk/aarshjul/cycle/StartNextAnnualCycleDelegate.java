package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Started by the yearly timer in the autumn: starts the annual cycle for the coming calendar year. */
@Component("startNextAnnualCycleDelegate")
public class StartNextAnnualCycleDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    int nextYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()).getYear() + 1;
    execution.setProcessBusinessKey(nextYear + "/Årlig start");
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(AnnualCycleVariables.PROCESS_KEY, java.util.Map.of(AnnualCycleVariables.YEAR, nextYear));
  }
}
