package dk.aarshjul.models.viborg;

import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.measure.IndicatorForm;
import dk.aarshjul.measure.IndicatorForm.MeasuredGoal;
import dk.aarshjul.process.FormTaskListener;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The data team says how each adopted goal is measured – register data or a survey question, target
 * and direction – and which coherence statements the survey asks.
 */
@Component("defineMeasurementTaskListener")
class DefineMeasurementTaskListener extends FormTaskListener {

  private final IndicatorForm form;
  private final CouncilGoals councilGoals;

  DefineMeasurementTaskListener(IndicatorForm form, CouncilGoals councilGoals) {
    super(ViborgVariables.PROCESS_SCOPE);
    this.form = form;
    this.councilGoals = councilGoals;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long periodId = (Long) task.getVariable(ViborgVariables.PERIOD_ID);
    int firstYear = (Integer) task.getVariable(ViborgVariables.FIRST_YEAR);
    IndicatorForm.Prefill prefill = form.prefill(periodId, goals(periodId), firstYear);
    task.setVariableLocal(
        ViborgVariables.MEASUREMENT_INFO,
        "### Målingen af byrådets målsætninger\n\nAngiv for hver målsætning, hvordan den måles: med "
            + "registerdata (en indikator, som forvaltningen leverer tal til) eller med borgermålingen (et "
            + "spørgsmål; andelen, der giver de svar, som tælles med). Angiv målet for valgperiodens sidste år, "
            + "og om et højere eller et lavere tal er bedst. Tilføj borgermålingens udsagn om sammenhæng på "
            + "tværs. Målingen offentliggøres på Sammenhængsbarometeret sammen med de første kontrollerede data.");
    task.setVariableLocal(
        IndicatorForm.INDICATORS, SpinValues.jsonValue(prefill.indicatorsJson()).create());
    task.setVariableLocal(
        IndicatorForm.STATEMENTS, SpinValues.jsonValue(prefill.statementsJson()).create());
    task.setVariableLocal(IndicatorForm.BASELINE_YEAR_KEY, prefill.baselineYear());
  }

  @Override
  protected void submit(DelegateTask task) {
    long periodId = (Long) task.getVariable(ViborgVariables.PERIOD_ID);
    form.submit(
        periodId,
        goals(periodId),
        task.getVariable(IndicatorForm.INDICATORS),
        task.getVariable(IndicatorForm.STATEMENTS),
        task.getVariable(IndicatorForm.BASELINE_YEAR_KEY));
  }

  private List<MeasuredGoal> goals(long periodId) {
    return councilGoals.ofPeriod(periodId).stream()
        .map(goal -> new MeasuredGoal(goal.getId(), goal.getTitle()))
        .toList();
  }
}
