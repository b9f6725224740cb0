package dk.aarshjul.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.contract.ContractService;
import dk.aarshjul.contract.ContractVersion;
import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.contract.GoalFields;
import dk.aarshjul.organisation.Groups;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodDate;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.PeriodKind;
import dk.aarshjul.process.DanishText;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a contract dialogue: planning the meeting, holding it, and applying the agreed
 * adjustments.
 */
@Service
@Transactional
public class DialogueService {

  private static final Set<String> ROW_FIELDS =
      Set.of(
          DialogueVariables.ROW_UNIT_NAME,
          DialogueVariables.ROW_AGREED,
          DialogueVariables.ROW_AGREED_TEXT);

  private final DialogueMeetingRepository meetings;
  private final DialogueAgreementRepository agreements;
  private final ContractService contracts;
  private final ObjectMapper objectMapper;

  public DialogueService(
      DialogueMeetingRepository meetings,
      DialogueAgreementRepository agreements,
      ContractService contracts,
      ObjectMapper objectMapper) {
    this.meetings = meetings;
    this.agreements = agreements;
    this.contracts = contracts;
    this.objectMapper = objectMapper;
  }

  @Transactional(readOnly = true)
  public DialogueMeeting get(long meetingId) {
    DialogueMeeting meeting =
        meetings
            .findById(meetingId)
            .orElseThrow(
                () -> new IllegalStateException("Dialogmøde " + meetingId + " findes ikke."));
    meeting.getParticipants().size();
    return meeting;
  }

  /** The group chief of the meeting's area: the candidate group of the planning task. */
  @Transactional(readOnly = true)
  public String groupChiefGroup(long meetingId) {
    return Groups.groupChief(get(meetingId).getArea().getCode());
  }

  /**
   * Who plans the meeting: the area's group chief (contract dialogue), the committee's secretariat
   * (committee meeting) or the directorate (its dialogue with staff units).
   */
  @Transactional(readOnly = true)
  public String plannerGroup(long meetingId) {
    DialogueMeeting meeting = get(meetingId);
    return switch (meeting.getKind()) {
      case CONTRACT -> Groups.groupChief(meeting.getArea().getCode());
      case COMMITTEE, JOINT_COMMITTEE, INSTITUTION -> meeting.getCommittee().secretariatGroup();
      case DIRECTORATE -> Groups.DIRECTORATE;
    };
  }

  /**
   * Who holds the meeting and writes its minutes: the directorate, or for a committee's meeting its
   * secretariat (registering for the politicians).
   */
  @Transactional(readOnly = true)
  public String hostGroup(long meetingId) {
    DialogueMeeting meeting = get(meetingId);
    return meeting.getKind() == MeetingKind.COMMITTEE
            || meeting.getKind() == MeetingKind.JOINT_COMMITTEE
            || meeting.getKind() == MeetingKind.INSTITUTION
        ? meeting.getCommittee().secretariatGroup()
        : Groups.DIRECTORATE;
  }

  @Transactional(readOnly = true)
  public DialogueAgreement agreement(long agreementId) {
    return agreements
        .findById(agreementId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Aftale " + agreementId + " fra et dialogmøde findes ikke."));
  }

  /**
   * Checks what the calling process passed in and binds the meeting to the starting instance;
   * returns the meeting. A second instance for the same meeting is refused (and two concurrent ones
   * collide on the meeting's version).
   */
  public DialogueMeeting startDialogue(
      Object yearValue, Object meetingIdValue, String processInstanceId) {
    if (!(yearValue instanceof Number year) || year.intValue() != year.doubleValue()) {
      throw new IllegalStateException(
          "Procesvariablen 'year' skal være et helt tal, fx 2028 (er " + yearValue + ").");
    }
    if (!(meetingIdValue instanceof Number meetingId)
        || meetingId.longValue() != meetingId.doubleValue()) {
      throw new IllegalStateException(
          "Procesvariablen 'dialogueMeetingId' skal være et dialogmødes id (er "
              + meetingIdValue
              + ").");
    }
    DialogueMeeting meeting = get(meetingId.longValue());
    if (meeting.getMeetingYear() != year.intValue()) {
      throw new IllegalStateException(
          "Dialogmødet '"
              + meeting.getTitle()
              + "' hører til "
              + meeting.getMeetingYear()
              + ", ikke "
              + year.intValue()
              + ".");
    }
    if (meeting.getStatus() != MeetingStatus.PLANNED) {
      throw new IllegalStateException(
          "Dialogmødet '" + meeting.getTitle() + "' er allerede holdt og kan ikke startes igen.");
    }
    meeting.claim(processInstanceId);
    meetings.flush();
    return meeting;
  }

  // ---- Planlæg dialogmøde
  // ------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public PlanView planView(long meetingId) {
    DialogueMeeting meeting = get(meetingId);
    String meetingInfo =
        meeting.getKind() == MeetingKind.CONTRACT
            ? "### Dialogmøde: "
                + PlainText.markdown(meeting.getTitle())
                + "\n\n**Mødemodel i "
                + PlainText.markdown(meeting.getArea().getName())
                + ":** "
                + meeting.getMeetingModel().label()
                + " (DUS "
                + meeting.getYear().getYear()
                + ")"
            : "### Dialogmøde: "
                + PlainText.markdown(meeting.getTitle())
                + "\n\n**"
                + meeting.getKind().label()
                + " "
                + meeting.getMeetingYear()
                + "**"
                + (meeting.getKind() == MeetingKind.COMMITTEE
                    ? " – mødemodel: "
                        + meeting.getMeetingModel().label()
                        + (meeting.getJointCommittees().isEmpty()
                            ? ""
                            : "; fælles møde: "
                                + PlainText.markdown(CommitteeDialogues.committeeNames(meeting)))
                        + (meeting.isFacilitated() ? "; faciliteret af administrationen" : "")
                    : "");
    String participantsInfo =
        (meeting.getKind() == MeetingKind.CONTRACT
                ? "**Deltagende enheder** – kontraktholderne inviteres sammen med koncernchefen og direktionen:\n\n"
                : "**Deltagende institutioner** – lederne indhenter input fra medarbejdere og"
                    + " bestyrelse, når mødet er planlagt:\n\n")
            + meeting.participantsByUnit().stream()
                .map(p -> "- " + PlainText.markdown(p.getUnit().getName()))
                .collect(Collectors.joining("\n"));
    return new PlanView(
        truncate(meetingInfo),
        truncate(participantsInfo),
        windowInfo(meeting),
        meeting.getPlannedDate() == null ? null : meeting.getPlannedDate().toString(),
        meeting.getPlace());
  }

  /** Stores date and place; the date must lie inside the DUS dialogue window when one is set. */
  public void plan(long meetingId, Object dateValue, Object placeValue, String actor) {
    DialogueMeeting meeting = get(meetingId);
    if (meeting.getStatus() != MeetingStatus.PLANNED) {
      throw new InvalidSubmissionException(
          DialogueVariables.PLANNED_DATE, "Dialogmødet er allerede holdt.");
    }
    LocalDate date = date(dateValue);
    Optional<PeriodDate> window = window(meeting);
    LocalDate from = window.map(PeriodDate::getOnDate).orElse(null);
    LocalDate to = window.map(PeriodDate::getUntilDate).orElse(null);
    boolean tooEarly = from != null && date.isBefore(from);
    boolean tooLate = to != null && date.isAfter(to);
    if (tooEarly || tooLate) {
      throw new InvalidSubmissionException(
          DialogueVariables.PLANNED_DATE,
          "Mødedatoen "
              + danish(date)
              + " ligger uden for dialogperioden "
              + source(meeting)
              + ": "
              + window(from, to)
              + ". Vælg en dato i perioden.");
    }
    String place =
        requiredText(
            DialogueVariables.PLACE,
            placeValue,
            DialogueFields.PLACE.maxLength(),
            "Angiv hvor dialogmødet holdes.");
    meeting.plan(date, place, actor);
  }

  // ---- Hold dialogmøde og skriv referat
  // ----------------------------------------------------------

  @Transactional(readOnly = true)
  public HoldView holdView(long meetingId) {
    DialogueMeeting meeting = get(meetingId);
    List<DevelopmentContract> participants = meeting.contracts();
    String meetingInfo =
        "### Dialogmøde: "
            + PlainText.markdown(meeting.getTitle())
            + "\n\n**Tid og sted:** "
            + (meeting.getPlannedDate() == null
                ? "(ikke planlagt)"
                : danish(meeting.getPlannedDate()))
            + (meeting.getPlace() == null ? "" : ", " + PlainText.markdown(meeting.getPlace()))
            + "\n\n**Deltagende enheder:** "
            + participants.stream()
                .map(c -> PlainText.markdown(c.getUnit().getName()))
                .collect(Collectors.joining(", "));
    List<String> summaries = participants.stream().map(c -> contracts.summary(c.getId())).toList();
    ArrayNode rows = objectMapper.createArrayNode();
    for (DevelopmentContract contract : participants) {
      rows.addObject()
          .put(DialogueVariables.ROW_UNIT_NAME, contract.getUnit().getName())
          .put(DialogueVariables.ROW_AGREED, false)
          .putNull(DialogueVariables.ROW_AGREED_TEXT);
    }
    return new HoldView(
        truncate(meetingInfo),
        fit(summaries, DanishText.MAX_VARIABLE),
        rows.toString(),
        meeting.getMinutes());
  }

  /**
   * Stores the minutes and one agreement per unit whose adjustments were agreed; the list must hold
   * exactly one row per participant in the order shown. Returns whether any adjustments were
   * agreed.
   */
  public boolean hold(long meetingId, Object minutesValue, String agreementsJson, String actor) {
    DialogueMeeting meeting = get(meetingId);
    if (meeting.getStatus() != MeetingStatus.PLANNED || meeting.getPlannedDate() == null) {
      throw new InvalidSubmissionException(
          DialogueVariables.MINUTES, "Dialogmødet er ikke planlagt eller allerede holdt.");
    }
    String minutes =
        requiredText(
            DialogueVariables.MINUTES,
            minutesValue,
            DialogueFields.MINUTES.maxLength(),
            "Skriv referatet fra dialogmødet.");
    List<DevelopmentContract> participants = meeting.contracts();
    List<String> agreedTexts = parseAgreements(agreementsJson, participants);
    meeting.markHeld(minutes, actor);
    boolean any = false;
    for (int i = 0; i < participants.size(); i++) {
      if (agreedTexts.get(i) != null) {
        agreements.save(new DialogueAgreement(meeting, participants.get(i), agreedTexts.get(i)));
        any = true;
      }
    }
    return any;
  }

  /** One entry per participant: the agreed adjustment, or null when none was agreed. */
  private List<String> parseAgreements(String json, List<DevelopmentContract> participants) {
    JsonNode root;
    try {
      root = json == null ? null : objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw invalidAgreements(
          "Listen over aftalte justeringer kunne ikke læses. Udfyld formularen igen.");
    }
    if (root == null || !root.isArray() || root.size() != participants.size()) {
      throw invalidAgreements(
          "Listen over aftalte justeringer skal have én række pr. deltagende enhed ("
              + participants.size()
              + "). Enheder kan ikke tilføjes eller fjernes.");
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < participants.size(); i++) {
      String unitName = participants.get(i).getUnit().getName();
      JsonNode row = root.get(i);
      if (!row.isObject()) {
        throw invalidAgreements("Række " + (i + 1) + " har et ugyldigt format.");
      }
      for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!ROW_FIELDS.contains(name)) {
          throw invalidAgreements(unitName + ": feltet '" + name + "' kendes ikke.");
        }
      }
      JsonNode shownName = row.get(DialogueVariables.ROW_UNIT_NAME);
      if (shownName != null && !shownName.isNull() && !unitName.equals(shownName.asText())) {
        throw invalidAgreements(
            "Række "
                + (i + 1)
                + " skal være "
                + unitName
                + ", ikke '"
                + shownName.asText()
                + "'. Enhederne kan ikke ændres.");
      }
      JsonNode agreed = row.get(DialogueVariables.ROW_AGREED);
      if (agreed != null && !agreed.isNull() && !agreed.isBoolean()) {
        throw invalidAgreements(unitName + ": 'Aftalte justeringer' skal være ja eller nej.");
      }
      if (agreed == null || !agreed.asBoolean()) {
        result.add(null);
        continue;
      }
      JsonNode textNode = row.get(DialogueVariables.ROW_AGREED_TEXT);
      if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
        throw invalidAgreements(unitName + ": 'Hvad blev aftalt' skal være tekst.");
      }
      String text = textNode == null || textNode.isNull() ? "" : textNode.asText().strip();
      if (text.isEmpty()) {
        throw invalidAgreements(
            unitName + ": skriv hvad der blev aftalt, når der er aftalt justeringer.");
      }
      if (text.length() > DialogueFields.AGREED_TEXT.maxLength()) {
        throw invalidAgreements(
            unitName
                + ": 'Hvad blev aftalt' må højst være "
                + DialogueFields.AGREED_TEXT.maxLength()
                + " tegn (er "
                + text.length()
                + ").");
      }
      result.add(text);
    }
    return result;
  }

  // ---- Indarbejd aftalte justeringer
  // -------------------------------------------------------------

  /**
   * The meeting's agreements still to be applied, ordered by unit name: the adjustment
   * multi-instance collection.
   */
  @Transactional(readOnly = true)
  public List<Long> agreementsToApply(long meetingId) {
    return agreements
        .findByMeetingIdAndStatusOrderByContractUnitName(meetingId, AgreementStatus.PENDING)
        .stream()
        .map(DialogueAgreement::getId)
        .toList();
  }

  @Transactional(readOnly = true)
  public String contractHolderGroup(long agreementId) {
    return Groups.contractHolder(agreement(agreementId).getContract().getUnit().getCode());
  }

  @Transactional(readOnly = true)
  public AdjustView adjustView(long agreementId) {
    DialogueAgreement agreement = agreement(agreementId);
    DialogueMeeting meeting = agreement.getMeeting();
    ContractService.DraftView draft = contracts.draftView(agreement.getContract().getId());
    String header =
        "**Aftalt på dialogmødet "
            + PlainText.markdown(meeting.getTitle())
            + (meeting.getPlannedDate() == null ? "" : " den " + danish(meeting.getPlannedDate()))
            + ":**\n\n";
    String footer =
        "\n\nRet målene, så de afspejler aftalen. Kontrakten forbliver godkendt og gemmes som en ny version.";
    String text = PlainText.markdownBlock(agreement.getText());
    int room = DanishText.MAX_VARIABLE - header.length() - footer.length();
    return new AdjustView(draft, header + FormValues.cut(text, room) + footer);
  }

  /**
   * Revises the contract with the submitted goals as a new version and marks the agreement applied.
   * The meeting agreed a change, so a contract submitted unchanged (goals and leadership-span
   * assessment as approved) needs the holder's reason for not incorporating it: without one the
   * submission is refused and nothing is stored; with one the agreement is marked not applied and
   * the reason recorded with the contract's versions.
   */
  public ContractVersion applyAdjustment(
      long agreementId,
      String goalsJson,
      Object leadershipSpan,
      Object notAppliedReason,
      String actor) {
    DialogueAgreement agreement = agreement(agreementId);
    if (agreement.getStatus() != AgreementStatus.PENDING) {
      throw new InvalidSubmissionException(
          DialogueVariables.GOALS, "Justeringen er allerede indarbejdet i kontrakten.");
    }
    String reason = notAppliedReason(notAppliedReason);
    ContractService.Revision revision =
        contracts.reviseAfterDialogue(
            agreement.getContract().getId(),
            goalsJson,
            leadershipSpan,
            agreement.getText(),
            reason,
            actor);
    if (!revision.changed() && reason == null) {
      // rolls back the revision: nothing is stored
      throw new InvalidSubmissionException(
          DialogueVariables.NOT_APPLIED_REASON,
          "Dialogmødet aftalte en justering af kontrakten, men målene er ikke ændret. Indarbejd justeringen i målene, "
              + "eller skriv under 'Begrundelse, hvis justeringen ikke indarbejdes', hvorfor den ikke indarbejdes. "
              + "Intet er gemt.");
    }
    int versionNumber = revision.version().getVersionNumber();
    if (revision.changed()) {
      agreement.markApplied(versionNumber, actor);
    } else {
      agreement.markNotApplied(versionNumber, actor);
    }
    return revision.version();
  }

  private static String notAppliedReason(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new InvalidSubmissionException(
          DialogueVariables.NOT_APPLIED_REASON, "Begrundelsen skal være tekst.");
    }
    if (text.length() > GoalFields.NOT_APPLIED_REASON.maxLength()) {
      throw new InvalidSubmissionException(
          DialogueVariables.NOT_APPLIED_REASON,
          "Begrundelsen må højst være " + GoalFields.NOT_APPLIED_REASON.maxLength() + " tegn.");
    }
    return text.isBlank() ? null : text.strip();
  }

  /** Closes the meeting once every agreement is applied. */
  public void complete(long meetingId) {
    DialogueMeeting meeting = get(meetingId);
    if (meeting.getStatus() != MeetingStatus.HELD) {
      throw new IllegalStateException(
          "Dialogmødet '"
              + meeting.getTitle()
              + "' er ikke holdt (status "
              + meeting.getStatus()
              + ").");
    }
    if (!agreementsToApply(meetingId).isEmpty()) {
      throw new IllegalStateException(
          "Dialogmødet '" + meeting.getTitle() + "' har aftaler, der ikke er indarbejdet.");
    }
    meeting.markCompleted();
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  /**
   * The dialogue window of the meeting's year: a budget year's first window, a term's window of the
   * meeting's year (window n in year n).
   */
  private static Optional<PeriodDate> window(DialogueMeeting meeting) {
    Period period = meeting.getYear();
    int number =
        period.getKind() == PeriodKind.ELECTION_TERM
            ? period.yearNumber(meeting.getMeetingYear())
            : 1;
    return period.date(PeriodDateKind.DIALOGUE_WINDOW, number);
  }

  /** Where the window comes from: "i DUS 2027" or "i valgperioden 2026–2029 for 2027". */
  private static String source(DialogueMeeting meeting) {
    Period period = meeting.getYear();
    return period.getKind() == PeriodKind.ELECTION_TERM
        ? "i valgperioden " + period.getName() + " for " + meeting.getMeetingYear()
        : "i DUS " + period.getYear();
  }

  private static String windowInfo(DialogueMeeting meeting) {
    Optional<PeriodDate> window = window(meeting);
    if (window.isEmpty()) {
      return "Der er ingen dialogperiode " + source(meeting) + "; vælg en passende dato.";
    }
    return "**Dialogperiode "
        + source(meeting)
        + ":** "
        + window(window.get().getOnDate(), window.get().getUntilDate());
  }

  private static String window(LocalDate from, LocalDate to) {
    if (from != null && to != null) {
      return danish(from) + " – " + danish(to);
    }
    return from != null ? "fra " + danish(from) : "senest " + danish(to);
  }

  static String danish(LocalDate date) {
    return FormValues.longDate(date);
  }

  /** Tasklist sends a date as an ISO string ("2028-03-15"); a REST client may send a Date. */
  private static LocalDate date(Object value) {
    LocalDate date;
    try {
      date = FormValues.parseDate(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(
          DialogueVariables.PLANNED_DATE,
          "Mødedatoen '" + value + "' er ikke en gyldig dato (fx 2028-03-15).");
    }
    if (date == null) {
      throw new InvalidSubmissionException(
          DialogueVariables.PLANNED_DATE, "Vælg datoen for dialogmødet.");
    }
    return date;
  }

  private static String requiredText(String field, Object value, int max, String missingMessage) {
    if (value != null && !(value instanceof String)) {
      throw new InvalidSubmissionException(field, "Feltet skal være tekst.");
    }
    String text = value == null ? "" : ((String) value).strip();
    if (text.isEmpty()) {
      throw new InvalidSubmissionException(field, missingMessage);
    }
    if (text.length() > max) {
      throw new InvalidSubmissionException(
          field, "Teksten må højst være " + max + " tegn (er " + text.length() + ").");
    }
    return text;
  }

  private static InvalidSubmissionException invalidAgreements(String message) {
    return new InvalidSubmissionException(DialogueVariables.AGREEMENTS, message);
  }

  private static String truncate(String text) {
    return FormValues.fitForm(text);
  }

  /**
   * Joins the contract summaries so the result fits {@code max} characters: short summaries are
   * shown whole, the room left is shared equally among the longer ones, which are cut at a line
   * break where possible.
   */
  static String fit(List<String> summaries, int max) {
    String separator = "\n\n---\n\n";
    if (summaries.isEmpty()) {
      return "";
    }
    int room = max - separator.length() * (summaries.size() - 1);
    int[] budget = new int[summaries.size()];
    List<Integer> byLength = new ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      byLength.add(i);
    }
    byLength.sort(Comparator.comparingInt(i -> summaries.get(i).length()));
    int left = summaries.size();
    for (int i : byLength) {
      budget[i] = Math.min(summaries.get(i).length(), room / left);
      room -= budget[i];
      left--;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < summaries.size(); i++) {
      parts.add(cut(summaries.get(i), budget[i]));
    }
    return String.join(separator, parts);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String marker = "\n\n*(forkortet)*";
    if (max <= marker.length() + 1) {
      return text.substring(0, Math.max(0, max));
    }
    String cut = text.substring(0, max - marker.length());
    int lineBreak = cut.lastIndexOf('\n');
    if (lineBreak > cut.length() / 2) {
      cut = cut.substring(0, lineBreak);
    }
    return cut.stripTrailing() + marker;
  }

  /** What the planning form shows and is prefilled with. */
  public record PlanView(
      String meetingInfo,
      String participantsInfo,
      String dialogueWindowInfo,
      String plannedDate,
      String place) {}

  /**
   * What the meeting form shows and is prefilled with; agreementsJson has one row per participant.
   */
  public record HoldView(
      String meetingInfo, String contractSummaries, String agreementsJson, String minutes) {}

  /** The draft form's values of the contract plus the agreed adjustment. */
  public record AdjustView(ContractService.DraftView draft, String agreementInfo) {}
}
