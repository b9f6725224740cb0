package dk.aarshjul.period;

import dk.aarshjul.process.Variable;

/** The process variable every model and block carries to name its period; declared once. */
public final class PeriodVariables {

  /** A budget year's year (an integer, e.g. 2027). */
  public static final Variable<Integer> YEAR = Variable.integer("year");

  private PeriodVariables() {}
}
