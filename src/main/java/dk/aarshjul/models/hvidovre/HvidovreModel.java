package dk.aarshjul.models.hvidovre;

import dk.aarshjul.models.GovernanceModel;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Hvidovre's dialogue-based model (seed 004): per standing committee and election term, knowledge
 * and status, dialogue meetings with the institutions, political beacons, goals for the whole term
 * per institution, a budget adjustment after each budget adoption and a yearly red/yellow/green
 * follow-up.
 */
@Component
class HvidovreModel implements GovernanceModel {

  private final dk.aarshjul.period.Periods periods;

  HvidovreModel(dk.aarshjul.period.Periods periods) {
    this.periods = periods;
  }

  /** Only in the first year of an election term (2026, 2030, …). */
  @Override
  public boolean startsIn(int year) {
    return dk.aarshjul.period.Period.termStartingIn(year) == year;
  }

  @Override
  public boolean startedFor(int year) {
    return periods.findElectionTerm(year).isPresent();
  }

  @Override
  public String code() {
    return "hvidovre";
  }

  @Override
  public String name() {
    return "Hvidovres dialogbaserede styringsmodel";
  }

  @Override
  public String mainProcessKey() {
    return HvidovreVariables.PROCESS_KEY;
  }

  @Override
  public Map<String, Object> startVariables(int year) {
    return Map.of(HvidovreVariables.FIRST_YEAR, year);
  }
}
