package dk.aarshjul.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task of the main process: groups the year's approved contracts into dialogue meetings
 * (reads process variable {@code year}; sets no variables). Safe to run again for the same year.
 */
@Component("planDialogueMeetingsDelegate")
class PlanDialogueMeetingsDelegate implements JavaDelegate {

  private final DialoguePlanner planner;

  public PlanDialogueMeetingsDelegate(DialoguePlanner planner) {
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    planner.planMeetings(execution.getVariable(DialogueVariables.YEAR));
  }
}
