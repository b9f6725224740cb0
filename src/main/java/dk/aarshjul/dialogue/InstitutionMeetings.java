package dk.aarshjul.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.conduct.CodeOfConduct;
import dk.aarshjul.conduct.CodesOfConduct;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeMember;
import dk.aarshjul.organisation.CommitteeRepository;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's fixed dialogue meetings with its unit leaders at its institutions (Slagelse): a
 * yearly plan in which every unit gets access to the dialogue (an uneven plan is flagged), each
 * meeting held at an institution whose leader or an employee presents the place, an agenda where
 * nothing is at stake (no economy, no individual cases) with the code of conduct first, and a
 * record of who attended and who acknowledged the code.
 */
@Service
@Transactional
public class InstitutionMeetings {

  static final int MAX_MEETINGS = 24;
  static final int MAX_AGENDA_ITEMS = 10;

  /**
   * Words that put economy or an individual case on the agenda, which the meetings leave out. Whole
   * words and their inflections (e.g. "budgettet", "enkeltsager").
   */
  static final Pattern AT_STAKE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(økonomi\\p{L}*|budget\\p{L}*|regnskab\\p{L}*|besparelse\\p{L}*"
              + "|spareforslag\\p{L}*|nedskæring\\p{L}*|merforbrug\\p{L}*|underskud\\p{L}*"
              + "|bevilling\\p{L}*|takst\\p{L}*|enkeltsag\\p{L}*|personsag\\p{L}*|klagesag\\p{L}*"
              + "|cpr\\p{L}*|tjenstlig\\p{L}*|afskedigelse\\p{L}*|sagsbehandling af en borger)");

  private final DialogueMeetingRepository meetings;
  private final InstitutionMeetingPlanRepository plans;
  private final InstitutionVisitRepository visits;
  private final CommitteeRepository committees;
  private final UnitRepository units;
  private final Periods periods;
  private final CodesOfConduct conduct;
  private final UserNames names;
  private final ObjectMapper json;
  private final int meetingsPerYear;
  private final org.springframework.context.ApplicationEventPublisher events;

  InstitutionMeetings(
      DialogueMeetingRepository meetings,
      InstitutionMeetingPlanRepository plans,
      InstitutionVisitRepository visits,
      CommitteeRepository committees,
      UnitRepository units,
      Periods periods,
      CodesOfConduct conduct,
      UserNames names,
      ObjectMapper json,
      org.springframework.context.ApplicationEventPublisher events,
      @Value("${aarshjul.dialogue.institution-meetings-per-year:3}") int meetingsPerYear) {
    this.events = events;
    this.meetings = meetings;
    this.plans = plans;
    this.visits = visits;
    this.committees = committees;
    this.units = units;
    this.periods = periods;
    this.conduct = conduct;
    this.names = names;
    this.json = json;
    this.meetingsPerYear = meetingsPerYear;
  }

  // ---- the plan

  /** What the plan form shows: the rule, the committee's units, and the units as options. */
  public record PlanForm(String info, String unitOptionsJson) {}

  @Transactional(readOnly = true)
  public PlanForm planForm(long periodId, int year, String committeeCode) {
    Committee committee = committee(committeeCode);
    List<Unit> committeeUnits = unitsOf(committeeCode);
    StringBuilder info =
        new StringBuilder("### Årets dialogmøder på institutionerne – ")
            .append(PlainText.markdown(committee.getName()))
            .append(' ')
            .append(year)
            .append(
                "\n\nUdvalget mødes med lederne flere gange om året, på samme måde i alle udvalg."
                    + " Hvert møde holdes på en af udvalgets institutioner, hvor lederen eller en"
                    + " medarbejder fortæller om stedet og det daglige arbejde. Møderne er møder, hvor"
                    + " intet er på spil: ingen økonomi og ingen enkeltsager. Planlæg mindst ")
            .append(meetingsPerYear)
            .append(" møder i ")
            .append(year)
            .append(
                ", og invitér hver enhed til mindst ét af dem; værten er altid inviteret. Andre"
                    + " nøglepersoner med relevant viden kan inviteres.\n\n**Udvalgets enheder:**\n");
    committeeUnits.forEach(
        unit ->
            info.append("- ")
                .append(PlainText.markdown(unit.getName()))
                .append(unit.getUnitType() == null ? "" : " (" + unit.getUnitType() + ")")
                .append('\n'));
    ArrayNode options = json.createArrayNode();
    committeeUnits.forEach(
        unit -> options.addObject().put("label", unit.getName()).put("value", unit.getCode()));
    return new PlanForm(FormValues.fitForm(info.toString()), options.toString());
  }

  /** The plan as stored: its meetings in date order, meetings per unit, and the flag. */
  public record Plan(
      InstitutionMeetingPlan plan, List<Long> meetingIds, Map<String, Integer> meetingsPerUnit) {}

  /**
   * Stores the committee's plan of the year: refused in Danish (nothing stored) with fewer meetings
   * than the rule asks, a date outside the year or already past, a host or an invited unit that is
   * not the committee's, two meetings on one day, or a unit invited to none.
   */
  public Plan plan(long periodId, int year, String committeeCode, Object rowsValue, String actor) {
    Committee committee = committee(committeeCode);
    Period period = periods.get(periodId);
    if (year < period.getFirstYear() || year > period.getLastYear()) {
      throw new IllegalArgumentException("Året " + year + " ligger ikke i perioden");
    }
    if (plans
        .findByPeriodIdAndPlanYearAndCommitteeCode(periodId, year, committeeCode)
        .isPresent()) {
      throw new InvalidSubmissionException(
          InstitutionMeetingFields.MEETINGS,
          committee.getName() + " har allerede lagt planen for " + year + ".");
    }
    Map<String, Unit> committeeUnits = new LinkedHashMap<>();
    unitsOf(committeeCode).forEach(unit -> committeeUnits.put(unit.getCode(), unit));
    JsonNode rows = FormValues.rows(rowsValue, InstitutionMeetingFields.MEETINGS);
    if (rows.size() < meetingsPerYear || rows.size() > MAX_MEETINGS) {
      throw new InvalidSubmissionException(
          InstitutionMeetingFields.MEETINGS,
          "Planlæg fra " + meetingsPerYear + " til " + MAX_MEETINGS + " møder i " + year + ".");
    }
    LocalDate today = today();
    record Row(LocalDate date, Unit host, List<Unit> invited, String guests) {}
    List<Row> planned = new ArrayList<>();
    Set<LocalDate> days = new HashSet<>();
    int n = 1;
    for (JsonNode row : rows) {
      String prefix = "Møde " + n++ + ": ";
      LocalDate date = date(row.get(InstitutionMeetingFields.MEETING_DATE.key()), prefix);
      if (date.getYear() != year) {
        throw invalid(prefix + "datoen skal ligge i " + year + ".");
      }
      if (date.isBefore(today)) {
        throw invalid(prefix + FormValues.longDate(date) + " er allerede forbi.");
      }
      if (!days.add(date)) {
        throw invalid(prefix + "der er allerede et møde " + FormValues.longDate(date) + ".");
      }
      Unit host =
          unit(committeeUnits, row.get(InstitutionMeetingFields.HOST.key()), prefix, "Værten");
      List<Unit> invited = new ArrayList<>(List.of(host));
      JsonNode others = row.get(InstitutionMeetingFields.INVITED.key());
      if (others != null && others.isArray()) {
        for (JsonNode code : others) {
          Unit unit = unit(committeeUnits, code, prefix, "En inviteret enhed");
          if (!invited.contains(unit)) {
            invited.add(unit);
          }
        }
      } else if (others != null && !others.isNull()) {
        throw invalid(prefix + "'Inviterede enheder' kunne ikke læses.");
      }
      String guests =
          InstitutionMeetingFields.GUESTS.text(row, InstitutionMeetingFields.MEETINGS, prefix);
      planned.add(new Row(date, host, invited, guests));
    }
    Map<String, Integer> perUnit = new LinkedHashMap<>();
    committeeUnits.values().forEach(unit -> perUnit.put(unit.getName(), 0));
    planned.forEach(
        row -> row.invited().forEach(unit -> perUnit.merge(unit.getName(), 1, Integer::sum)));
    List<String> never =
        perUnit.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    if (!never.isEmpty()) {
      throw invalid(
          "Hver enhed skal have adgang til dialogen med udvalget; "
              + join(never)
              + (never.size() == 1 ? " er" : " er")
              + " ikke inviteret til noget møde i "
              + year
              + ".");
    }
    boolean uneven = uneven(perUnit);
    InstitutionMeetingPlan plan =
        plans.save(new InstitutionMeetingPlan(periodId, year, committee, uneven, actor));
    planned.sort(java.util.Comparator.comparing(Row::date));
    List<Long> ids = new ArrayList<>();
    for (Row row : planned) {
      DialogueMeeting meeting =
          new DialogueMeeting(
              period,
              year,
              MeetingKind.INSTITUTION,
              committee,
              List.of(),
              false,
              null,
              committee.getName() + " på " + row.host().getName() + " " + shortDate(row.date()));
      row.invited().forEach(meeting::addParticipant);
      meeting.plan(row.date(), row.host().getName(), actor);
      meeting = meetings.saveAndFlush(meeting);
      visits.save(new InstitutionVisit(meeting.getId(), row.host(), row.guests()));
      ids.add(meeting.getId());
    }
    visits.flush();
    return new Plan(plan, ids, perUnit);
  }

  /**
   * Uneven: some units are met two or more times more often than others (e.g. three meetings for
   * one school, one for another).
   */
  static boolean uneven(Map<String, Integer> perUnit) {
    int most = perUnit.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int least = perUnit.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    return most - least >= 2;
  }

  /** The committee's planned meetings at its institutions in the year, in date order. */
  @Transactional(readOnly = true)
  public List<Long> meetingIds(long periodId, int year, String committeeCode) {
    return meetings.findOfCommittee(periodId, year, committeeCode).stream()
        .filter(meeting -> meeting.getKind() == MeetingKind.INSTITUTION)
        .sorted(java.util.Comparator.comparing(DialogueMeeting::getPlannedDate))
        .map(DialogueMeeting::getId)
        .toList();
  }

  /** The plan of a committee's year, if it is laid. */
  @Transactional(readOnly = true)
  public Optional<InstitutionMeetingPlan> planOf(long periodId, int year, String committeeCode) {
    return plans.findByPeriodIdAndPlanYearAndCommitteeCode(periodId, year, committeeCode);
  }

  /**
   * The plan as the committee's tasks and overviews show it: each meeting with its host and guests,
   * meetings per unit, and the flag of an uneven plan (Markdown).
   */
  @Transactional(readOnly = true)
  public String planOverview(long periodId, int year, String committeeCode) {
    Committee committee = committee(committeeCode);
    List<DialogueMeeting> planned =
        meetingIds(periodId, year, committeeCode).stream().map(this::meeting).toList();
    StringBuilder text =
        new StringBuilder("**Årets dialogmøder på institutionerne – ")
            .append(PlainText.markdown(committee.getName()))
            .append(' ')
            .append(year)
            .append("**\n");
    if (planned.isEmpty()) {
      return text.append("\nPlanen er ikke lagt endnu.\n").toString();
    }
    Map<String, Integer> perUnit = new LinkedHashMap<>();
    unitsOf(committeeCode).forEach(unit -> perUnit.put(unit.getName(), 0));
    for (DialogueMeeting meeting : planned) {
      text.append("\n- ")
          .append(FormValues.longDate(meeting.getPlannedDate()))
          .append(" på ")
          .append(PlainText.markdown(meeting.getPlace()))
          .append(": ")
          .append(
              PlainText.markdown(
                  meeting.participantsByUnit().stream()
                      .map(p -> p.getUnit().getName())
                      .collect(Collectors.joining(", "))));
      meeting
          .participantsByUnit()
          .forEach(p -> perUnit.merge(p.getUnit().getName(), 1, Integer::sum));
      String guests = visit(meeting.getId()).getGuests();
      if (guests != null) {
        text.append(" – desuden inviteret: ").append(PlainText.markdown(guests));
      }
    }
    text.append("\n\n**Møder pr. enhed:** ")
        .append(
            PlainText.markdown(
                perUnit.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))))
        .append('\n');
    if (uneven(perUnit)) {
      text.append(
          "\n**Ujævn fordeling:** nogle enheder mødes med udvalget mindst to gange oftere end"
              + " andre.\n");
    }
    return text.toString();
  }

  // ---- one meeting

  @Transactional(readOnly = true)
  public DialogueMeeting meeting(long meetingId) {
    DialogueMeeting meeting =
        meetings
            .findById(meetingId)
            .orElseThrow(() -> new IllegalArgumentException("Møde " + meetingId + " findes ikke"));
    if (meeting.getKind() != MeetingKind.INSTITUTION) {
      throw new IllegalArgumentException(
          "Møde " + meetingId + " er ikke et møde på en institution");
    }
    return meeting;
  }

  @Transactional(readOnly = true)
  public InstitutionVisit visit(long meetingId) {
    return visits
        .findById(meetingId)
        .orElseThrow(() -> new IllegalArgumentException("Møde " + meetingId + " findes ikke"));
  }

  /** The committee's secretariat: plans, sets the agenda, keeps the record. */
  @Transactional(readOnly = true)
  public String secretariatGroup(String committeeCode) {
    return committee(committeeCode).secretariatGroup();
  }

  /** The committee's secretariat of a meeting. */
  @Transactional(readOnly = true)
  public String secretariatOf(long meetingId) {
    return meeting(meetingId).getCommittee().secretariatGroup();
  }

  /** The leader group of the host institution: presents the place. */
  @Transactional(readOnly = true)
  public String hostLeaderGroup(long meetingId) {
    return Groups.contractHolder(visit(meetingId).getHostUnit().getCode());
  }

  /** The meeting day at 9 o'clock in Denmark: when the record can be kept. */
  @Transactional(readOnly = true)
  public Date meetingDay(long meetingId) {
    return Date.from(
        meeting(meetingId)
            .getPlannedDate()
            .atTime(9, 0)
            .atZone(ZoneId.of("Europe/Copenhagen"))
            .toInstant());
  }

  /** The meeting, its host, who is invited and – when set – its agenda (Markdown). */
  @Transactional(readOnly = true)
  public String meetingInfo(long meetingId) {
    DialogueMeeting meeting = meeting(meetingId);
    InstitutionVisit visit = visit(meetingId);
    StringBuilder text =
        new StringBuilder("### ")
            .append(PlainText.markdown(meeting.getTitle()))
            .append("\n\n**Dato:** ")
            .append(FormValues.longDate(meeting.getPlannedDate()))
            .append("  \n**Sted:** ")
            .append(PlainText.markdown(visit.getHostUnit().getName()))
            .append("  \n**Inviterede enheder:** ")
            .append(
                PlainText.markdown(
                    meeting.participantsByUnit().stream()
                        .map(p -> p.getUnit().getName())
                        .collect(Collectors.joining(", "))));
    if (visit.getGuests() != null) {
      text.append("  \n**Andre nøglepersoner:** ").append(PlainText.markdown(visit.getGuests()));
    }
    text.append('\n');
    if (!visit.getAgenda().isEmpty()) {
      text.append("\n**Dagsorden:**\n");
      int n = 1;
      for (InstitutionVisit.AgendaItem item : visit.getAgenda()) {
        text.append(n++).append(". ").append(PlainText.markdown(item.title()));
        if (item.description() != null) {
          text.append(" – ").append(PlainText.markdown(item.description()));
        }
        text.append('\n');
      }
    }
    if (visit.getPresenter() != null) {
      text.append("\n**Værten fortæller:** ")
          .append(PlainText.markdown(visit.getPresenter()))
          .append(" – ")
          .append(PlainText.markdown(visit.getPresentation()))
          .append('\n');
    }
    return text.toString();
  }

  /** What the agenda form shows: the meeting, the rule, and the code of conduct going first. */
  @Transactional(readOnly = true)
  public String agendaInfo(long meetingId) {
    DialogueMeeting meeting = meeting(meetingId);
    String code =
        conduct
            .agendaItem(meeting.getPlannedDate())
            .map(item -> "Punkt 1 sættes på af sig selv: **" + PlainText.markdown(item) + "**.")
            .orElse(
                "**Byrådet har ikke vedtaget et kodeks for samarbejde, der gælder på mødedagen;"
                    + " dagsordenen kan først sættes, når det er vedtaget.**");
    return FormValues.fitForm(
        meetingInfo(meetingId)
            + "\nSæt dagsordenen for mødet. "
            + code
            + " Mødet er et møde, hvor intet er på spil: sæt hverken økonomi (budget, regnskab,"
            + " besparelser, takster) eller enkeltsager (personsager, klager) på. Punkter om fx"
            + " kerneopgaven, stedets hverdag, udvikling og samarbejde passer til mødet.\n\n"
            + planOverview(
                meeting.getYear().getId(),
                meeting.getMeetingYear(),
                meeting.getCommittee().getCode()));
  }

  /** A sensible start of an agenda at an institution. */
  public String agendaTemplateJson() {
    ArrayNode rows = json.createArrayNode();
    rows.addObject()
        .put("title", "Rundvisning: stedet og det daglige arbejde")
        .put("description", "Lederen eller en medarbejder fortæller.");
    rows.addObject().put("title", "Dialog om kerneopgaven").putNull("description");
    return rows.toString();
  }

  /**
   * Sets the agenda: the code of conduct in force on the meeting day first, then the items; refused
   * in Danish (nothing stored) without a code in force, without the secretariat's confirmation, or
   * with an item about economy or an individual case.
   */
  public List<InstitutionVisit.AgendaItem> setAgenda(
      long meetingId, Object rowsValue, Object nothingAtStake, String actor) {
    DialogueMeeting meeting = meeting(meetingId);
    String code =
        conduct
            .agendaItem(meeting.getPlannedDate())
            .orElseThrow(
                () ->
                    invalid(
                        InstitutionMeetingFields.AGENDA,
                        "Byrådet har ikke vedtaget et kodeks for samarbejde, der gælder "
                            + FormValues.longDate(meeting.getPlannedDate())
                            + "; det skal stå først på dagsordenen."));
    JsonNode rows = FormValues.rows(rowsValue, InstitutionMeetingFields.AGENDA);
    if (rows.isEmpty() || rows.size() > MAX_AGENDA_ITEMS) {
      throw invalid(
          InstitutionMeetingFields.AGENDA,
          "Sæt fra 1 til " + MAX_AGENDA_ITEMS + " punkter på dagsordenen.");
    }
    List<InstitutionVisit.AgendaItem> items = new ArrayList<>();
    items.add(new InstitutionVisit.AgendaItem(code, null));
    int n = 2;
    for (JsonNode row : rows) {
      String prefix = "Punkt " + n++ + ": ";
      String title =
          InstitutionMeetingFields.ITEM_TITLE.text(row, InstitutionMeetingFields.AGENDA, prefix);
      String description =
          InstitutionMeetingFields.ITEM_DESCRIPTION.text(
              row, InstitutionMeetingFields.AGENDA, prefix);
      Matcher stake = AT_STAKE.matcher(title + " " + (description == null ? "" : description));
      if (stake.find()) {
        throw invalid(
            InstitutionMeetingFields.AGENDA,
            prefix
                + "'"
                + stake.group(1)
                + "' hører ikke til på mødet. Dialogmøderne er møder, hvor intet er på spil:"
                + " ingen økonomi og ingen enkeltsager.");
      }
      items.add(new InstitutionVisit.AgendaItem(title, description));
    }
    if (!Boolean.TRUE.equals(nothingAtStake)) {
      throw invalid(
          InstitutionMeetingFields.NOTHING_AT_STAKE.key(),
          "Bekræft, at dagsordenen hverken har økonomi eller enkeltsager på.");
    }
    visit(meetingId).setAgenda(items, actor);
    return items;
  }

  /** The code in force on the meeting day (on the agenda since the agenda was set). */
  @Transactional(readOnly = true)
  public Optional<CodeOfConduct> codeOf(long meetingId) {
    return conduct.inForce(meeting(meetingId).getPlannedDate());
  }

  /** Whether the user has acknowledged the code in force on the meeting day in its term. */
  @Transactional(readOnly = true)
  public boolean hasAcknowledged(long meetingId, String userId) {
    DialogueMeeting meeting = meeting(meetingId);
    return codeOf(meetingId)
        .map(
            code ->
                conduct.hasAcknowledged(code.getId(), meeting.getPlannedDate().getYear(), userId))
        .orElse(true);
  }

  /**
   * The host's presentation: who tells about the place and what they show; the host acknowledges
   * the code of conduct once per term (refused in Danish without it).
   */
  public void present(
      long meetingId,
      Object presenterValue,
      Object presentationValue,
      Object acknowledgeValue,
      String actor) {
    DialogueMeeting meeting = meeting(meetingId);
    String presenter =
        InstitutionMeetingFields.PRESENTER.requiredValue(
            presenterValue, "Skriv hvem der fortæller om stedet.");
    String presentation =
        InstitutionMeetingFields.PRESENTATION.requiredValue(
            presentationValue, "Skriv hvad I fortæller om og viser udvalget.");
    Optional<CodeOfConduct> code = codeOf(meetingId);
    if (code.isPresent() && actor != null && !hasAcknowledged(meetingId, actor)) {
      if (!Boolean.TRUE.equals(acknowledgeValue)) {
        throw invalid(
            InstitutionMeetingFields.ACKNOWLEDGE.key(),
            "Tilslut dig kodeks for samarbejde ("
                + code.get().label()
                + "): det gælder alle møder mellem politikere og ansatte.");
      }
      conduct.acknowledge(
          code.get().getId(),
          meeting.getPlannedDate().getYear(),
          List.of(actor),
          meeting.getTitle(),
          actor);
    }
    visit(meetingId).present(presenter, presentation, actor);
  }

  /** A participant of the meeting: a politician of the committee or a leader of an invited unit. */
  public record Participant(String userId, String name, String role) {}

  /** Who takes part: the committee's politicians and the leaders of the invited units. */
  @Transactional(readOnly = true)
  public List<Participant> participants(long meetingId) {
    DialogueMeeting meeting = meeting(meetingId);
    Map<String, Participant> participants = new LinkedHashMap<>();
    for (CommitteeMember member : meeting.getCommittee().getMembers()) {
      participants.putIfAbsent(
          member.getUserId(),
          new Participant(
              member.getUserId(),
              names.displayName(member.getUserId()),
              PlainText.markdown(meeting.getCommittee().getName())));
    }
    for (DialogueParticipant participant : meeting.participantsByUnit()) {
      for (String leader : names.members(Groups.contractHolder(participant.getUnit().getCode()))) {
        participants.putIfAbsent(
            leader,
            new Participant(
                leader, names.displayName(leader), "leder, " + participant.getUnit().getName()));
      }
    }
    return List.copyOf(participants.values());
  }

  /** The participants as options ("Navn (rolle)"), all or only those not yet acknowledged. */
  @Transactional(readOnly = true)
  public String participantOptionsJson(long meetingId, boolean onlyNotAcknowledged) {
    ArrayNode options = json.createArrayNode();
    for (Participant participant : participants(meetingId)) {
      if (!onlyNotAcknowledged || !hasAcknowledged(meetingId, participant.userId())) {
        options
            .addObject()
            .put("label", participant.name() + " (" + participant.role() + ")")
            .put("value", participant.userId());
      }
    }
    return options.toString();
  }

  /**
   * Keeps the record: the day it was held (not ahead of today, not before the plan's year), who
   * attended (participants only), who acknowledged the code at the meeting (attendees who had not
   * this term) and the minutes; the meeting is then held.
   */
  public void registerHeld(
      long meetingId,
      Object heldOnValue,
      Object attendeesValue,
      Object acknowledgedValue,
      Object minutesValue,
      String actor) {
    DialogueMeeting meeting = meeting(meetingId);
    LocalDate heldOn = date(heldOnValue, "");
    if (heldOn.isAfter(today())) {
      throw invalid(
          InstitutionMeetingFields.HELD_ON.key(),
          "Mødet kan ikke være holdt "
              + FormValues.longDate(heldOn)
              + ": datoen ligger ude i fremtiden.");
    }
    if (heldOn.getYear() != meeting.getMeetingYear()) {
      throw invalid(
          InstitutionMeetingFields.HELD_ON.key(),
          "Mødet hører til " + meeting.getMeetingYear() + "; datoen skal ligge i det år.");
    }
    Set<String> known =
        participants(meetingId).stream().map(Participant::userId).collect(Collectors.toSet());
    Set<String> attendees =
        userIds(attendeesValue, InstitutionMeetingFields.ATTENDEES.key(), known, "deltog");
    if (attendees.isEmpty()) {
      throw invalid(InstitutionMeetingFields.ATTENDEES.key(), "Markér hvem der deltog i mødet.");
    }
    Set<String> acknowledged =
        userIds(
            acknowledgedValue,
            InstitutionMeetingFields.ACKNOWLEDGED_AT_MEETING.key(),
            known,
            "tilsluttede sig kodekset");
    for (String userId : acknowledged) {
      if (!attendees.contains(userId)) {
        throw invalid(
            InstitutionMeetingFields.ACKNOWLEDGED_AT_MEETING.key(),
            names.displayName(userId)
                + " kan kun tilslutte sig kodekset på mødet, hvis vedkommende deltog.");
      }
    }
    String minutes =
        InstitutionMeetingFields.MINUTES.requiredValue(minutesValue, "Skriv mødets referat.");
    Optional<CodeOfConduct> code = codeOf(meetingId);
    if (code.isPresent() && !acknowledged.isEmpty()) {
      conduct.acknowledge(
          code.get().getId(),
          meeting.getPlannedDate().getYear(),
          acknowledged,
          meeting.getTitle() + " (" + FormValues.longDate(heldOn) + ")",
          actor);
    }
    visit(meetingId).held(heldOn, attendees);
    meeting.markHeld(minutes, actor);
    events.publishEvent(meeting.minutesWritten());
  }

  private Set<String> userIds(Object value, String field, Set<String> known, String verb) {
    JsonNode ids;
    try {
      ids = value == null ? null : json.readTree(value.toString());
    } catch (java.io.IOException e) {
      throw invalid(field, "Listen kunne ikke læses. Udfyld formularen igen.");
    }
    Set<String> result = new LinkedHashSet<>();
    if (ids == null || ids.isNull()) {
      return result;
    }
    if (!ids.isArray()) {
      throw invalid(field, "Listen kunne ikke læses. Udfyld formularen igen.");
    }
    for (JsonNode id : ids) {
      if (!id.isTextual() || !known.contains(id.asText())) {
        throw invalid(field, "Kun mødets deltagere kan markeres som nogen, der " + verb + ".");
      }
      result.add(id.asText());
    }
    return result;
  }

  // ---- helpers

  private Committee committee(String committeeCode) {
    return committees
        .findByCode(committeeCode)
        .orElseThrow(
            () -> new IllegalArgumentException("Udvalget " + committeeCode + " findes ikke"));
  }

  private List<Unit> unitsOf(String committeeCode) {
    return units.findByCommitteeCodeAndActiveTrueOrderByName(committeeCode);
  }

  private static Unit unit(Map<String, Unit> units, JsonNode code, String prefix, String what) {
    Unit unit = code == null || !code.isTextual() ? null : units.get(code.asText());
    if (unit == null) {
      throw invalid(prefix + what + " skal være en af udvalgets enheder.");
    }
    return unit;
  }

  private static LocalDate date(Object value, String prefix) {
    Object raw = value instanceof JsonNode node ? (node.isNull() ? null : node.asText()) : value;
    LocalDate date;
    try {
      date = FormValues.parseDate(raw);
    } catch (IllegalArgumentException e) {
      date = null;
    }
    if (date == null) {
      throw invalid(
          prefix.isEmpty()
              ? InstitutionMeetingFields.HELD_ON.key()
              : InstitutionMeetingFields.MEETINGS,
          prefix + "angiv en dato.");
    }
    return date;
  }

  private static String join(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " og "
        + names.get(names.size() - 1);
  }

  private static String shortDate(LocalDate date) {
    return date.getDayOfMonth()
        + ". "
        + date.getMonth()
            .getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("da"));
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(FormValues.DENMARK).toLocalDate();
  }

  private static InvalidSubmissionException invalid(String message) {
    return new InvalidSubmissionException(InstitutionMeetingFields.MEETINGS, message);
  }

  private static InvalidSubmissionException invalid(String field, String message) {
    return new InvalidSubmissionException(field, message);
  }
}
