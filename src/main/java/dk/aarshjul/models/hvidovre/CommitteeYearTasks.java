package dk.aarshjul.models.hvidovre;

import static dk.aarshjul.models.hvidovre.HvidovreVariables.*;

import dk.aarshjul.period.PeriodVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What a committee-year task knows of its place: term, year and committee. */
record CommitteeYearTasks(long periodId, int year, String committeeCode) {

  static CommitteeYearTasks of(DelegateTask task) {
    return new CommitteeYearTasks(
        PeriodVariables.PERIOD.get(task),
        PeriodVariables.YEAR.get(task),
        (String) task.getVariable(COMMITTEE_CODE));
  }
}
