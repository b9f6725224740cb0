package dk.aarshjul.cycle;

import dk.aarshjul.process.PlainText;
import dk.aarshjul.contract.ContractRepository;
import dk.aarshjul.contract.ContractStatus;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council presentation: all approved goals of the year by track and area, stored and presented. */
@Service
@Transactional
public class GoalOverviewService {

  static final int MAX_FORM_TEXT = 4000;

  private final GoalOverviewRepository overviews;
  private final ContractRepository contracts;
  private final Periods periods;

  public GoalOverviewService(GoalOverviewRepository overviews, ContractRepository contracts, Periods periods) {
    this.overviews = overviews;
    this.contracts = contracts;
    this.periods = periods;
  }

  /** Compiles (or recompiles, when a job is retried) the overview of the year's approved goals. */
  public GoalOverview compile(int year) {
    Period cycleYear = periods.budgetYear(year);
    List<DevelopmentContract> approved = contracts.findByYearYearAndStatusOrderByUnitName(year, ContractStatus.APPROVED);
    int goals = approved.stream().mapToInt(c -> c.getGoals().size()).sum();
    StringBuilder text = new StringBuilder("**Årets udviklingsmål ").append(year).append("** – ")
        .append(approved.size()).append(" godkendte kontrakter med ").append(goals).append(" mål\n\n");
    for (Aim track : cycleYear.getTracks()) {
      text.append("#### Spor ").append(track.getNumber()).append(": ").append(PlainText.markdown(track.getTitle())).append("\n\n");
      Map<String, List<String>> byArea = new TreeMap<>();
      for (DevelopmentContract contract : approved) {
        Area area = contract.getUnit().getArea();
        for (Goal goal : contract.getGoals()) {
          if (goal.getTrackNumber() == track.getNumber()) {
            byArea.computeIfAbsent(area.getName(), a -> new java.util.ArrayList<>())
                .add(PlainText.markdown(contract.getUnit().getName()) + ": " + PlainText.markdown(goal.getTitle())
                    + flags(goal));
          }
        }
      }
      if (byArea.isEmpty()) {
        text.append("_Ingen mål på dette spor._\n\n");
      }
      byArea.forEach((area, lines) -> {
        text.append("**").append(PlainText.markdown(area)).append("** (").append(lines.size()).append(" mål)\n\n");
        lines.forEach(line -> text.append("- ").append(line).append('\n'));
        text.append('\n');
      });
    }
    GoalOverview overview = overviews.findByYearYear(year).orElseGet(() -> new GoalOverview(cycleYear));
    overview.update(text.toString(), approved.size(), goals);
    return overviews.save(overview);
  }

  @Transactional(readOnly = true)
  public GoalOverview overview(int year) {
    return overviews.findByYearYear(year)
        .orElseThrow(() -> new IllegalStateException("Der er ikke sammenstillet et overblik over målene for " + year));
  }

  /** The overview as a form shows it: cut to what a String variable holds. */
  @Transactional(readOnly = true)
  public String formText(int year) {
    String content = overview(year).getContent();
    String note = "\n\n_… overblikket er forkortet her; hele overblikket er gemt i Årshjul._";
    return content.length() <= MAX_FORM_TEXT ? content : content.substring(0, MAX_FORM_TEXT - note.length()) + note;
  }

  /** Records that the council secretariat presented the overview at the council's theme meeting. */
  public void recordPresentation(int year, Object presentedOnValue, Object remarksValue, String actor) {
    LocalDate presentedOn;
    try {
      presentedOn = FormValues.parseDate(presentedOnValue);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(AnnualCycleVariables.PRESENTED_ON, "Datoen for temamødet er ikke gyldig (åååå-mm-dd).");
    }
    if (presentedOn == null) {
      throw new InvalidSubmissionException(AnnualCycleVariables.PRESENTED_ON, "Angiv datoen for temamødet.");
    }
    String remarks = FormValues.optionalText(remarksValue, AnnualCycleVariables.COUNCIL_REMARKS, "Byrådets bemærkninger",
        MAX_FORM_TEXT);
    overview(year).recordPresentation(presentedOn, remarks, actor);
  }

  private static String flags(Goal goal) {
    String flags = (goal.isMultiYear() ? "flerårigt" : "")
        + (goal.isMultiYear() && goal.isSharedWithOthers() ? ", " : "")
        + (goal.isSharedWithOthers() ? "fælles med andre enheder" : "");
    return flags.isEmpty() ? "" : " (" + flags + ")";
  }
}
