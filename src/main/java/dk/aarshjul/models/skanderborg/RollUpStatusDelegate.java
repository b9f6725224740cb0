package dk.aarshjul.models.skanderborg;

import static dk.aarshjul.followup.FollowUpVariables.*;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.reporting.RollUpService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Main process, after a follow-up round: stores the round's red/yellow/green counts per area and
 * municipality.
 */
@Component("rollUpStatusDelegate")
class RollUpStatusDelegate implements JavaDelegate {

  private final RollUpService rollUps;

  public RollUpStatusDelegate(RollUpService rollUps) {
    this.rollUps = rollUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rollUps.rollUp(PeriodVariables.YEAR.get(execution), ROUND.get(execution));
  }
}
