package dk.aarshjul.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import dk.aarshjul.reporting.GoalResults;
import dk.aarshjul.reporting.MarkdownReports;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's dialogue meetings with its institutions (Hvidovre's step 2): the committee decides
 * their form (meeting model per group of institutions, facilitation, joint meetings), the meetings
 * are planned from it, each leader brings input from staff and board, and the meeting records the
 * follow-up of last year's goals and the committee's wishes per institution. Staff and support
 * units have their dialogue with the directorate instead.
 */
@Service
@Transactional
public class CommitteeDialogues {

  /** The meeting models a committee can choose (the seed's meeting models 1–3). */
  static final List<MeetingModel> COMMITTEE_MODELS =
      List.of(MeetingModel.SAME_UNIT_TYPE, MeetingModel.SAME_DISTRICT, MeetingModel.SINGLE_UNIT);

  private final CommitteeDialoguePlanRepository plans;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final DialogueMeetingRepository meetings;
  private final DialogueParticipantRepository participants;
  private final CommitteeRepository committees;
  private final UnitRepository units;
  private final Periods periods;
  private final GoalResults results;
  private final ObjectMapper objectMapper;
  private final int maxUnitsPerMeeting;

  public CommitteeDialogues(
      CommitteeDialoguePlanRepository plans,
      DialogueMeetingRepository meetings,
      DialogueParticipantRepository participants,
      CommitteeRepository committees,
      UnitRepository units,
      Periods periods,
      GoalResults results,
      ObjectMapper objectMapper,
      org.springframework.context.ApplicationEventPublisher events,
      @org.springframework.beans.factory.annotation.Value(
              "${aarshjul.dialogue.max-units-per-meeting:12}")
          int maxUnitsPerMeeting) {
    this.maxUnitsPerMeeting = maxUnitsPerMeeting;
    this.events = events;
    this.plans = plans;
    this.meetings = meetings;
    this.participants = participants;
    this.committees = committees;
    this.units = units;
    this.periods = periods;
    this.results = results;
    this.objectMapper = objectMapper;
  }

  // ---- the committee decides the form of its dialogue meetings
  // --------------------------------------

  /**
   * The rows of the decision form: one per group of the committee's institutions (unit type; staff
   * units excluded), with the model decided so far (all of one type together by default).
   */
  @Transactional(readOnly = true)
  public String modelRowsJson(long periodId, int year, String committeeCode) {
    Committee committee = committee(committeeCode);
    CommitteeDialoguePlan plan =
        plans
            .findByPeriodIdAndPlanYearAndCommitteeId(periodId, year, committee.getId())
            .orElse(null);
    ArrayNode rows = objectMapper.createArrayNode();
    for (String unitType : groupsOf(committeeCode)) {
      rows.addObject()
          .put(DialogueVariables.ROW_GROUP, groupLabel(unitType))
          .put(
              DialogueVariables.ROW_MEETING_MODEL,
              (plan == null ? MeetingModel.SAME_UNIT_TYPE : plan.modelFor(unitType)).name());
    }
    return rows.toString();
  }

  /** The meeting models a committee can choose, as form options. */
  public String modelOptionsJson() {
    ArrayNode options = objectMapper.createArrayNode();
    for (int i = 0; i < COMMITTEE_MODELS.size(); i++) {
      MeetingModel model = COMMITTEE_MODELS.get(i);
      options
          .addObject()
          .put("label", "Mødemodel " + (i + 1) + ": " + model.label())
          .put("value", model.name());
    }
    return options.toString();
  }

  /** The other committees a committee can meet jointly with, as form options. */
  @Transactional(readOnly = true)
  public String jointOptionsJson(String committeeCode) {
    ArrayNode options = objectMapper.createArrayNode();
    for (Committee other : committeesWithUnits()) {
      if (!other.getCode().equals(committeeCode)) {
        options.addObject().put("label", other.getName()).put("value", other.getCode());
      }
    }
    return options.toString();
  }

  /** The committees with active units, by name: those a model runs its dialogue per. */
  @Transactional(readOnly = true)
  public List<Committee> committeesWithUnits() {
    Set<String> codes =
        units.findByActiveTrueOrderByName().stream()
            .map(unit -> unit.getCommittee().getCode())
            .collect(Collectors.toSet());
    return committees.findAllByOrderByKindAscNameAsc().stream()
        .filter(committee -> codes.contains(committee.getCode()))
        .toList();
  }

  /**
   * Records the committee's decision: a model for each group of its institutions (one row per
   * group, as shown), facilitation, and the committees it meets jointly with.
   */
  public CommitteeDialoguePlan decide(
      long periodId,
      int year,
      String committeeCode,
      String modelRowsJson,
      Object facilitatedValue,
      List<String> jointCodes,
      String actor) {
    Committee committee = committee(committeeCode);
    List<String> groups = groupsOf(committeeCode);
    Map<String, MeetingModel> chosen = parseModels(modelRowsJson, groups);
    if (facilitatedValue != null && !(facilitatedValue instanceof Boolean)) {
      throw new InvalidSubmissionException(
          DialogueVariables.FACILITATED, "'Faciliterede møder' skal være ja eller nej.");
    }
    List<Committee> joint = new ArrayList<>();
    for (String code : new LinkedHashSet<>(jointCodes)) {
      Committee other =
          committees
              .findByCode(code)
              .filter(c -> !c.getCode().equals(committeeCode))
              .orElseThrow(
                  () ->
                      new InvalidSubmissionException(
                          DialogueVariables.JOINT_COMMITTEES,
                          "Udvalget '" + code + "' kan ikke vælges til et fælles møde."));
      joint.add(other);
    }
    CommitteeDialoguePlan plan =
        plans
            .findByPeriodIdAndPlanYearAndCommitteeId(periodId, year, committee.getId())
            .orElseGet(() -> new CommitteeDialoguePlan(periodId, year, committee));
    if (!meetings.findOfCommittee(periodId, year, committeeCode).isEmpty()) {
      throw new InvalidSubmissionException(
          DialogueVariables.MEETING_MODELS,
          "Dialogmøderne for " + year + " er allerede planlagt; deres form kan ikke ændres nu.");
    }
    plan.decide(chosen, Boolean.TRUE.equals(facilitatedValue), joint, actor);
    return plans.saveAndFlush(plan);
  }

  private Map<String, MeetingModel> parseModels(String json, List<String> groups) {
    JsonNode root;
    try {
      root = json == null ? null : objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalidModels("Mødemodellerne kunne ikke læses. Udfyld formularen igen.");
    }
    if (root == null || !root.isArray() || root.size() != groups.size()) {
      throw invalidModels(
          "Vælg én mødemodel for hver gruppe af institutioner ("
              + groups.size()
              + "). Grupper kan ikke tilføjes eller fjernes.");
    }
    Map<String, MeetingModel> chosen = new LinkedHashMap<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode row = root.get(i);
      // the rows are the groups in the order shown (the form cannot add or remove one)
      String unitType = groups.get(i);
      if (!groupLabel(unitType).equals(row.path(DialogueVariables.ROW_GROUP).asText(null))) {
        throw invalidModels(
            "Række " + (i + 1) + " skal være gruppen " + groupLabel(unitType) + ".");
      }
      String value = row.path(DialogueVariables.ROW_MEETING_MODEL).asText("");
      MeetingModel model =
          COMMITTEE_MODELS.stream()
              .filter(m -> m.name().equals(value))
              .findFirst()
              .orElseThrow(() -> invalidModels("Vælg mødemodel for " + groupLabel(unitType) + "."));
      chosen.put(unitType, model);
    }
    return chosen;
  }

  // ---- planning
  // ----------------------------------------------------------------------------------

  /**
   * Creates the committee's meetings of the year from its decision (all of one type together by
   * default when it decided nothing): institutions by model, staff units with the directorate.
   * Idempotent: a unit already in a meeting of the year is left alone. Returns the meeting ids by
   * title.
   */
  public List<Long> plan(long periodId, int year, String committeeCode) {
    Committee committee = committee(committeeCode);
    Period period = periods.get(periodId);
    if (!period.covers(year)) {
      throw new IllegalStateException(year + " ligger ikke i perioden " + period.getName());
    }
    CommitteeDialoguePlan plan =
        plans
            .findByPeriodIdAndPlanYearAndCommitteeId(periodId, year, committee.getId())
            .orElse(null);
    Map<String, DialogueMeeting> byTitle = new HashMap<>();
    List<DialogueMeeting> existing =
        meetings.findByYearIdAndMeetingYearOrderByTitle(periodId, year);
    existing.forEach(meeting -> byTitle.put(meeting.getTitle(), meeting));
    for (Unit unit : units.findByCommitteeCodeAndActiveTrueOrderByName(committeeCode)) {
      if (existing.stream()
          .anyMatch(
              meeting ->
                  Objects.equals(meeting.getCommittee(), committee)
                      && meeting.hasUnit(unit.getId()))) {
        continue;
      }
      MeetingKind kind = unit.isStaff() ? MeetingKind.DIRECTORATE : MeetingKind.COMMITTEE;
      MeetingModel model =
          unit.isStaff() || plan == null
              ? MeetingModel.SAME_UNIT_TYPE
              : plan.modelFor(unit.getUnitType());
      String title = title(kind, model, committee, unit);
      // a meeting is around one table (aarshjul.dialogue.max-units-per-meeting, as for contract
      // dialogues): a larger group meets as "title", "title (2)", …
      DialogueMeeting meeting = null;
      for (int number = 1; meeting == null; number++) {
        String numbered = number == 1 ? title : title + " (" + number + ")";
        DialogueMeeting candidate = byTitle.get(numbered);
        if (candidate == null) {
          meeting =
              meetings.save(
                  new DialogueMeeting(
                      period,
                      year,
                      kind,
                      committee,
                      kind == MeetingKind.COMMITTEE && plan != null
                          ? plan.getJointCommittees()
                          : Set.of(),
                      kind == MeetingKind.COMMITTEE && plan != null && plan.isFacilitated(),
                      model,
                      numbered));
          byTitle.put(numbered, meeting);
        } else if (candidate.getStatus() == MeetingStatus.PLANNED
            && candidate.getParticipants().size() < maxUnitsPerMeeting) {
          meeting = candidate;
        }
      }
      meeting.addParticipant(unit);
    }
    meetings.flush();
    return meetingIds(periodId, year, committeeCode);
  }

  /** The committee's meeting ids of the year by title: the collection of the model's call. */
  @Transactional(readOnly = true)
  public List<Long> meetingIds(long periodId, int year, String committeeCode) {
    return meetings.findOfCommittee(periodId, year, committeeCode).stream()
        .map(DialogueMeeting::getId)
        .toList();
  }

  static String title(MeetingKind kind, MeetingModel model, Committee committee, Unit unit) {
    if (kind == MeetingKind.DIRECTORATE) {
      return "Direktionen – stabe under " + committee.getName();
    }
    String prefix = committee.getName() + " – ";
    return switch (model) {
      case SAME_UNIT_TYPE -> prefix + groupLabel(unit.getUnitType());
      case SAME_DISTRICT ->
          prefix + (unit.getDistrict() == null ? unit.getName() : unit.getDistrict().getName());
      case SINGLE_UNIT, WHOLE_AREA -> prefix + unit.getName();
    };
  }

  // ---- input from staff and board before the meeting
  // ---------------------------------------------

  @Transactional(readOnly = true)
  public DialogueParticipant participant(long participantId) {
    return participants
        .findById(participantId)
        .orElseThrow(() -> new IllegalStateException("Deltager " + participantId + " findes ikke"));
  }

  /** The participants of a meeting that collects input, by unit name: the multi-instance. */
  @Transactional(readOnly = true)
  public List<Long> participantIds(long meetingId) {
    return meeting(meetingId).participantsByUnit().stream()
        .map(DialogueParticipant::getId)
        .toList();
  }

  /** The leader of the participating unit. */
  @Transactional(readOnly = true)
  public String leaderGroup(long participantId) {
    return dk.aarshjul.organisation.Groups.contractHolder(
        participant(participantId).getUnit().getCode());
  }

  /** What the input form shows: the meeting and the unit's latest results. */
  @Transactional(readOnly = true)
  public InputView inputView(long participantId) {
    DialogueParticipant participant = participant(participantId);
    DialogueMeeting meeting = participant.getMeeting();
    Unit unit = participant.getUnit();
    String info =
        "### Input til dialogmødet: "
            + PlainText.markdown(meeting.getTitle())
            + "\n\n"
            + PlainText.markdown(unit.getName())
            + (meeting.getPlannedDate() == null
                ? ""
                : " mødes " + DialogueService.danish(meeting.getPlannedDate()))
            + (meeting.getPlace() == null ? "" : " – " + PlainText.markdown(meeting.getPlace()))
            + " med "
            + (meeting.getKind() == MeetingKind.DIRECTORATE
                ? "direktionen"
                : PlainText.markdown(committeeNames(meeting)))
            + ". Hav en dialog med medarbejderne"
            + (unit.hasBoard() ? " og bestyrelsen" : "")
            + " om de kommende års udvikling, og skriv deres input her.\n\n"
            + MarkdownReports.goalResults(
                results.latestBefore(meeting.getMeetingYear(), List.of(unit.getId())).values(),
                "Enheden har ingen godkendt opfølgning fra tidligere år.");
    return new InputView(
        unit.getName(),
        unit.hasBoard(),
        FormValues.fitForm(info),
        participant.getStaffInput(),
        participant.getBoardInput());
  }

  /** Stores the input the leader brings from staff and, where it exists, the board. */
  public void recordInput(long participantId, Object staffValue, Object boardValue, String actor) {
    DialogueParticipant participant = participant(participantId);
    if (participant.getMeeting().getStatus() != MeetingStatus.PLANNED) {
      throw new InvalidSubmissionException(
          DialogueVariables.STAFF_INPUT, "Dialogmødet er allerede holdt.");
    }
    String staff =
        DialogueFields.STAFF_INPUT.requiredValue(
            staffValue, "Skriv medarbejdernes input til dialogmødet.");
    String board;
    if (participant.getUnit().hasBoard()) {
      board =
          DialogueFields.BOARD_INPUT.requiredValue(
              boardValue, "Skriv bestyrelsens input til dialogmødet.");
    } else {
      board = DialogueFields.BOARD_INPUT.optionalValue(boardValue);
    }
    participant.recordInput(staff, board, actor);
  }

  // ---- holding the meeting
  // -------------------------------------------------------------------------

  /** What the minutes form shows: the meeting, each unit's input and last year's results. */
  @Transactional(readOnly = true)
  public HoldView holdView(long meetingId) {
    DialogueMeeting meeting = meeting(meetingId);
    List<DialogueParticipant> taking = meeting.participantsByUnit();
    Map<Long, GoalResults.UnitResults> latest =
        results.latestBefore(
            meeting.getMeetingYear(), taking.stream().map(p -> p.getUnit().getId()).toList());
    StringBuilder info =
        new StringBuilder("### Dialogmøde: ")
            .append(PlainText.markdown(meeting.getTitle()))
            .append("\n\n**Tid og sted:** ")
            .append(
                meeting.getPlannedDate() == null
                    ? "(ikke planlagt)"
                    : DialogueService.danish(meeting.getPlannedDate()))
            .append(meeting.getPlace() == null ? "" : ", " + PlainText.markdown(meeting.getPlace()))
            .append("\n\n**Med:** ")
            .append(
                meeting.getKind() == MeetingKind.DIRECTORATE
                    ? "direktionen"
                    : PlainText.markdown(committeeNames(meeting)))
            .append(meeting.isFacilitated() ? " (faciliteret af administrationen)" : "")
            .append("\n\nMødet følger op på sidste års mål og effekt og samler udvalgets ønsker")
            .append(
                " til udviklingen på hver institution – grundlaget for de politiske pejlemærker.");
    StringBuilder inputs = new StringBuilder();
    for (DialogueParticipant participant : taking) {
      Unit unit = participant.getUnit();
      inputs.append("#### ").append(PlainText.markdown(unit.getName())).append("\n\n");
      inputs
          .append("**Input fra medarbejderne:** ")
          .append(
              participant.getStaffInput() == null
                  ? "(intet)"
                  : PlainText.markdown(participant.getStaffInput()))
          .append("\n\n");
      if (participant.getBoardInput() != null) {
        inputs
            .append("**Input fra bestyrelsen:** ")
            .append(PlainText.markdown(participant.getBoardInput()))
            .append("\n\n");
      }
      GoalResults.UnitResults unitResults = latest.get(unit.getId());
      inputs.append(
          MarkdownReports.goalResults(
              unitResults == null ? List.of() : List.of(unitResults),
              "Ingen godkendt opfølgning fra tidligere år.\n\n"));
    }
    ArrayNode rows = objectMapper.createArrayNode();
    for (DialogueParticipant participant : taking) {
      rows.addObject()
          .put(DialogueVariables.ROW_UNIT_NAME, participant.getUnit().getName())
          .put(DialogueVariables.ROW_FOLLOW_UP_NOTES, participant.getFollowUpNotes())
          .put(DialogueVariables.ROW_COMMITTEE_WISHES, participant.getCommitteeWishes());
    }
    return new HoldView(
        FormValues.fitForm(info.toString()),
        FormValues.fitForm(inputs.toString()),
        rows.toString(),
        meeting.getMinutes());
  }

  /**
   * Stores the minutes and, per unit (one row each, in the order shown), the follow-up of last
   * year's goals and the committee's wishes.
   */
  public void hold(long meetingId, Object minutesValue, String rowsJson, String actor) {
    DialogueMeeting meeting = meeting(meetingId);
    if (meeting.getStatus() != MeetingStatus.PLANNED || meeting.getPlannedDate() == null) {
      throw new InvalidSubmissionException(
          DialogueVariables.MINUTES, "Dialogmødet er ikke planlagt eller allerede holdt.");
    }
    String minutes =
        DialogueFields.MINUTES.requiredValue(minutesValue, "Skriv referatet fra dialogmødet.");
    List<DialogueParticipant> taking = meeting.participantsByUnit();
    JsonNode root;
    try {
      root = rowsJson == null ? null : objectMapper.readTree(rowsJson);
    } catch (JsonProcessingException e) {
      throw invalidOutcomes("Listen over institutioner kunne ikke læses. Udfyld formularen igen.");
    }
    if (root == null || !root.isArray() || root.size() != taking.size()) {
      throw invalidOutcomes(
          "Listen skal have én række pr. deltagende institution ("
              + taking.size()
              + "). Institutioner kan ikke tilføjes eller fjernes.");
    }
    List<String[]> outcomes = new ArrayList<>();
    for (int i = 0; i < taking.size(); i++) {
      JsonNode row = root.get(i);
      String name = taking.get(i).getUnit().getName();
      if (!name.equals(row.path(DialogueVariables.ROW_UNIT_NAME).asText(null))) {
        throw invalidOutcomes("Række " + (i + 1) + " skal være " + name + ".");
      }
      String prefix = name + ": ";
      outcomes.add(
          new String[] {
            DialogueFields.FOLLOW_UP_NOTES.text(row, DialogueVariables.OUTCOMES, prefix),
            DialogueFields.COMMITTEE_WISHES.text(row, DialogueVariables.OUTCOMES, prefix)
          });
    }
    meeting.markHeld(minutes, actor);
    for (int i = 0; i < taking.size(); i++) {
      taking.get(i).recordOutcome(outcomes.get(i)[0], outcomes.get(i)[1]);
    }
    events.publishEvent(meeting.minutesWritten());
  }

  /**
   * The committee's wishes and follow-up from the year's meetings for each of its institutions: the
   * administration drafts the political beacons from them.
   */
  @Transactional(readOnly = true)
  public String outcomesOf(long periodId, int year, String committeeCode) {
    StringBuilder text = new StringBuilder();
    for (DialogueMeeting meeting : meetings.findOfCommittee(periodId, year, committeeCode)) {
      if (meeting.getStatus() == MeetingStatus.PLANNED) {
        continue;
      }
      text.append("#### ")
          .append(PlainText.markdown(meeting.getTitle()))
          .append("\n\n")
          .append(PlainText.markdownBlock(meeting.getMinutes()))
          .append("\n\n");
      for (DialogueParticipant participant : meeting.participantsByUnit()) {
        text.append("- **")
            .append(PlainText.markdown(participant.getUnit().getName()))
            .append(":** ")
            .append(
                participant.getCommitteeWishes() == null
                    ? "(ingen særlige ønsker)"
                    : PlainText.markdown(participant.getCommitteeWishes()))
            .append('\n');
      }
      text.append('\n');
    }
    return text.isEmpty() ? "Der er ikke holdt dialogmøder endnu." : text.toString();
  }

  // ---- helpers
  // ----------------------------------------------------------------------------------

  private DialogueMeeting meeting(long meetingId) {
    DialogueMeeting meeting =
        meetings
            .findById(meetingId)
            .orElseThrow(
                () -> new IllegalStateException("Dialogmøde " + meetingId + " findes ikke."));
    meeting.getParticipants().size();
    return meeting;
  }

  private Committee committee(String committeeCode) {
    return committees
        .findByCode(committeeCode)
        .orElseThrow(
            () -> new IllegalStateException("Udvalget '" + committeeCode + "' findes ikke."));
  }

  /** The unit types of a committee's institutions (its staff units excluded), by label. */
  private List<String> groupsOf(String committeeCode) {
    return units.findByCommitteeCodeAndActiveTrueOrderByName(committeeCode).stream()
        .filter(unit -> !unit.isStaff())
        .map(Unit::getUnitType)
        .distinct()
        .sorted()
        .toList();
  }

  static String groupLabel(String unitType) {
    String plural = DialoguePlanner.UNIT_TYPE_PLURALS.getOrDefault(unitType, unitType);
    return plural.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + plural.substring(1);
  }

  static String committeeNames(DialogueMeeting meeting) {
    List<String> names = new ArrayList<>();
    if (meeting.getCommittee() != null) {
      names.add(meeting.getCommittee().getName());
    }
    meeting.getJointCommittees().forEach(c -> names.add(c.getName()));
    return names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " og "
            + names.get(names.size() - 1)
            + " (fælles møde)";
  }

  private static InvalidSubmissionException invalidModels(String message) {
    return new InvalidSubmissionException(DialogueVariables.MEETING_MODELS, message);
  }

  private static InvalidSubmissionException invalidOutcomes(String message) {
    return new InvalidSubmissionException(DialogueVariables.OUTCOMES, message);
  }

  /** Values of the input form. */
  public record InputView(
      String unitName, boolean hasBoard, String info, String staffInput, String boardInput) {}

  /** Values of the committee meeting's minutes form. */
  public record HoldView(String meetingInfo, String inputsInfo, String rowsJson, String minutes) {}

  static Collection<MeetingModel> models() {
    return COMMITTEE_MODELS;
  }
}
