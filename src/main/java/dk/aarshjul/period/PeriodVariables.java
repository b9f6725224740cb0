package dk.aarshjul.period;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process variable every model and block carries to name its period; declared once. */
public final class PeriodVariables {

  /** A budget year's year (an integer, e.g. 2027). */
  public static final String YEAR = "year";

  /** The budget year a process (or task) runs for; a missing or non-integer year is an error of the model. */
  public static int year(VariableScope scope) {
    if (!(scope.getVariable(YEAR) instanceof Number number) || number.intValue() != number.doubleValue()) {
      throw new IllegalStateException("Procesvariablen " + YEAR + " mangler eller er ikke et helt tal");
    }
    return number.intValue();
  }

  private PeriodVariables() {}
}
