package dk.aarshjul.followup;

import dk.aarshjul.contract.GoalHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A goal has results once a follow-up reported on it. */
@Component
class FollowUpGoalHistory implements GoalHistory {

  private final FollowUpReportRepository reports;

  FollowUpGoalHistory(FollowUpReportRepository reports) {
    this.reports = reports;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean hasResults(Long goalId) {
    return goalId != null && reports.hasStatusOfGoal(goalId);
  }
}
