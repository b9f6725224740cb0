package dk.aarshjul.models.skanderborg;

import static dk.aarshjul.followup.FollowUpVariables.*;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.reporting.YearEndReportService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Main process, at the end of the year: compiles and stores the year-end report for directorate and
 * council.
 */
@Component("compileYearEndReportDelegate")
class CompileYearEndReportDelegate implements JavaDelegate {

  private final YearEndReportService yearEndReports;

  public CompileYearEndReportDelegate(YearEndReportService yearEndReports) {
    this.yearEndReports = yearEndReports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    yearEndReports.compile(PeriodVariables.YEAR.get(execution));
  }
}
