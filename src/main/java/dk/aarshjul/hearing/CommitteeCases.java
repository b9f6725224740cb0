package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.CommitteeRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.organisation.UserNames;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a hearing before a committee treats a case about a unit (Slagelse: the involved
 * workplace is always heard before its committee treats a case about it): only the committee's
 * secretariat registers a case, for the committee's own units; each unit's leader and works council
 * answer by a deadline after today and no later than the meeting; the case goes on the agenda only
 * when no hearing is waiting; the committee's decision is registered. Every user input is checked
 * here and refused in Danish, with nothing stored.
 */
@Service("committeeCases")
@Transactional
public class CommitteeCases {

  /** How a hearing's deadline reads in the forms, e.g. "kl. 16.00". */
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

  /**
   * The most characters of one answer in the overview forms (the whole answer goes with the case).
   */
  private static final int MIN_ANSWER_SHOWN = 200;

  private final CommitteeCaseRepository cases;
  private final HearingRepository hearings;
  private final UnitRepository units;
  private final CommitteeRepository committees;
  private final IdentityService identity;
  private final UserNames userNames;
  private final LocalTime closingTime;
  private final ObjectMapper json = new ObjectMapper();

  public CommitteeCases(
      CommitteeCaseRepository cases,
      HearingRepository hearings,
      UnitRepository units,
      CommitteeRepository committees,
      IdentityService identity,
      UserNames userNames,
      @Value("${aarshjul.deadlines.due-time:16:00}") String closingTime) {
    this.cases = cases;
    this.hearings = hearings;
    this.units = units;
    this.committees = committees;
    this.identity = identity;
    this.userNames = userNames;
    this.closingTime = LocalTime.parse(closingTime);
  }

  // ---- start: the committee -----------------------------------------------------------------

  /**
   * The committee a new case is for. A user ({@code starter}) must be in the committee's
   * secretariat: she names the committee (code or name) only when she serves several. Without a
   * starter (a model calls the block) the committee is the one passed.
   */
  @Transactional(readOnly = true)
  public Committee committeeForNewCase(String starter, Object committeeValue) {
    String named = HearingFields.COMMITTEE.optionalValue(committeeValue);
    Committee committee;
    if (starter == null) {
      if (named == null) {
        throw new InvalidSubmissionException(
            COMMITTEE_CODE, "Angiv udvalget, som sagen skal behandles i.");
      }
      committee = find(named, List.of());
    } else {
      List<Committee> served = servedBy(starter);
      if (named != null) {
        committee = find(named, served);
        if (served.stream().noneMatch(c -> c.getId().equals(committee.getId()))) {
          throw new InvalidSubmissionException(
              COMMITTEE_CODE,
              "Du er ikke sekretær for "
                  + committee.getName()
                  + ". Kun udvalgets sekretariat kan oprette en sag til udvalget"
                  + (served.isEmpty() ? "." : "; du er sekretær for: " + describe(served) + ".")
                  + " Intet er gemt.");
        }
      } else if (served.isEmpty()) {
        throw new InvalidSubmissionException(
            COMMITTEE_CODE,
            "Kun et udvalgs sekretariat kan oprette en sag om enheder til udvalget, og du er ikke"
                + " sekretær for noget udvalg. Intet er gemt.");
      } else if (served.size() > 1) {
        throw new InvalidSubmissionException(
            COMMITTEE_CODE,
            "Du er sekretær for flere udvalg. Skriv, hvilket udvalg sagen skal behandles i: "
                + describe(served)
                + ".");
      } else {
        committee = served.get(0);
      }
    }
    if (units.findByCommitteeCodeAndActiveTrueOrderByName(committee.getCode()).isEmpty()) {
      throw new InvalidSubmissionException(
          COMMITTEE_CODE,
          committee.getName()
              + " har ingen enheder, som kan høres. En høring før udvalgsbehandling gælder en sag om"
              + " en af udvalgets enheder. Intet er gemt.");
    }
    return committee;
  }

  /** The committees whose secretariat group the user is a member of, by name. */
  private List<Committee> servedBy(String userId) {
    Set<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    return committees.findAll().stream()
        .filter(committee -> groups.contains(committee.secretariatGroup()))
        .sorted(Comparator.comparing(Committee::getName))
        .toList();
  }

  private Committee find(String named, List<Committee> served) {
    String wanted = named.toLowerCase(Locale.ROOT);
    return committees.findAll().stream()
        .filter(
            c ->
                c.getCode().equalsIgnoreCase(wanted)
                    || c.getName().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidSubmissionException(
                    COMMITTEE_CODE,
                    "Udvalget '"
                        + named
                        + "' findes ikke."
                        + (served.isEmpty() ? "" : " Du er sekretær for: " + describe(served) + ".")
                        + " Intet er gemt."));
  }

  @Transactional(readOnly = true)
  public Committee committee(String committeeCode) {
    return committees
        .findByCode(committeeCode)
        .orElseThrow(() -> new IllegalStateException("Udvalget " + committeeCode + " findes ikke"));
  }

  /**
   * Readable business key before the case is registered, e.g. "Børne- og Undervisningsudvalget/Ny
   * sag".
   */
  @Transactional(readOnly = true)
  public String newCaseBusinessKey(String committeeCode) {
    return committee(committeeCode).getName() + "/Ny sag";
  }

  /** Readable business key of a case, e.g. "Børne- og Undervisningsudvalget/Sammenlægning af …". */
  @Transactional(readOnly = true)
  public String businessKey(long caseId) {
    CommitteeCase committeeCase = get(caseId);
    return committeeOf(committeeCase).getName() + "/" + committeeCase.getTitle();
  }

  // ---- registration ---------------------------------------------------------------------------

  /**
   * Registers the case for the committee with the units it concerns and one hearing per unit and
   * party (the leader; the works council where the unit has one), each with the deadline.
   */
  public CommitteeCase register(
      String committeeCode,
      Object titleValue,
      Object descriptionValue,
      List<String> unitCodes,
      Object meetingDateValue,
      Object deadlineValue,
      String registeredBy,
      String processInstanceId) {
    Committee committee = committee(committeeCode);
    String title = HearingFields.TITLE.requiredValue(titleValue, "Skriv sagens titel.");
    String description =
        HearingFields.DESCRIPTION.requiredValue(
            descriptionValue,
            "Skriv sagsfremstillingen: hvad sagen handler om, og hvad udvalget skal tage stilling til.");
    List<Unit> concerned = concernedUnits(committee, unitCodes);
    LocalDate meetingDate =
        date(
            meetingDateValue,
            MEETING_DATE,
            "Angiv datoen for udvalgsmødet, hvor sagen skal behandles.");
    LocalDate deadline =
        date(
            deadlineValue,
            HEARING_DEADLINE,
            "Angiv høringsfristen: den sidste dag, enhederne kan svare.");
    LocalDate today = today();
    if (!deadline.isAfter(today)) {
      throw new InvalidSubmissionException(
          HEARING_DEADLINE,
          "Høringsfristen skal ligge efter i dag ("
              + FormValues.longDate(today)
              + "), så enhederne har tid til at svare. Intet er gemt.");
    }
    if (deadline.isAfter(meetingDate)) {
      throw new InvalidSubmissionException(
          HEARING_DEADLINE,
          "Høringsfristen "
              + FormValues.longDate(deadline)
              + " ligger efter udvalgsmødet "
              + FormValues.longDate(meetingDate)
              + ". Svarene skal foreligge, før udvalget behandler sagen: vælg en frist senest på"
              + " mødedagen. Intet er gemt.");
    }
    CommitteeCase committeeCase =
        cases.saveAndFlush(
            new CommitteeCase(
                committee.getId(),
                title,
                description,
                concerned.stream()
                    .map(Unit::getId)
                    .collect(Collectors.toCollection(LinkedHashSet::new)),
                meetingDate,
                deadline,
                registeredBy,
                processInstanceId));
    for (Unit unit : concerned) {
      for (HearingParty party : HearingParty.values()) {
        if (party.heardFor(unit)) {
          hearings.save(new Hearing(committeeCase.getId(), unit.getId(), party, deadline));
        }
      }
    }
    hearings.flush();
    return committeeCase;
  }

  private List<Unit> concernedUnits(Committee committee, List<String> unitCodes) {
    if (unitCodes == null || unitCodes.isEmpty()) {
      throw new InvalidSubmissionException(
          UNITS_CONCERNED,
          "Markér de enheder, sagen omhandler. Hver enheds leder og lokal-MED bliver hørt.");
    }
    Map<String, Unit> own =
        units.findByCommitteeCodeAndActiveTrueOrderByName(committee.getCode()).stream()
            .collect(
                Collectors.toMap(
                    Unit::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, Unit> chosen = new LinkedHashMap<>();
    for (String code : unitCodes) {
      String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
      Unit unit = own.get(wanted);
      if (unit == null) {
        throw new InvalidSubmissionException(
            UNITS_CONCERNED,
            "Enheden '"
                + PlainText.forLog(code)
                + "' hører ikke under "
                + committee.getName()
                + ". En sag til udvalget kan kun omhandle udvalgets egne enheder: "
                + own.values().stream().map(Unit::getName).collect(Collectors.joining(", "))
                + ". Intet er gemt.");
      }
      chosen.put(unit.getCode(), unit);
    }
    return chosen.values().stream().sorted(Comparator.comparing(Unit::getName)).toList();
  }

  // ---- hearings -------------------------------------------------------------------------------

  /** The case's hearings (the multi-instance's collection), by unit name, leader first. */
  @Transactional(readOnly = true)
  public List<Long> hearingIds(Long caseId) {
    return hearings.findByCaseIdOrderById(caseId).stream().map(Hearing::getId).toList();
  }

  /** When the hearing closes: its deadline at the due time of day, Danish time. */
  @Transactional(readOnly = true)
  public Date hearingClosesAt(Long hearingId) {
    return atClosingTime(hearing(hearingId).getDeadline());
  }

  /** The agenda is due on the day of the committee meeting the case is registered for. */
  @Transactional(readOnly = true)
  public Date agendaDue(Long caseId) {
    return atClosingTime(get(caseId).getMeetingDate());
  }

  /** The decision is registered within a week of the meeting whose agenda the case is on. */
  @Transactional(readOnly = true)
  public Date decisionDue(Long caseId) {
    CommitteeCase committeeCase = get(caseId);
    LocalDate meeting =
        committeeCase.getAgendaDate() != null
            ? committeeCase.getAgendaDate()
            : committeeCase.getMeetingDate();
    return atClosingTime(meeting.plusDays(7));
  }

  /** The group whose members answer the hearing: the unit's leader group or its MED group. */
  @Transactional(readOnly = true)
  public String partyGroup(long hearingId) {
    Hearing hearing = hearing(hearingId);
    return hearing.getParty().group(unit(hearing.getUnitId()).getCode());
  }

  /** The secretariat group of the committee. */
  @Transactional(readOnly = true)
  public String secretariatGroup(String committeeCode) {
    return committee(committeeCode).secretariatGroup();
  }

  /** The secretariat group of the case's committee. */
  @Transactional(readOnly = true)
  public String caseSecretariatGroup(long caseId) {
    return committeeOf(get(caseId)).secretariatGroup();
  }

  /** Stores a party's answer; only the leader may ask to present the case to the committee. */
  public void answer(
      long hearingId, Object answerValue, Object wantsToPresentValue, String answeredBy) {
    Hearing hearing = hearing(hearingId);
    if (!hearing.isWaiting()) {
      throw new InvalidSubmissionException(
          ANSWER,
          "Høringen er afsluttet ("
              + hearing.getStatus().label().toLowerCase(Locale.ROOT)
              + "). Intet er gemt.");
    }
    String answer =
        HearingFields.ANSWER_TEXT.requiredValue(
            answerValue, "Skriv høringssvaret. Har I ingen bemærkninger, så skriv det.");
    if (wantsToPresentValue != null && !(wantsToPresentValue instanceof Boolean)) {
      throw new InvalidSubmissionException(
          WANTS_TO_PRESENT,
          "'" + HearingFields.PRESENT.label() + "' skal være sat til ja eller nej. Intet er gemt.");
    }
    boolean wantsToPresent = Boolean.TRUE.equals(wantsToPresentValue);
    if (hearing.getParty() != HearingParty.LEADER && wantsToPresent) {
      throw new InvalidSubmissionException(
          WANTS_TO_PRESENT,
          "Kun enhedens leder kan bede om at fremlægge sagen for udvalget. Intet er gemt.");
    }
    hearing.answer(
        answer, hearing.getParty() == HearingParty.LEADER ? wantsToPresent : null, answeredBy);
  }

  /** The hearing's deadline passed without an answer: it is recorded as not answered. */
  public void recordNotAnswered(long hearingId) {
    Hearing hearing = hearing(hearingId);
    if (hearing.isWaiting()) {
      hearing.markNotAnswered();
    }
  }

  /**
   * Every hearing has ended (the process leaves the hearings, one step after the last answer or
   * deadline, so two answers at the same time cannot both miss it): the case is heard. A hearing
   * still waiting keeps the case in hearing.
   */
  public void closeHearings(long caseId) {
    if (hearings.countByCaseIdAndStatus(caseId, HearingStatus.WAITING) == 0) {
      get(caseId).markHeard();
    }
  }

  // ---- agenda and decision --------------------------------------------------------------------

  /**
   * Puts the case on the agenda of the committee meeting on {@code agendaDateValue}, with the
   * answers; refused while a hearing is still waiting.
   */
  public void putOnAgenda(long caseId, Object agendaDateValue, String actor) {
    CommitteeCase committeeCase = get(caseId);
    if (committeeCase.getStatus() == CaseStatus.ON_AGENDA
        || committeeCase.getStatus() == CaseStatus.DECIDED) {
      throw new InvalidSubmissionException(
          AGENDA_DATE, "Sagen er allerede sat på udvalgets dagsorden. Intet er gemt.");
    }
    List<Hearing> waiting =
        hearings.findByCaseIdOrderById(caseId).stream().filter(Hearing::isWaiting).toList();
    if (!waiting.isEmpty()) {
      throw new InvalidSubmissionException(
          AGENDA_DATE,
          "Sagen kan ikke sættes på dagsordenen, før alle høringer er besvaret, eller deres frist er"
              + " udløbet. Der mangler svar fra: "
              + waiting.stream()
                  .map(
                      hearing ->
                          unit(hearing.getUnitId()).getName()
                              + " ("
                              + hearing.getParty().label()
                              + ", frist "
                              + FormValues.longDate(hearing.getDeadline())
                              + ")")
                  .collect(Collectors.joining(", "))
              + ". Intet er gemt.");
    }
    LocalDate agendaDate = date(agendaDateValue, AGENDA_DATE, "Angiv datoen for udvalgsmødet.");
    if (agendaDate.isBefore(today())) {
      throw new InvalidSubmissionException(
          AGENDA_DATE,
          "Udvalgsmødet "
              + FormValues.longDate(agendaDate)
              + " er allerede holdt. Vælg datoen for det møde, sagen skal behandles på. Intet er"
              + " gemt.");
    }
    committeeCase.putOnAgenda(agendaDate, actor);
  }

  /**
   * Registers the committee's decision and which of the case's units' leaders presented the case.
   */
  public void decide(
      long caseId, Object decisionValue, List<String> presentedUnitCodes, String actor) {
    CommitteeCase committeeCase = get(caseId);
    if (committeeCase.getStatus() == CaseStatus.DECIDED) {
      throw new InvalidSubmissionException(
          DECISION, "Udvalgets beslutning er allerede registreret. Intet er gemt.");
    }
    if (committeeCase.getStatus() != CaseStatus.ON_AGENDA) {
      throw new InvalidSubmissionException(
          DECISION, "Sagen er ikke sat på udvalgets dagsorden endnu. Intet er gemt.");
    }
    String decision =
        HearingFields.DECISION_TEXT.requiredValue(decisionValue, "Skriv udvalgets beslutning.");
    Map<String, Unit> caseUnits =
        unitsOf(committeeCase).stream()
            .collect(Collectors.toMap(Unit::getCode, Function.identity()));
    Set<Long> presented = new LinkedHashSet<>();
    for (String code : presentedUnitCodes == null ? List.<String>of() : presentedUnitCodes) {
      Unit unit = caseUnits.get(code);
      if (unit == null) {
        throw new InvalidSubmissionException(
            PRESENTED_UNITS,
            "'"
                + PlainText.forLog(code)
                + "' er ikke en af sagens enheder. Markér kun ledere af de enheder, sagen omhandler."
                + " Intet er gemt.");
      }
      presented.add(unit.getId());
    }
    for (Hearing hearing : hearings.findByCaseIdOrderById(caseId)) {
      if (hearing.getParty() == HearingParty.LEADER) {
        hearing.markPresented(presented.contains(hearing.getUnitId()));
      }
    }
    committeeCase.decide(decision, actor);
  }

  // ---- reading --------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public CommitteeCase get(long caseId) {
    return cases
        .findById(caseId)
        .orElseThrow(() -> new IllegalStateException("Sag " + caseId + " findes ikke"));
  }

  @Transactional(readOnly = true)
  public Hearing hearing(long hearingId) {
    return hearings
        .findById(hearingId)
        .orElseThrow(() -> new IllegalStateException("Høring " + hearingId + " findes ikke"));
  }

  /** The case's hearings, by unit name, leader first. */
  @Transactional(readOnly = true)
  public List<Hearing> hearings(long caseId) {
    return hearings.findByCaseIdOrderById(caseId);
  }

  /** The units the case concerns, by name. */
  @Transactional(readOnly = true)
  public List<Unit> unitsOf(CommitteeCase committeeCase) {
    return units.findAllById(committeeCase.getUnitIds()).stream()
        .sorted(Comparator.comparing(Unit::getName))
        .toList();
  }

  // ---- what the forms show --------------------------------------------------------------------

  /** The registration form's introduction. */
  @Transactional(readOnly = true)
  public String committeeInfo(String committeeCode) {
    Committee committee = committee(committeeCode);
    return FormValues.fitForm(
        "### Ny sag til "
            + PlainText.markdown(committee.getName())
            + "\n\nRegistrér sagen og markér de enheder, den omhandler. Hver enheds leder og – hvor"
            + " enheden har et – lokal-MED får en opgave i Tasklist om at afgive høringssvar inden"
            + " høringsfristen (kl. "
            + CLOCK.format(closingTime)
            + " på dagen). Sagen kan først sættes på udvalgets dagsorden, når alle har svaret, eller"
            + " fristen er udløbet.");
  }

  /** The committee's active units as checklist options, saying who will be heard. */
  @Transactional(readOnly = true)
  public String unitOptionsJson(String committeeCode) {
    ArrayNode options = json.createArrayNode();
    for (Unit unit : units.findByCommitteeCodeAndActiveTrueOrderByName(committeeCode)) {
      options
          .addObject()
          .put(
              "label",
              unit.getName()
                  + (unit.hasWorksCouncil() ? " (leder og lokal-MED høres)" : " (lederen høres)"))
          .put("value", unit.getCode());
    }
    return options.toString();
  }

  /** The case as every form of it shows it: title, committee, units, meeting, deadline, text. */
  @Transactional(readOnly = true)
  public String caseInfo(long caseId) {
    CommitteeCase committeeCase = get(caseId);
    StringBuilder text =
        new StringBuilder("### ")
            .append(PlainText.markdown(committeeCase.getTitle()))
            .append("\n\n- **Udvalg:** ")
            .append(PlainText.markdown(committeeOf(committeeCase).getName()))
            .append("\n- **Enheder, sagen omhandler:** ")
            .append(
                unitsOf(committeeCase).stream()
                    .map(unit -> PlainText.markdown(unit.getName()))
                    .collect(Collectors.joining(", ")))
            .append("\n- **Udvalgsmøde:** ")
            .append(FormValues.longDate(committeeCase.getMeetingDate()));
    if (committeeCase.getAgendaDate() != null
        && !committeeCase.getAgendaDate().equals(committeeCase.getMeetingDate())) {
      text.append(" (på dagsordenen for mødet ")
          .append(FormValues.longDate(committeeCase.getAgendaDate()))
          .append(")");
    }
    text.append("\n- **Høringsfrist:** ")
        .append(deadline(committeeCase.getHearingDeadline()))
        .append("\n- **Registreret af:** ")
        .append(displayName(committeeCase.getRegisteredBy()))
        .append(", ")
        .append(FormValues.longDate(committeeCase.getRegisteredAt()))
        .append("\n\n**Sagsfremstilling**\n\n");
    int room = FormValues.MAX_STRING - text.length() - 10;
    text.append(PlainText.markdownBlock(FormValues.cut(committeeCase.getDescription(), room)));
    return FormValues.fitForm(text.toString());
  }

  /** The hearing task's introduction: whose hearing, by when, what happens at the deadline. */
  @Transactional(readOnly = true)
  public String hearingInfo(long hearingId) {
    Hearing hearing = hearing(hearingId);
    CommitteeCase committeeCase = get(hearing.getCaseId());
    String unit = PlainText.markdown(unit(hearing.getUnitId()).getName());
    boolean leader = hearing.getParty() == HearingParty.LEADER;
    return FormValues.fitForm(
        "### Høring: "
            + unit
            + " – "
            + hearing.getParty().label()
            + "\n\n"
            + PlainText.markdown(committeeOf(committeeCase).getName())
            + " skal behandle en sag, som omhandler "
            + unit
            + ". Enheden skal høres, før udvalget behandler sagen. Afgiv "
            + (leader ? "lederens" : "lokal-MEDs")
            + " høringssvar senest **"
            + deadline(hearing.getDeadline())
            + "**. Er der ikke svaret inden fristen, registreres høringen som ikke besvaret, og sagen"
            + " går videre til udvalget uden jeres svar. Svaret følger sagen til udvalget."
            + (leader
                ? "\n\nSom leder kan du bede om at fremlægge sagen for udvalget på mødet."
                : ""));
  }

  /**
   * The task's subject in the task list: the unit and the case, e.g. "Gl. Rye … – Lukning af …".
   */
  @Transactional(readOnly = true)
  public String hearingSubject(long hearingId) {
    Hearing hearing = hearing(hearingId);
    return unit(hearing.getUnitId()).getName() + " – " + get(hearing.getCaseId()).getTitle();
  }

  /** Whether the hearing is a leader's (the form then asks whether she wants to present). */
  @Transactional(readOnly = true)
  public boolean isLeaderHearing(long hearingId) {
    return hearing(hearingId).getParty() == HearingParty.LEADER;
  }

  /**
   * The state of the case's hearings in short: how many are answered, not answered or waiting, and
   * which leaders ask to present the case to the committee. The answers themselves are in {@link
   * #answersByUnitJson}.
   */
  @Transactional(readOnly = true)
  public String answersInfo(long caseId) {
    CommitteeCase committeeCase = get(caseId);
    List<Hearing> all = hearings.findByCaseIdOrderById(caseId);
    Map<Long, Unit> unitOf = unitsById(committeeCase);
    long answered = all.stream().filter(h -> h.getStatus() == HearingStatus.ANSWERED).count();
    long notAnswered =
        all.stream().filter(h -> h.getStatus() == HearingStatus.NOT_ANSWERED).count();
    long waiting = all.stream().filter(Hearing::isWaiting).count();
    List<String> presenters =
        all.stream()
            .filter(h -> Boolean.TRUE.equals(h.getWantsToPresent()))
            .map(
                h ->
                    displayName(h.getAnsweredBy())
                        + " ("
                        + PlainText.markdown(unitOf.get(h.getUnitId()).getName())
                        + ")")
            .toList();
    StringBuilder text =
        new StringBuilder("#### Høringssvar\n\n")
            .append(answered)
            .append(" af ")
            .append(all.size())
            .append(all.size() == 1 ? " høring" : " høringer")
            .append(" besvaret");
    if (notAnswered > 0) {
      text.append(", ").append(notAnswered).append(" ikke besvaret inden fristen");
    }
    if (waiting > 0) {
      text.append(", ").append(waiting).append(" afventer svar");
    }
    text.append(".\n\n**Ønsker at fremlægge sagen for udvalget:** ")
        .append(presenters.isEmpty() ? "ingen" : String.join(", ", presenters));
    return FormValues.fitForm(text.toString());
  }

  /**
   * Every hearing of the case, one row per unit (a read-only dynamic list: a Json variable has no
   * 4,000-character limit, so every answer is shown whole however many units the case concerns):
   * each party's answer with who answered and when, whether the leader asks to present the case
   * (and, once decided, whether she did), or that it was not answered by the deadline.
   */
  @Transactional(readOnly = true)
  public String answersByUnitJson(long caseId) {
    CommitteeCase committeeCase = get(caseId);
    Map<Long, List<Hearing>> byUnit =
        hearings.findByCaseIdOrderById(caseId).stream()
            .collect(
                Collectors.groupingBy(Hearing::getUnitId, LinkedHashMap::new, Collectors.toList()));
    ArrayNode rows = json.createArrayNode();
    for (Unit unit : unitsOf(committeeCase)) {
      List<String> entries = new ArrayList<>();
      for (Hearing hearing : byUnit.getOrDefault(unit.getId(), List.of())) {
        String who =
            "**" + (hearing.getParty() == HearingParty.LEADER ? "Leder" : "Lokal-MED") + ":** ";
        String presented =
            Boolean.TRUE.equals(hearing.getPresented()) ? " – fremlagde sagen for udvalget" : "";
        entries.add(
            switch (hearing.getStatus()) {
              case ANSWERED ->
                  who
                      + "besvaret af "
                      + displayName(hearing.getAnsweredBy())
                      + " "
                      + FormValues.longDate(hearing.getAnsweredAt())
                      + (Boolean.TRUE.equals(hearing.getWantsToPresent())
                          ? " – ønsker at fremlægge sagen"
                          : "")
                      + presented
                      + "\n\n"
                      + PlainText.markdownBlock(hearing.getAnswer());
              case NOT_ANSWERED ->
                  who
                      + "*ikke besvaret inden fristen "
                      + deadline(hearing.getDeadline())
                      + "*"
                      + presented;
              case WAITING ->
                  who + "*afventer svar (frist " + deadline(hearing.getDeadline()) + ")*";
            });
      }
      rows.addObject()
          .put(
              HEARING_TEXT,
              "##### "
                  + PlainText.markdown(unit.getName())
                  + "\n\n"
                  + String.join("\n\n", entries));
    }
    return rows.toString();
  }

  /** The case's units as checklist options for "who presented", naming who asked to. */
  @Transactional(readOnly = true)
  public String presenterOptionsJson(long caseId) {
    CommitteeCase committeeCase = get(caseId);
    Set<Long> asked =
        hearings.findByCaseIdOrderById(caseId).stream()
            .filter(h -> Boolean.TRUE.equals(h.getWantsToPresent()))
            .map(Hearing::getUnitId)
            .collect(Collectors.toSet());
    ArrayNode options = json.createArrayNode();
    for (Unit unit : unitsOf(committeeCase)) {
      options
          .addObject()
          .put(
              "label",
              "Lederen af "
                  + unit.getName()
                  + (asked.contains(unit.getId()) ? " (bad om at fremlægge)" : ""))
          .put("value", unit.getCode());
    }
    return options.toString();
  }

  /** The planned meeting date as the agenda form's prefilled date (ISO). */
  @Transactional(readOnly = true)
  public String plannedMeetingDate(long caseId) {
    return get(caseId).getMeetingDate().toString();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private Map<Long, Unit> unitsById(CommitteeCase committeeCase) {
    return units.findAllById(committeeCase.getUnitIds()).stream()
        .collect(Collectors.toMap(Unit::getId, Function.identity()));
  }

  private Committee committeeOf(CommitteeCase committeeCase) {
    return committees
        .findById(committeeCase.getCommitteeId())
        .orElseThrow(() -> new IllegalStateException("Sagens udvalg findes ikke"));
  }

  private Unit unit(Long unitId) {
    return units
        .findById(unitId)
        .orElseThrow(() -> new IllegalStateException("Enhed " + unitId + " findes ikke"));
  }

  private Date atClosingTime(LocalDate date) {
    return Date.from(date.atTime(closingTime).atZone(FormValues.DENMARK).toInstant());
  }

  private String deadline(LocalDate date) {
    return FormValues.longDate(date) + " kl. " + CLOCK.format(closingTime);
  }

  private static LocalDate date(Object value, String field, String missingMessage) {
    LocalDate date;
    try {
      date = FormValues.parseDate(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(field, missingMessage);
    }
    if (date == null) {
      throw new InvalidSubmissionException(field, missingMessage);
    }
    return date;
  }

  private static LocalDate today() {
    return ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.DENMARK)
        .toLocalDate();
  }

  /** "Mette Skov" for a known user, else the user id; as markdown text. */
  private String displayName(String userId) {
    return PlainText.markdown(userNames.displayName(userId));
  }

  private static String describe(List<Committee> committees) {
    return committees.stream()
        .map(c -> c.getName() + " (" + c.getCode() + ")")
        .collect(Collectors.joining(", "));
  }
}
