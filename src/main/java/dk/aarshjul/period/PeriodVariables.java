package dk.aarshjul.period;

import dk.aarshjul.process.Variable;

/** The process variable every model and block carries to name its period; declared once. */
public final class PeriodVariables {

  /** A budget year's year (an integer, e.g. 2027). */
  public static final Variable<Integer> YEAR = Variable.integer("year");

  /** The period's id, carried by a model that works in a term (e.g. Hvidovre). */
  public static final Variable<Long> PERIOD = Variable.id("periodId");

  /** The first year of an election term a model opens (its start form). */
  public static final Variable<Integer> FIRST_YEAR = Variable.integer("firstYear");

  private PeriodVariables() {}
}
