package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.dialogue.CommitteeDialogues;
import dk.aarshjul.period.PeriodVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Plans the committee's dialogue meetings of the year from its decision (idempotent). */
@Component("planCommitteeDialoguesDelegate")
class PlanCommitteeDialoguesDelegate implements JavaDelegate {

  private final CommitteeDialogues dialogues;

  PlanCommitteeDialoguesDelegate(CommitteeDialogues dialogues) {
    this.dialogues = dialogues;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dialogues.plan(
        PeriodVariables.PERIOD.get(execution),
        PeriodVariables.YEAR.get(execution),
        (String) execution.getVariable(COMMITTEE_CODE));
  }
}
