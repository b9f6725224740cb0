package dk.aarshjul.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.AreaRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.period.GoalTemplate;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The common goals of a budget year with udviklingsaftaler (Slagelse): the directorate sets goals
 * for the whole organisation (owner the municipality) and for an area (owner the area); a unit's
 * udviklingsaftale has at least one goal that is its part of a common goal that applies to it – the
 * whole organisation's or its own area's. They are body goals like the council's, kept in the goal
 * table, and a unit's goal serving one names it as its parent.
 */
@Service
@Transactional
public class CommonGoals {

  /** The most common goals of a year, the organisation's and all areas' together. */
  public static final int MAX_GOALS = 30;

  /** The scope option of the whole organisation in register-common-goals.form. */
  public static final String WHOLE_ORGANISATION = "organisation";

  static final List<GoalOwner> OWNERS = List.of(GoalOwner.MUNICIPALITY, GoalOwner.AREA);

  private final GoalRepository goals;
  private final Periods periods;
  private final AreaRepository areas;
  private final List<GoalHistory> histories;
  private final ObjectMapper objectMapper;

  CommonGoals(
      GoalRepository goals,
      Periods periods,
      AreaRepository areas,
      List<GoalHistory> histories,
      ObjectMapper objectMapper) {
    this.goals = goals;
    this.periods = periods;
    this.areas = areas;
    this.histories = histories;
    this.objectMapper = objectMapper;
  }

  /** A common goal as the directorate wrote it: for an area (by id), or the whole organisation. */
  public record Draft(Long areaId, String title, String description) {}

  /** The period's common goals – the whole organisation's and every area's – in their order. */
  @Transactional(readOnly = true)
  public List<Goal> commonGoals(long periodId) {
    return goals.findByPeriodIdAndOwnerKindInOrderByPositionAscIdAsc(periodId, OWNERS);
  }

  /** The common goals that apply to a unit: the whole organisation's and its own area's. */
  @Transactional(readOnly = true)
  public List<Goal> applyingTo(long periodId, Unit unit) {
    return commonGoals(periodId).stream()
        .filter(
            goal ->
                goal.getOwnerKind() == GoalOwner.MUNICIPALITY
                    || Objects.equals(goal.getOwnerAreaId(), unit.getArea().getId()))
        .toList();
  }

  /** Whom a common goal is for, as the forms show it: "Hele organisationen" or the area's name. */
  @Transactional(readOnly = true)
  public Map<Long, String> labels(long periodId) {
    Map<Long, String> areaNames = areaNames();
    Map<Long, String> labels = new LinkedHashMap<>();
    for (Goal goal : commonGoals(periodId)) {
      labels.put(goal.getId(), label(goal, areaNames));
    }
    return labels;
  }

  static String label(Goal goal, Map<Long, String> areaNames) {
    return scopeName(goal, areaNames) + ": " + goal.getTitle();
  }

  private static String scopeName(Goal goal, Map<Long, String> areaNames) {
    return goal.getOwnerAreaId() == null
        ? "Hele organisationen"
        : areaNames.getOrDefault(goal.getOwnerAreaId(), "Området");
  }

  private Map<Long, String> areaNames() {
    return areas.findAll().stream().collect(Collectors.toMap(Area::getId, Area::getName));
  }

  /**
   * Records the period's common goals as the directorate left them, replacing the earlier ones. A
   * goal keeps its identity – the units' goals serving it stay linked – when its wording in its
   * scope is unchanged, and a scope's goals whose wording is gone are reworded by the scope's new
   * wordings, in order. A goal left out is removed; refused when a unit's goal serves it or it has
   * results. Only a budget year with udviklingsaftaler has common goals.
   */
  public void record(long periodId, List<Draft> drafts) {
    Period period = periods.get(periodId);
    if (period.getGoalTemplate() != GoalTemplate.AGREEMENT) {
      throw new IllegalStateException(
          "Perioden " + period.getName() + " har ikke udviklingsaftaler, så ingen fælles mål.");
    }
    if (drafts.size() > MAX_GOALS) {
      throw invalid("Højst " + MAX_GOALS + " fælles mål i alt (der er " + drafts.size() + ").");
    }
    Set<String> seen = new HashSet<>();
    for (Draft draft : drafts) {
      if (!seen.add(scopeKey(draft.areaId()) + "/" + sameWording(draft.title()))) {
        throw invalid("Det fælles mål '" + draft.title() + "' står to gange for samme område.");
      }
    }
    List<Goal> before = commonGoals(periodId);
    // per scope: the goals whose wording is kept, then the rest in their order (reworded)
    Map<String, Goal> byWording = new HashMap<>();
    before.forEach(
        goal -> byWording.put(scopeKey(goal.getOwnerAreaId()) + "/" + sameWording(goal), goal));
    Set<Long> kept = new HashSet<>();
    List<Goal> matched = new ArrayList<>();
    for (Draft draft : drafts) {
      Goal same = byWording.get(scopeKey(draft.areaId()) + "/" + sameWording(draft.title()));
      matched.add(same);
      if (same != null) {
        kept.add(same.getId());
      }
    }
    Map<String, Deque<Goal>> reworded = new HashMap<>();
    before.stream()
        .filter(goal -> !kept.contains(goal.getId()))
        .forEach(
            goal ->
                reworded
                    .computeIfAbsent(scopeKey(goal.getOwnerAreaId()), key -> new ArrayDeque<>())
                    .add(goal));
    for (int i = 0; i < drafts.size(); i++) {
      if (matched.get(i) == null) {
        Goal next =
            reworded.getOrDefault(scopeKey(drafts.get(i).areaId()), new ArrayDeque<>()).poll();
        if (next != null) {
          matched.set(i, next);
          kept.add(next.getId());
        }
      }
    }
    for (Goal goal : before) {
      if (kept.contains(goal.getId())) {
        continue;
      }
      if (goals.existsByParentGoalId(goal.getId())
          || histories.stream().anyMatch(history -> history.hasResults(goal.getId()))) {
        throw invalid(
            "Det fælles mål '"
                + goal.getTitle()
                + "' indgår i en enheds udviklingsaftale og kan ikke fjernes; ret dets ordlyd"
                + " i stedet.");
      }
      goals.delete(goal);
    }
    goals.flush();
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      Goal goal = matched.get(i);
      if (goal == null) {
        goals.save(Goal.common(periodId, draft.areaId(), draft.title(), draft.description(), i));
      } else {
        goal.rewordCommon(draft.title(), draft.description(), i);
      }
    }
    goals.flush();
  }

  private static String scopeKey(Long areaId) {
    return areaId == null ? WHOLE_ORGANISATION : String.valueOf(areaId);
  }

  private static String sameWording(Goal goal) {
    return sameWording(goal.getTitle());
  }

  private static String sameWording(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }

  private static InvalidSubmissionException invalid(String message) {
    return new InvalidSubmissionException(AgreementGoalFields.COMMON_GOALS, message);
  }

  // ---- the directorate's form: register-common-goals.form
  // -----------------------------------------------------

  /**
   * Records the common goals as the directorate's form submitted them (rows of scope, goal and
   * description): a scope is the whole organisation or an area's code; every problem is refused in
   * Danish, naming the row, with nothing stored.
   */
  public void recordForm(long periodId, Object rowsValue) {
    JsonNode rows = FormValues.rows(rowsValue, AgreementGoalFields.COMMON_GOALS);
    Map<String, Area> byCode =
        areas.findAll().stream().collect(Collectors.toMap(Area::getCode, area -> area));
    List<Draft> drafts = new ArrayList<>();
    int number = 1;
    for (JsonNode row : rows) {
      String prefix = "Fælles mål " + number++ + ": ";
      String list = AgreementGoalFields.COMMON_GOALS;
      JsonNode scopeNode = row.get(AgreementGoalFields.COMMON_SCOPE.key());
      String scope = scopeNode == null || scopeNode.isNull() ? "" : scopeNode.asText("").strip();
      Long areaId;
      if (WHOLE_ORGANISATION.equals(scope)) {
        areaId = null;
      } else if (byCode.containsKey(scope)) {
        areaId = byCode.get(scope).getId();
      } else {
        throw new InvalidSubmissionException(
            list,
            prefix
                + (scope.isEmpty()
                    ? "vælg om målet gælder hele organisationen eller et område."
                    : "området '" + scope + "' findes ikke."));
      }
      drafts.add(
          new Draft(
              areaId,
              AgreementGoalFields.COMMON_TITLE.text(row, list, prefix),
              AgreementGoalFields.COMMON_DESCRIPTION.text(row, list, prefix)));
    }
    record(periodId, drafts);
  }

  /** What the directorate's form shows: the year's common goals so far, and the scopes. */
  @Transactional(readOnly = true)
  public FormView formView(long periodId) {
    Period period = periods.get(periodId);
    List<Area> allAreas =
        areas.findAll().stream().sorted(java.util.Comparator.comparing(Area::getName)).toList();
    Map<Long, String> codes =
        allAreas.stream().collect(Collectors.toMap(Area::getId, Area::getCode));
    ArrayNode rows = objectMapper.createArrayNode();
    for (Goal goal : commonGoals(periodId)) {
      rows.addObject()
          .put(
              AgreementGoalFields.COMMON_SCOPE.key(),
              goal.getOwnerAreaId() == null ? WHOLE_ORGANISATION : codes.get(goal.getOwnerAreaId()))
          .put(AgreementGoalFields.COMMON_TITLE.key(), goal.getTitle())
          .put(AgreementGoalFields.COMMON_DESCRIPTION.key(), goal.getPurpose());
    }
    ArrayNode scopes = objectMapper.createArrayNode();
    scopes.addObject().put("label", "Hele organisationen").put("value", WHOLE_ORGANISATION);
    allAreas.forEach(
        area -> scopes.addObject().put("label", area.getName()).put("value", area.getCode()));
    String info =
        "### Fælles mål for "
            + period.getName()
            + "\n\nFastlæg årets fælles mål for hele organisationen og for de enkelte områder."
            + " Hver enheds udviklingsaftale skal have mindst ét mål, der bidrager til et af de"
            + " fælles mål, som gælder for enheden: hele organisationens eller enhedens eget"
            + " områdes. Få og klare mål – målaftaler må ikke suboptimere den enkelte enhed, der"
            + " skal tænkes i fællesskaber."
            + "\n\nEt mål, som en enheds udviklingsaftale allerede bidrager til, kan ikke"
            + " fjernes; ret dets ordlyd i stedet (aftalen følger med).";
    return new FormView(FormValues.fitForm(info), rows.toString(), scopes.toString());
  }

  /** Values of register-common-goals.form. */
  public record FormView(String info, String commonGoalsJson, String scopeOptionsJson) {}
}
