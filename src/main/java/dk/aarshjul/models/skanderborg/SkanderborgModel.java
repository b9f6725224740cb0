package dk.aarshjul.models.skanderborg;

import dk.aarshjul.models.GovernanceModel;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Skanderborg's model (seed 003): the council's theme meeting, the directorate's tracks (DUS), a
 * development contract per unit, contract dialogues, two follow-up rounds and the year-end report,
 * for one budget year.
 */
@Component
class SkanderborgModel implements GovernanceModel {

  private final dk.aarshjul.period.Periods periods;

  SkanderborgModel(dk.aarshjul.period.Periods periods) {
    this.periods = periods;
  }

  @Override
  public boolean startedFor(int year) {
    return periods.findBudgetYear(year).isPresent();
  }

  @Override
  public String code() {
    return "skanderborg";
  }

  @Override
  public String name() {
    return "Skanderborg-modellen";
  }

  @Override
  public String mainProcessKey() {
    return AnnualCycleVariables.PROCESS_KEY;
  }

  @Override
  public Map<String, Object> startVariables(int year) {
    return Map.of(AnnualCycleVariables.YEAR, year);
  }
}
