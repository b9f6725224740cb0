package dk.aarshjul.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeRepository;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodRepository;
import dk.aarshjul.process.DanishText;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint committee meetings about the council's goals (Viborg): every goal that two or more
 * committees prioritised gets a meeting of two or three of them each year; the host committee's
 * secretariat minutes it, follows up the goal's decided initiatives red/yellow/green with their
 * effect and records the initiatives proposed; the directorate decides them.
 */
@Service
@Transactional
public class JointCommitteeMeetings {

  static final Set<String> COLOURS = Set.of("groen", "gul", "roed");

  private final DialogueMeetingRepository meetings;
  private final InitiativeRepository initiatives;
  private final InitiativeFollowUpRepository followUps;
  private final CouncilGoals councilGoals;
  private final CommitteeRepository committees;
  private final PeriodRepository periods;
  private final ObjectMapper json;

  JointCommitteeMeetings(
      DialogueMeetingRepository meetings,
      InitiativeRepository initiatives,
      InitiativeFollowUpRepository followUps,
      CouncilGoals councilGoals,
      CommitteeRepository committees,
      PeriodRepository periods,
      ObjectMapper json) {
    this.meetings = meetings;
    this.initiatives = initiatives;
    this.followUps = followUps;
    this.councilGoals = councilGoals;
    this.committees = committees;
    this.periods = periods;
    this.json = json;
  }

  /**
   * Plans the year's joint meetings from the committees' priorities (once per year): per goal with
   * two or more committees, groups of two or three (four committees meet as two and two). Returns
   * the year's meetings.
   */
  public List<Long> plan(long periodId, int year) {
    Period period = periods.findById(periodId).orElseThrow();
    List<DialogueMeeting> existing = yearsMeetings(periodId, year);
    if (!existing.isEmpty()) {
      return existing.stream().map(DialogueMeeting::getId).toList();
    }
    Map<Long, Goal> goals = new HashMap<>();
    councilGoals.ofPeriod(periodId).forEach(goal -> goals.put(goal.getId(), goal));
    List<Long> planned = new ArrayList<>();
    councilGoals
        .prioritisingCommittees(periodId)
        .forEach(
            (goalId, committeeIds) -> {
              if (committeeIds.size() < 2) {
                return;
              }
              List<Committee> all =
                  committeeIds.stream().map(id -> committees.findById(id).orElseThrow()).toList();
              for (List<Committee> group : groups(all)) {
                String title =
                    DanishText.cut(goals.get(goalId).getTitle(), 200)
                        + " ("
                        + group.stream().map(Committee::getName).collect(Collectors.joining(", "))
                        + ")";
                planned.add(
                    meetings
                        .save(
                            DialogueMeeting.joint(
                                period, year, goalId, group, DanishText.cut(title, 300)))
                        .getId());
              }
            });
    return planned;
  }

  /** Two or three per group: 2 → 2, 3 → 3, 4 → 2+2, 5 → 3+2, 6 → 3+3, 7 → 3+2+2, … */
  static <T> List<List<T>> groups(List<T> all) {
    List<List<T>> groups = new ArrayList<>();
    int left = all.size();
    int from = 0;
    while (left > 0) {
      int size = left == 4 ? 2 : Math.min(3, left);
      groups.add(all.subList(from, from + size));
      from += size;
      left -= size;
    }
    return groups;
  }

  /** The year's joint meetings of the period, by title: the multi-instance's collection. */
  @Transactional(readOnly = true)
  public List<Long> meetingIds(Long periodId, Integer year) {
    return yearsMeetings(periodId, year).stream().map(DialogueMeeting::getId).toList();
  }

  private List<DialogueMeeting> yearsMeetings(long periodId, int year) {
    return meetings.findByYearIdOrderByTitle(periodId).stream()
        .filter(m -> m.getKind() == MeetingKind.JOINT_COMMITTEE && m.getMeetingYear() == year)
        .toList();
  }

  /** The called instance's business key, e.g. "2026–2029/Færre ensomme (Udvalg A, Udvalg B)". */
  @Transactional(readOnly = true)
  public String businessKey(Long meetingId) {
    DialogueMeeting meeting = meeting(meetingId);
    return meeting.getYear().getName() + "/" + meeting.getTitle();
  }

  /** A meeting's form: what it is about, and the goal's decided initiatives to follow up. */
  public record HoldForm(String info, String statusesJson) {}

  @Transactional(readOnly = true)
  public HoldForm holdForm(long meetingId) {
    DialogueMeeting meeting = meeting(meetingId);
    Goal goal = goal(meeting);
    StringBuilder info =
        new StringBuilder("### Fælles udvalgsmøde ")
            .append(meeting.getMeetingYear())
            .append(": ")
            .append(PlainText.markdown(goal.getTitle()))
            .append("\n\n**Udvalg:** ")
            .append(PlainText.markdown(committeeNames(meeting)))
            .append(" (")
            .append(PlainText.markdown(meeting.getCommittee().getName()))
            .append(
                "s sekretariat fører referat)\n\nUdvalgene drøfter målsætningen på tværs, følger op på de")
            .append(
                " initiativer, direktionen har besluttet, og foreslår nye. Direktionen beslutter forslagene.");
    ArrayNode rows = json.createArrayNode();
    for (Initiative initiative : decided(meeting)) {
      rows.addObject()
          .put("title", initiative.getTitle())
          .putNull(JointMeetingVariables.COLOUR.key())
          .putNull(JointMeetingVariables.EFFECT.key());
    }
    if (rows.isEmpty()) {
      info.append("\n\nMålsætningen har endnu ingen besluttede initiativer at følge op på.");
    }
    return new HoldForm(DanishText.cutToVariable(info.toString(), "\n\n…"), rows.toString());
  }

  /**
   * Records the meeting: minutes, each decided initiative's status (colour and effect, all of them)
   * and the proposed initiatives. Returns whether any were proposed.
   */
  public boolean hold(
      long meetingId,
      Object dateValue,
      Object minutesValue,
      Object statusesValue,
      Object proposalsValue,
      String actor) {
    DialogueMeeting meeting = meeting(meetingId);
    if (meeting.getStatus() != MeetingStatus.PLANNED) {
      throw new InvalidSubmissionException(
          JointMeetingVariables.MINUTES, "Mødet er allerede holdt.");
    }
    LocalDate date;
    try {
      date = FormValues.parseDate(dateValue);
    } catch (IllegalArgumentException e) {
      date = null;
    }
    if (date == null || date.getYear() != meeting.getMeetingYear()) {
      throw new InvalidSubmissionException(
          JointMeetingVariables.MEETING_DATE,
          "Angiv mødets dato i " + meeting.getMeetingYear() + ".");
    }
    String minutes =
        JointMeetingVariables.MINUTES_FIELD.requiredValue(minutesValue, "Skriv referatet.");
    List<Initiative> decided = decided(meeting);
    JsonNode statuses = rows(statusesValue, JointMeetingVariables.STATUSES);
    if (statuses.size() != decided.size()) {
      throw new InvalidSubmissionException(
          JointMeetingVariables.STATUSES,
          "Følg op på hvert besluttet initiativ (" + decided.size() + ").");
    }
    for (int i = 0; i < decided.size(); i++) {
      JsonNode row = statuses.get(i);
      String prefix = "Initiativ " + (i + 1) + " (" + decided.get(i).getTitle() + "): ";
      JsonNode colour = row.get(JointMeetingVariables.COLOUR.key());
      if (colour == null || !colour.isTextual() || !COLOURS.contains(colour.asText())) {
        throw new InvalidSubmissionException(
            JointMeetingVariables.STATUSES, prefix + "vælg status: grøn, gul eller rød.");
      }
      String effect =
          JointMeetingVariables.EFFECT.text(row, JointMeetingVariables.STATUSES, prefix);
      followUps.save(
          new InitiativeFollowUp(
              decided.get(i).getId(), meeting.getMeetingYear(), colour.asText(), effect, actor));
    }
    JsonNode proposals = rows(proposalsValue, JointMeetingVariables.PROPOSALS);
    if (proposals.size() > 20) {
      throw new InvalidSubmissionException(
          JointMeetingVariables.PROPOSALS, "Højst 20 forslag pr. møde.");
    }
    int position = 1;
    for (JsonNode row : proposals) {
      String prefix = "Forslag " + position + ": ";
      initiatives.save(
          new Initiative(
              meeting.getYear().getId(),
              meeting.getGoalId(),
              meetingId,
              position++,
              JointMeetingVariables.PROPOSAL_TITLE.text(
                  row, JointMeetingVariables.PROPOSALS, prefix),
              JointMeetingVariables.PROPOSAL_DESCRIPTION.text(
                  row, JointMeetingVariables.PROPOSALS, prefix)));
    }
    meeting.plan(date, null, actor);
    meeting.markHeld(minutes, actor);
    return !proposals.isEmpty();
  }

  /** The directorate's form: the meeting's proposals. */
  public record DecisionForm(String info, String decisionsJson) {}

  @Transactional(readOnly = true)
  public DecisionForm decisionForm(long meetingId) {
    DialogueMeeting meeting = meeting(meetingId);
    Goal goal = goal(meeting);
    String info =
        "### Forslag til initiativer: "
            + PlainText.markdown(goal.getTitle())
            + "\n\nForeslået på det fælles udvalgsmøde "
            + (meeting.getPlannedDate() == null
                ? ""
                : FormValues.longDate(meeting.getPlannedDate()))
            + " af "
            + PlainText.markdown(committeeNames(meeting))
            + ". Beslut for hvert forslag, om det igangsættes; besluttede initiativer følges op hvert år på det"
            + " fælles udvalgsmøde (grøn, gul, rød og virkning).\n\n**Referat:** "
            + PlainText.markdown(meeting.getMinutes());
    ArrayNode rows = json.createArrayNode();
    for (Initiative initiative : initiatives.findByMeetingIdOrderByPosition(meetingId)) {
      rows.addObject()
          .put("title", initiative.getTitle())
          .put("description", initiative.getDescription())
          .putNull(JointMeetingVariables.DECISION.key())
          .putNull(JointMeetingVariables.DECISION_COMMENT.key());
    }
    return new DecisionForm(DanishText.cutToVariable(info, "…"), rows.toString());
  }

  /** Records the directorate's decision on every proposal of the meeting. */
  public void decide(long meetingId, Object decisionsValue, String actor) {
    List<Initiative> proposed = initiatives.findByMeetingIdOrderByPosition(meetingId);
    JsonNode rows = rows(decisionsValue, JointMeetingVariables.DECISIONS);
    if (rows.size() != proposed.size()) {
      throw new InvalidSubmissionException(
          JointMeetingVariables.DECISIONS, "Beslut hvert forslag (" + proposed.size() + ").");
    }
    for (int i = 0; i < proposed.size(); i++) {
      Initiative initiative = proposed.get(i);
      if (initiative.getStatus() != InitiativeStatus.PROPOSED) {
        throw new InvalidSubmissionException(
            JointMeetingVariables.DECISIONS, "Forslagene er allerede besluttet.");
      }
      JsonNode row = rows.get(i);
      String prefix = "Forslag " + (i + 1) + " (" + initiative.getTitle() + "): ";
      JsonNode decision = row.get(JointMeetingVariables.DECISION.key());
      String value = decision == null || !decision.isTextual() ? null : decision.asText();
      if (!JointMeetingVariables.START.equals(value)
          && !JointMeetingVariables.REJECT.equals(value)) {
        throw new InvalidSubmissionException(
            JointMeetingVariables.DECISIONS, prefix + "vælg om initiativet igangsættes.");
      }
      String comment =
          JointMeetingVariables.DECISION_COMMENT.text(row, JointMeetingVariables.DECISIONS, prefix);
      initiative.decide(JointMeetingVariables.START.equals(value), comment, actor);
    }
  }

  /** The goal's initiatives in the period with their yearly follow-ups, oldest first. */
  @Transactional(readOnly = true)
  public List<Initiative> initiatives(long periodId, long goalId) {
    return initiatives.findByPeriodIdAndGoalIdOrderByIdAsc(periodId, goalId);
  }

  @Transactional(readOnly = true)
  public List<InitiativeFollowUp> followUps(List<Long> initiativeIds) {
    return followUps.findByInitiativeIdInOrderByYearAsc(initiativeIds);
  }

  private List<Initiative> decided(DialogueMeeting meeting) {
    return initiatives
        .findByPeriodIdAndGoalIdOrderByIdAsc(meeting.getYear().getId(), meeting.getGoalId())
        .stream()
        .filter(i -> i.getStatus() == InitiativeStatus.DECIDED)
        .toList();
  }

  private DialogueMeeting meeting(long meetingId) {
    DialogueMeeting meeting =
        meetings
            .findById(meetingId)
            .orElseThrow(() -> new IllegalArgumentException("Møde " + meetingId + " findes ikke"));
    if (meeting.getKind() != MeetingKind.JOINT_COMMITTEE) {
      throw new IllegalStateException("Møde " + meetingId + " er ikke et fælles udvalgsmøde");
    }
    return meeting;
  }

  private Goal goal(DialogueMeeting meeting) {
    return councilGoals.ofPeriod(meeting.getYear().getId()).stream()
        .filter(g -> g.getId().equals(meeting.getGoalId()))
        .findFirst()
        .orElseThrow();
  }

  private static String committeeNames(DialogueMeeting meeting) {
    List<String> names = new ArrayList<>();
    names.add(meeting.getCommittee().getName());
    meeting.getJointCommittees().forEach(c -> names.add(c.getName()));
    return String.join(", ", names);
  }

  private static JsonNode rows(Object value, String field) {
    return dk.aarshjul.process.FormValues.rows(value, field);
  }
}
