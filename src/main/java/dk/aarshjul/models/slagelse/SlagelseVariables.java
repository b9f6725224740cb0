package dk.aarshjul.models.slagelse;

import dk.aarshjul.period.PeriodVariables;
import java.util.Set;

/** Variable names of Slagelse's main process slagelse-year.bpmn; declared once. */
public final class SlagelseVariables {

  public static final String PROCESS_KEY = "slagelse-year";

  /** The budget year (start form, then the opened year). */
  public static final String YEAR = PeriodVariables.YEAR.name();

  /** The budget year's period. */
  public static final String PERIOD_ID = PeriodVariables.PERIOD.name();

  /** Everything allowed in the process scope. */
  public static final Set<String> PROCESS_SCOPE = Set.of(YEAR, PERIOD_ID);

  private SlagelseVariables() {}
}
