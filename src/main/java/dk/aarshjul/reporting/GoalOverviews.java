package dk.aarshjul.reporting;

import dk.aarshjul.contract.ContractRepository;
import dk.aarshjul.contract.ContractStatus;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.Periods;
import dk.aarshjul.reporting.GoalOverviewReport.AimGoals;
import dk.aarshjul.reporting.GoalOverviewReport.AreaGoals;
import dk.aarshjul.reporting.GoalOverviewReport.GoalLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goal overview of a budget year, queried from the approved contracts whenever it is shown. */
@Service
@Transactional(readOnly = true)
public class GoalOverviews {

  private final ContractRepository contracts;
  private final Periods periods;

  public GoalOverviews(ContractRepository contracts, Periods periods) {
    this.contracts = contracts;
    this.periods = periods;
  }

  public GoalOverviewReport of(int year) {
    List<DevelopmentContract> approved =
        contracts.findByYearYearAndStatusOrderByUnitName(year, ContractStatus.APPROVED);
    int goals = approved.stream().mapToInt(c -> c.getGoals().size()).sum();
    List<AimGoals> aims = new ArrayList<>();
    for (Aim track : periods.budgetYear(year).getTracks()) {
      Map<String, List<GoalLine>> byArea = new TreeMap<>();
      for (DevelopmentContract contract : approved) {
        for (Goal goal : contract.getGoals()) {
          if (goal.getTrackNumber() == track.getNumber()) {
            byArea
                .computeIfAbsent(contract.getUnit().getArea().getName(), area -> new ArrayList<>())
                .add(
                    new GoalLine(
                        contract.getUnit().getName(),
                        goal.getTitle(),
                        goal.isMultiYear(),
                        goal.isSharedWithOthers()));
          }
        }
      }
      List<AreaGoals> areas = new ArrayList<>();
      byArea.forEach((area, lines) -> areas.add(new AreaGoals(area, lines)));
      aims.add(new AimGoals(track.getNumber(), track.getTitle(), areas));
    }
    return new GoalOverviewReport(year, approved.size(), goals, aims);
  }
}
