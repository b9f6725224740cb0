package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.period.Period;
import dk.aarshjul.period.Period.DateEntry;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.SubmittedForms;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council adopted the budget of a year (register-budget-adoption.bpmn, started by the council
 * secretariat or the directorate): the adoption date goes into the term's calendar and the message
 * "Budget vedtaget" moves every committee waiting for it on to the review of its institutions'
 * goals – before the calendar's date when the council adopted early.
 */
@Component("budgetAdoption")
class BudgetAdoption implements ExecutionListener, JavaDelegate {

  private final Periods periods;

  BudgetAdoption(Periods periods) {
    this.periods = periods;
  }

  /** On start: validates and records the adoption in the term's calendar. */
  @Override
  @Transactional
  public void notify(DelegateExecution execution) {
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    int year = Periods.requireYear(execution.getVariable(YEAR));
    LocalDate adoptedOn;
    try {
      adoptedOn = FormValues.parseDate(execution.getVariable(ADOPTED_ON));
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(ADOPTED_ON, "Angiv datoen som fx 2026-10-08.");
    }
    if (adoptedOn == null) {
      throw new InvalidSubmissionException(ADOPTED_ON, "Angiv hvornår budgettet blev vedtaget.");
    }
    LocalDate today =
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.DENMARK);
    if (adoptedOn.isAfter(today)) {
      throw new InvalidSubmissionException(
          ADOPTED_ON, "Et budget kan kun registreres som vedtaget, når det er vedtaget.");
    }
    if (adoptedOn.getYear() < year - 1 || adoptedOn.getYear() > year) {
      throw new InvalidSubmissionException(
          ADOPTED_ON,
          "Budgettet for " + year + " vedtages i " + (year - 1) + " (eller i " + year + ").");
    }
    Period term =
        periods
            .findElectionTerm(Period.termStartingIn(year))
            .filter(Period::isOpen)
            .filter(period -> period.getFirstYear() < year)
            .orElseThrow(
                () ->
                    new InvalidSubmissionException(
                        YEAR,
                        "Ingen startet valgperiode har "
                            + year
                            + " som sit 2., 3. eller 4. år; budgettet for "
                            + year
                            + " kan ikke registreres."));
    term = periods.get(term.getId());
    term.setDate(
        PeriodDateKind.BUDGET_ADOPTION,
        term.yearNumber(year) - 1,
        new DateEntry(adoptedOn, null, "Budget " + year));
    execution.setVariable(PERIOD_ID, term.getId());
    execution.setVariable(YEAR, year);
    execution.setProcessBusinessKey(year + "/Budget vedtaget");
    required.checkRequired();
  }

  /**
   * Moves on every committee of the term that waits for this year's budget (a committee waits at
   * the start of each year after the first; one in another year is left alone).
   */
  @Override
  public void execute(DelegateExecution execution) {
    // who may register an adoption is decided by the start right (candidateStarterGroups); the
    // committees' instances are not the starter's to read, so the engine's checks are not applied
    org.camunda.bpm.engine.impl.context.Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              moveOn(execution);
              return null;
            });
  }

  private static void moveOn(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Object periodId = execution.getVariable(PERIOD_ID);
    Object year = execution.getVariable(YEAR);
    for (EventSubscription waiting :
        runtime
            .createEventSubscriptionQuery()
            .eventType("message")
            .eventName(BUDGET_ADOPTED_MESSAGE)
            .list()) {
      if (periodId.equals(runtime.getVariable(waiting.getExecutionId(), PERIOD_ID))
          && year.equals(runtime.getVariable(waiting.getExecutionId(), YEAR))) {
        runtime.messageEventReceived(BUDGET_ADOPTED_MESSAGE, waiting.getExecutionId());
      }
    }
  }
}
