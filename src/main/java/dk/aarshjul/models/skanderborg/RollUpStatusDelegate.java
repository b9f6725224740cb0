package dk.aarshjul.models.skanderborg;

import dk.aarshjul.reporting.RollUpService;

import static dk.aarshjul.followup.FollowUpVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Main process, after a follow-up round: stores the round's red/yellow/green counts per area and municipality. */
@Component("rollUpStatusDelegate")
public class RollUpStatusDelegate implements JavaDelegate {

  private final RollUpService rollUps;

  public RollUpStatusDelegate(RollUpService rollUps) {
    this.rollUps = rollUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rollUps.rollUp(wholeNumber(execution, YEAR), wholeNumber(execution, FOLLOW_UP_ROUND));
  }

  static int wholeNumber(DelegateExecution execution, String name) {
    if (!(execution.getVariable(name) instanceof Number number)) {
      throw new IllegalStateException("Procesvariablen " + name + " mangler eller er ikke et tal");
    }
    return number.intValue();
  }
}
