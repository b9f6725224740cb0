package dk.aarshjul.models.slagelse;

import dk.aarshjul.models.GovernanceModel;
import dk.aarshjul.period.Periods;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Slagelse's interplay with the political level (seed 002), per budget year: a code of conduct in
 * force, the directorate's common goals, each standing committee's fixed dialogue meetings at its
 * institutions, an udviklingsaftale between each unit and its committee followed up
 * red/yellow/green; a unit is heard before its committee treats a case about it (its own process).
 */
@Component
class SlagelseModel implements GovernanceModel {

  private final Periods periods;

  SlagelseModel(Periods periods) {
    this.periods = periods;
  }

  @Override
  public String code() {
    return "slagelse";
  }

  @Override
  public String name() {
    return "Slagelses samspil med det politiske niveau";
  }

  @Override
  public String mainProcessKey() {
    return SlagelseVariables.PROCESS_KEY;
  }

  @Override
  public Map<String, Object> startVariables(int year) {
    return Map.of(SlagelseVariables.YEAR, year);
  }

  @Override
  public boolean startedFor(int year) {
    return periods.findBudgetYear(year).isPresent();
  }
}
