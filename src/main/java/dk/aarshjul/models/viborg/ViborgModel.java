package dk.aarshjul.models.viborg;

import dk.aarshjul.models.GovernanceModel;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Viborg's Sammenhængsmodel (seed 001): per election term the council itself sets its themes and
 * goals in a political workshop and adopts the model, each goal is measured by register data or the
 * citizen survey, the committees prioritise the goals, and progress is published on the public
 * Sammenhængsbarometer.
 */
@Component
class ViborgModel implements GovernanceModel {

  private final Periods periods;

  ViborgModel(Periods periods) {
    this.periods = periods;
  }

  /** Only in the first year of an election term (2026, 2030, …). */
  @Override
  public boolean startsIn(int year) {
    return Period.termStartingIn(year) == year;
  }

  @Override
  public boolean startedFor(int year) {
    return periods.findElectionTerm(year).isPresent();
  }

  @Override
  public String code() {
    return "viborg";
  }

  @Override
  public String name() {
    return "Viborgs Sammenhængsmodel";
  }

  @Override
  public String mainProcessKey() {
    return ViborgVariables.PROCESS_KEY;
  }

  @Override
  public Map<String, Object> startVariables(int year) {
    return Map.of(ViborgVariables.FIRST_YEAR, year);
  }
}
