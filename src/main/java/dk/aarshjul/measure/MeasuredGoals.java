package dk.aarshjul.measure;

import dk.aarshjul.contract.GoalHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A goal with an indicator is measured: its values must stay linked to it. */
@Component
class MeasuredGoals implements GoalHistory {

  private final IndicatorRepository indicators;

  MeasuredGoals(IndicatorRepository indicators) {
    this.indicators = indicators;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean hasResults(Long goalId) {
    return goalId != null && indicators.findByGoalId(goalId).isPresent();
  }
}
