package dk.aarshjul.contract;

import dk.aarshjul.period.Aim;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodRepository;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's own goals for a period (målsætninger: owner the municipality), each under one of
 * the period's themes (an aim): set by the council itself at its theme meetings (Viborg's political
 * workshop, the administration keeping the record) and measured for everyone to follow.
 */
@Service
@Transactional
public class CouncilGoals {

  public static final int MAX_THEMES = 10;
  public static final int MAX_GOALS = 60;

  private final GoalRepository goals;
  private final PeriodRepository periods;
  private final List<GoalHistory> histories;
  private final GoalCommitteeRepository priorities;

  CouncilGoals(
      GoalRepository goals,
      PeriodRepository periods,
      List<GoalHistory> histories,
      GoalCommitteeRepository priorities) {
    this.goals = goals;
    this.periods = periods;
    this.histories = histories;
    this.priorities = priorities;
  }

  /**
   * Records which of the period's council goals a committee works on first, replacing its earlier
   * choice; at least one.
   */
  public void prioritise(long periodId, long committeeId, List<Long> goalIds) {
    List<Long> periodGoals = ofPeriod(periodId).stream().map(Goal::getId).toList();
    if (goalIds.isEmpty()) {
      throw new InvalidSubmissionException(
          "prioritisedGoals", "Vælg mindst én målsætning, som udvalget vil arbejde med først.");
    }
    if (!periodGoals.containsAll(goalIds)) {
      throw new InvalidSubmissionException(
          "prioritisedGoals", "Udvalget kan kun vælge blandt byrådets målsætninger for perioden.");
    }
    priorities.deleteAll(priorities.findByCommitteeIdAndGoalIdIn(committeeId, periodGoals));
    priorities.flush();
    goalIds.stream().distinct().forEach(id -> priorities.save(new GoalCommittee(id, committeeId)));
  }

  /** Per council goal of the period (by id), the committees (by id) that work on it first. */
  @Transactional(readOnly = true)
  public Map<Long, List<Long>> prioritisingCommittees(long periodId) {
    List<Long> periodGoals = ofPeriod(periodId).stream().map(Goal::getId).toList();
    Map<Long, List<Long>> committees = new java.util.LinkedHashMap<>();
    periodGoals.forEach(id -> committees.put(id, new ArrayList<>()));
    priorities.findByGoalIdIn(periodGoals).stream()
        .sorted(java.util.Comparator.comparing(GoalCommittee::getCommitteeId))
        .forEach(p -> committees.get(p.getGoalId()).add(p.getCommitteeId()));
    return committees;
  }

  /** A theme as the meeting left it, with its goals in order. */
  public record ThemeDraft(String title, String description, List<GoalDraft> goals) {}

  /** A goal as the meeting left it; {@code id} is the goal's when it existed before. */
  public record GoalDraft(Long id, String title, String description) {}

  /** What a meeting changed, in Danish, one line per change; empty when nothing changed. */
  public record Changes(List<String> lines) {

    public boolean any() {
      return !lines.isEmpty();
    }
  }

  /** The period's council goals in their order. */
  @Transactional(readOnly = true)
  public List<Goal> ofPeriod(long periodId) {
    return goals.findByPeriodIdAndOwnerKindOrderByPositionAscIdAsc(
        periodId, GoalOwner.MUNICIPALITY);
  }

  /**
   * Records the themes and goals as a theme meeting left them: the n-th theme is theme n (its goals
   * keep serving it), a goal with an id keeps its identity (its measurements stay linked), goals
   * left out are removed – refused when a goal left out already has results. Texts are checked by
   * the caller's form fields; here the structure is.
   */
  public Changes record(long periodId, List<ThemeDraft> themes) {
    Period period =
        periods
            .findById(periodId)
            .orElseThrow(
                () -> new IllegalArgumentException("Periode " + periodId + " findes ikke"));
    if (themes.isEmpty() || themes.size() > MAX_THEMES) {
      throw new InvalidSubmissionException("themes", "Angiv fra 1 til " + MAX_THEMES + " temaer.");
    }
    int goalCount = themes.stream().mapToInt(t -> t.goals().size()).sum();
    if (goalCount > MAX_GOALS) {
      throw new InvalidSubmissionException(
          "themes", "Højst " + MAX_GOALS + " målsætninger i alt (der er " + goalCount + ").");
    }
    Map<Long, Goal> existing = new HashMap<>();
    ofPeriod(periodId).forEach(goal -> existing.put(goal.getId(), goal));
    Set<Long> kept = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (ThemeDraft theme : themes) {
      for (GoalDraft goal : theme.goals()) {
        if (goal.id() != null && (!existing.containsKey(goal.id()) || !kept.add(goal.id()))) {
          throw new InvalidSubmissionException(
              "themes", "Målsætningen '" + goal.title() + "' findes ikke i perioden.");
        }
        if (!titles.add(goal.title().toLowerCase(Locale.ROOT))) {
          throw new InvalidSubmissionException(
              "themes", "Målsætningen '" + goal.title() + "' står to gange.");
        }
      }
    }
    List<String> changes = new ArrayList<>();
    for (Goal goal : existing.values()) {
      if (!kept.contains(goal.getId())
          && histories.stream().anyMatch(history -> history.hasResults(goal.getId()))) {
        throw new InvalidSubmissionException(
            "themes",
            "Målsætningen '"
                + goal.getTitle()
                + "' måles og kan ikke fjernes; ret dens ordlyd i stedet.");
      }
    }
    List<Aim> before = period.aims(AimKind.THEME);
    Map<Integer, String> themeTitlesBefore = new HashMap<>();
    before.forEach(aim -> themeTitlesBefore.put(aim.getNumber(), aim.getTitle()));
    for (Goal goal : existing.values()) {
      if (!kept.contains(goal.getId())) {
        changes.add("Målsætning fjernet: " + goal.getTitle());
        goals.delete(goal);
      }
    }
    goals.flush();
    period.reviseAims(
        AimKind.THEME,
        themes.stream().map(t -> new Period.AimText(t.title(), t.description())).toList());
    periods.saveAndFlush(period);
    List<Aim> aims = period.aims(AimKind.THEME);
    for (int i = 0; i < themes.size(); i++) {
      String previous = themeTitlesBefore.get(i + 1);
      if (previous == null) {
        changes.add("Tema tilføjet: " + themes.get(i).title());
      } else if (!previous.equals(themes.get(i).title())) {
        changes.add("Tema " + (i + 1) + " omdøbt: " + previous + " → " + themes.get(i).title());
      }
    }
    themeTitlesBefore.keySet().stream()
        .filter(number -> number > themes.size())
        .sorted()
        .forEach(number -> changes.add("Tema fjernet: " + themeTitlesBefore.get(number)));
    int position = 1;
    for (int i = 0; i < themes.size(); i++) {
      long aimId = aims.get(i).getId();
      for (GoalDraft draft : themes.get(i).goals()) {
        if (draft.id() == null) {
          Goal goal =
              Goal.ofBody(
                  GoalOwner.MUNICIPALITY,
                  null,
                  periodId,
                  aimId,
                  null,
                  draft.title(),
                  draft.description(),
                  null,
                  null,
                  false);
          goal.rewriteCouncilGoal(aimId, draft.title(), draft.description(), position++);
          goals.save(goal);
          changes.add("Målsætning tilføjet: " + draft.title());
        } else {
          Goal goal = existing.get(draft.id());
          boolean moved = !Objects.equals(goal.getAimId(), aimId);
          if (!goal.getTitle().equals(draft.title())) {
            changes.add("Målsætning omformuleret: " + goal.getTitle() + " → " + draft.title());
          } else if (!Objects.equals(goal.getPurpose(), draft.description())) {
            changes.add("Uddybning ændret: " + draft.title());
          }
          if (moved) {
            changes.add("Målsætning flyttet til " + themes.get(i).title() + ": " + draft.title());
          }
          goal.rewriteCouncilGoal(aimId, draft.title(), draft.description(), position++);
        }
      }
    }
    goals.flush();
    period.removeAimsAbove(AimKind.THEME, themes.size());
    periods.saveAndFlush(period);
    return new Changes(List.copyOf(changes));
  }
}
