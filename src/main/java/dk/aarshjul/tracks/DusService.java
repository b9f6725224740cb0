package dk.aarshjul.tracks;

import static dk.aarshjul.tracks.TracksVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.contract.EarlyDialogueTrial;
import dk.aarshjul.dialogue.MeetingModel;
import dk.aarshjul.dialogue.MeetingModels;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.AreaRepository;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Period.DateEntry;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.PeriodRepository;
import dk.aarshjul.period.Periods;
import dk.aarshjul.period.Requirement;
import dk.aarshjul.period.RequirementRule;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directorate's tracks (DUS): opening a budget year, drafting its tracks, requirements,
 * calendar, meeting models and early-dialogue trial, and publishing them. The DUS is their source:
 * what it publishes belongs to the period (tracks as aims, requirements, calendar), the dialogue
 * block (meeting models) and the agreement block (trial). Every submission is validated here; a bad
 * one is rejected in Danish and stores nothing.
 */
@Service
@Transactional
public class DusService {

  static final int MAX_TRACKS = TrackFields.REQUIREMENT_TRACK.max();
  static final int MAX_REQUIREMENTS = 20;
  static final int MAX_FOLLOW_UPS = 6;

  private final Periods periods;
  private final PeriodRepository periodRepository;
  private final DusRepository duses;
  private final MeetingModels meetingModels;
  private final EarlyDialogueTrial earlyDialogue;
  private final AreaRepository areas;
  private final UnitRepository units;
  private final ObjectMapper objectMapper;

  public DusService(
      Periods periods,
      PeriodRepository periodRepository,
      DusRepository duses,
      MeetingModels meetingModels,
      EarlyDialogueTrial earlyDialogue,
      AreaRepository areas,
      UnitRepository units,
      ObjectMapper objectMapper) {
    this.periods = periods;
    this.periodRepository = periodRepository;
    this.duses = duses;
    this.meetingModels = meetingModels;
    this.earlyDialogue = earlyDialogue;
    this.areas = areas;
    this.units = units;
    this.objectMapper = objectMapper;
  }

  /**
   * Opens a new budget year with a DUS to draft; rejects a year that is not a plausible year or
   * already has one.
   */
  public Period open(Object yearValue) {
    Period period = periods.openBudgetYear(yearValue, "Årshjul " + Periods.requireYear(yearValue));
    duses.saveAndFlush(new Dus(period.getId()));
    return period;
  }

  /** The budget year's period, with its calendar, requirements and tracks. */
  @Transactional(readOnly = true)
  public Period year(int year) {
    return periods.budgetYear(year);
  }

  /** The budget year's DUS (its review state). */
  @Transactional(readOnly = true)
  public Dus dus(int year) {
    Period period = year(year);
    return duses
        .findById(period.getId())
        .orElseThrow(() -> new IllegalStateException("Året " + year + " har ingen DUS"));
  }

  // ---- drafting --------------------------------------------------------------------------------

  /**
   * What the DUS form is prefilled with: this year's draft, else the latest earlier DUS as a
   * starting point.
   */
  @Transactional(readOnly = true)
  public DraftView draftView(int year) {
    Period current = year(year);
    Dus currentDus = dus(year);
    Period source =
        !current.getTracks().isEmpty()
            ? current
            : periodRepository.findAll().stream()
                .filter(
                    p ->
                        p.getKind() == current.getKind()
                            && p.getYear() < year
                            && p.isOpen()
                            && !p.getTracks().isEmpty())
                .max(Comparator.comparingInt(Period::getYear))
                .orElse(current);
    ArrayNode tracks = objectMapper.createArrayNode();
    source
        .getTracks()
        .forEach(
            t ->
                tracks
                    .addObject()
                    .put("title", t.getTitle())
                    .put("description", t.getDescription()));
    ArrayNode requirements = objectMapper.createArrayNode();
    source
        .getRequirements()
        .forEach(
            r -> {
              ObjectNode node =
                  requirements
                      .addObject()
                      .put("title", r.getTitle())
                      .put("description", r.getDescription())
                      .put("rule", r.getRule().name());
              if (r.getTrackNumber() != null) {
                node.put("trackNumber", r.getTrackNumber());
              }
            });
    List<Area> allAreas = areas.findAll(org.springframework.data.domain.Sort.by("name"));
    ArrayNode areaOptions = objectMapper.createArrayNode();
    ArrayNode meetingModelsJson = objectMapper.createArrayNode();
    MeetingModels.Chosen chosen = meetingModels.chosenIn(current.getId());
    for (Area area : allAreas) {
      areaOptions.addObject().put("label", area.getName()).put("value", area.getCode());
      meetingModelsJson
          .addObject()
          .put("area", area.getCode())
          .put("model", chosen.of(area).name());
    }
    ArrayNode unitOptions = objectMapper.createArrayNode();
    units
        .findByActiveTrueOrderByName()
        .forEach(u -> unitOptions.addObject().put("label", u.getName()).put("value", u.getCode()));
    ArrayNode earlyUnits = objectMapper.createArrayNode();
    earlyDialogue.units(current.getId()).forEach(unit -> earlyUnits.add(unit.getCode()));
    ArrayNode followUps = objectMapper.createArrayNode();
    current
        .getFollowUpDates()
        .forEach(f -> followUps.addObject().put("date", f.getOnDate().toString()));
    String background =
        source == current
            ? ""
            : "Formularen er udfyldt med spor og krav fra DUS "
                + source.getYear()
                + " som udgangspunkt – ret dem til.";
    if (currentDus.getReviewComment() != null) {
      background =
          "**Sendt tilbage til rettelse:**\n\n"
              + PlainText.markdownBlock(currentDus.getReviewComment())
              + "\n\n"
              + background;
    }
    return new DraftView(
        tracks.toString(),
        requirements.toString(),
        iso(current.getContractDeadline()),
        iso(current.getDialogueFrom()),
        iso(current.getDialogueTo()),
        followUps.toString(),
        meetingModelsJson.toString(),
        earlyUnits.toString(),
        areaOptions.toString(),
        unitOptions.toString(),
        background);
  }

  /** Replaces the year's draft DUS with the submitted one. */
  public void saveDraft(int year, Submission submission) {
    Period cycleYear = year(year);
    if (dus(year).isPublished()) {
      throw new InvalidSubmissionException(
          TRACKS, "DUS for " + year + " er allerede udgivet og kan ikke ændres.");
    }
    List<JsonNode> tracks = list(submission.tracksJson(), TRACKS, "Udviklingsspor", 1, MAX_TRACKS);
    List<JsonNode> requirements =
        list(submission.requirementsJson(), REQUIREMENTS, "Krav", 1, MAX_REQUIREMENTS);
    LocalDate deadline =
        requiredDate(submission.contractDeadline(), CONTRACT_DEADLINE, "Frist for kontrakter");
    LocalDate dialogueFrom =
        requiredDate(submission.dialogueFrom(), DIALOGUE_FROM, "Dialogmøder fra");
    LocalDate dialogueTo = requiredDate(submission.dialogueTo(), DIALOGUE_TO, "Dialogmøder til");
    if (dialogueTo.isBefore(dialogueFrom)) {
      throw new InvalidSubmissionException(DIALOGUE_TO, "Dialogvinduet slutter før det begynder.");
    }
    List<LocalDate> followUps = new ArrayList<>();
    int row = 1;
    for (JsonNode item :
        list(
            submission.followUpDatesJson(),
            FOLLOW_UP_DATES,
            "Opfølgningsdatoer",
            1,
            MAX_FOLLOW_UPS)) {
      onlyFields(item, FOLLOW_UP_DATES, "Opfølgning " + row, Set.of("date"));
      LocalDate date =
          requiredDate(
              textOrNull(item.get("date")), FOLLOW_UP_DATES, "Opfølgning " + row + ": dato");
      if (!followUps.isEmpty() && !date.isAfter(followUps.get(followUps.size() - 1))) {
        throw new InvalidSubmissionException(
            FOLLOW_UP_DATES, "Opfølgningsdatoerne skal stå i rækkefølge uden gentagelser.");
      }
      followUps.add(date);
      row++;
    }
    Map<Area, MeetingModel> models = meetingModels(submission.meetingModelsJson());
    List<Unit> earlyUnits = earlyDialogueUnits(submission.earlyDialogueUnitsJson());

    cycleYear.clear(AimKind.TRACK);
    periodRepository.saveAndFlush(cycleYear);
    int number = 1;
    for (JsonNode item : tracks) {
      String prefix = "Spor " + number + ": ";
      onlyFields(item, TRACKS, prefix, Set.of("title", "description"));
      cycleYear.addAim(
          AimKind.TRACK,
          number,
          requiredText(
              item, "title", TRACKS, prefix + "titel", TrackFields.TRACK_TITLE.maxLength()),
          optionalText(
              item,
              "description",
              TRACKS,
              prefix + "beskrivelse",
              TrackFields.TRACK_DESCRIPTION.maxLength()));
      number++;
    }
    number = 1;
    for (JsonNode item : requirements) {
      String prefix = "Krav " + number + ": ";
      onlyFields(item, REQUIREMENTS, prefix, Set.of("title", "description", "rule", "trackNumber"));
      String title =
          requiredText(
              item,
              "title",
              REQUIREMENTS,
              prefix + "titel",
              TrackFields.REQUIREMENT_TITLE.maxLength());
      String description =
          optionalText(
              item,
              "description",
              REQUIREMENTS,
              prefix + "beskrivelse",
              TrackFields.REQUIREMENT_DESCRIPTION.maxLength());
      RequirementRule rule = rule(item.get("rule"), prefix);
      Integer trackNumber = null;
      if (rule == RequirementRule.GOAL_ON_TRACK) {
        trackNumber = trackNumber(item.get("trackNumber"), prefix, tracks.size());
      }
      cycleYear.addRequirement("K" + number, title, description, rule, trackNumber);
      number++;
    }
    cycleYear.replaceDates(PeriodDateKind.CONTRACT_DEADLINE, List.of(DateEntry.on(deadline)));
    cycleYear.replaceDates(
        PeriodDateKind.DIALOGUE_WINDOW, List.of(DateEntry.window(dialogueFrom, dialogueTo)));
    cycleYear.replaceDates(
        PeriodDateKind.FOLLOW_UP, followUps.stream().map(DateEntry::on).toList());
    periodRepository.saveAndFlush(cycleYear);
    meetingModels.replace(cycleYear.getId(), models);
    earlyDialogue.replace(cycleYear.getId(), earlyUnits);
  }

  /**
   * Publishes the year's DUS and so opens the period: from now on contracts can be drafted against
   * it.
   */
  public void publish(int year, String actor) {
    Period period = year(year);
    if (period.getTracks().isEmpty() || period.getRequirements().isEmpty()) {
      throw new InvalidSubmissionException(
          DECISION, "DUS for " + year + " har ingen spor eller krav og kan ikke udgives.");
    }
    Instant now = Instant.now();
    dus(year).publish(now, actor);
    period.open(actor);
    periodRepository.save(period);
  }

  /**
   * Records the review decision: publish, or send the draft back with a comment. Returns true when
   * published.
   */
  public boolean review(int year, Object decision, Object commentValue, String actor) {
    if (DECISION_PUBLISH.equals(decision)) {
      publish(year, actor);
      return true;
    }
    if (!DECISION_REVISE.equals(decision)) {
      throw new InvalidSubmissionException(DECISION, "Vælg om DUS udgives eller rettes.");
    }
    if (!(commentValue instanceof String comment) || comment.isBlank()) {
      throw new InvalidSubmissionException(COMMENT, "Skriv hvad der skal rettes.");
    }
    if (comment.length() > TrackFields.COMMENT.maxLength()) {
      throw new InvalidSubmissionException(
          COMMENT, "Kommentaren må højst være " + TrackFields.COMMENT.maxLength() + " tegn.");
    }
    dus(year).sendBackForRevision(comment.strip());
    return false;
  }

  /** A read-only markdown summary of the year's DUS. */
  @Transactional(readOnly = true)
  public String summary(int year) {
    Period y = year(year);
    StringBuilder text =
        new StringBuilder("**Direktionens udviklingsspor (DUS) " + year + "**\n\n");
    y.getTracks()
        .forEach(
            t ->
                text.append(t.getNumber())
                    .append(". ")
                    .append(PlainText.markdown(t.getTitle()))
                    .append('\n'));
    text.append("\n**Krav til kontrakterne**\n\n");
    y.getRequirements()
        .forEach(
            r ->
                text.append("- ")
                    .append(PlainText.markdown(r.getTitle()))
                    .append(" (")
                    .append(ruleLabel(r))
                    .append(")\n"));
    text.append("\n**Kalender**\n\n- Frist for kontrakter: ")
        .append(danish(y.getContractDeadline()))
        .append("\n- Dialogmøder: ")
        .append(danish(y.getDialogueFrom()))
        .append(" – ")
        .append(danish(y.getDialogueTo()))
        .append("\n- Opfølgning: ")
        .append(
            y.getFollowUpDates().stream()
                .map(f -> danish(f.getOnDate()))
                .collect(Collectors.joining(", ")))
        .append("\n\n**Mødemodeller**\n\n");
    meetingModels
        .of(y.getId())
        .forEach(
            m ->
                text.append("- ")
                    .append(PlainText.markdown(m.getArea().getName()))
                    .append(": ")
                    .append(m.getMeetingModel().label())
                    .append('\n'));
    List<Unit> trial = earlyDialogue.units(y.getId());
    if (!trial.isEmpty()) {
      text.append("\n**Forsøg med tidlig dialog:** ")
          .append(
              trial.stream()
                  .map(unit -> PlainText.markdown(unit.getName()))
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
    return FormValues.fitForm(text.toString());
  }

  private static String ruleLabel(Requirement requirement) {
    return switch (requirement.getRule()) {
      case GOAL_ON_TRACK -> "mindst ét mål på spor " + requirement.getTrackNumber();
      case GOAL_ADDRESSES -> "et mål markeres som svar på kravet";
      case GOAL_WITH_TARGET -> "et mål med indikator og målværdi";
      case LEADERSHIP_SPAN_ASSESSED -> "vurdering af ledelsesspænd";
      case APPROVER_CONFIRMS -> "fritekst, godkenderen bekræfter";
      case MAX_GOALS -> "højst " + requirement.getLimit() + " mål";
      case EVERY_GOAL_SERVES_BEACON -> "hvert mål tjener et politisk pejlemærke";
    };
  }

  // ---- parsing ---------------------------------------------------------------------------------

  private Map<Area, MeetingModel> meetingModels(String json) {
    Map<String, Area> byCode =
        areas.findAll().stream().collect(Collectors.toMap(Area::getCode, a -> a));
    Map<Area, MeetingModel> models = new LinkedHashMap<>();
    int row = 1;
    for (JsonNode item : list(json, MEETING_MODELS, "Mødemodeller", 1, byCode.size())) {
      String prefix = "Mødemodel " + row++ + ": ";
      onlyFields(item, MEETING_MODELS, prefix, Set.of("area", "model"));
      Area area =
          Optional.ofNullable(textOrNull(item.get("area")))
              .map(byCode::get)
              .orElseThrow(
                  () -> new InvalidSubmissionException(MEETING_MODELS, prefix + "vælg et område."));
      MeetingModel model;
      try {
        model = MeetingModel.valueOf(String.valueOf(textOrNull(item.get("model"))));
      } catch (IllegalArgumentException e) {
        throw new InvalidSubmissionException(
            MEETING_MODELS, prefix + "vælg en mødemodel for " + area.getName() + ".");
      }
      if (models.put(area, model) != null) {
        throw new InvalidSubmissionException(
            MEETING_MODELS, area.getName() + " har fået to mødemodeller.");
      }
    }
    return models;
  }

  private List<Unit> earlyDialogueUnits(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    List<Unit> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode item : list(json, EARLY_DIALOGUE_UNITS, "Forsøg med tidlig dialog", 0, 1000)) {
      String code = textOrNull(item);
      Unit unit =
          Optional.ofNullable(code)
              .flatMap(units::findByCode)
              .filter(Unit::isActive)
              .orElseThrow(
                  () ->
                      new InvalidSubmissionException(
                          EARLY_DIALOGUE_UNITS,
                          "Ukendt enhed i forsøget med tidlig dialog: " + code + "."));
      if (seen.add(code)) {
        result.add(unit);
      }
    }
    return result;
  }

  private List<JsonNode> list(String json, String field, String label, int min, int max) {
    JsonNode root;
    try {
      root = json == null ? null : objectMapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidSubmissionException(
          field, label + " kunne ikke læses. Udfyld formularen igen.");
    }
    if (root == null || root.isNull()) {
      root = objectMapper.createArrayNode();
    }
    if (!root.isArray()) {
      throw new InvalidSubmissionException(field, label + " skal være en liste.");
    }
    if (root.size() < min) {
      throw new InvalidSubmissionException(field, label + ": angiv mindst " + min + ".");
    }
    if (root.size() > max) {
      throw new InvalidSubmissionException(field, label + ": højst " + max + ".");
    }
    List<JsonNode> items = new ArrayList<>();
    root.forEach(items::add);
    return items;
  }

  private static void onlyFields(JsonNode item, String field, String prefix, Set<String> allowed) {
    if (!item.isObject()) {
      throw new InvalidSubmissionException(field, prefix + " har et ugyldigt format.");
    }
    for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new InvalidSubmissionException(field, prefix + " feltet '" + name + "' kendes ikke.");
      }
    }
  }

  private static String requiredText(
      JsonNode item, String name, String field, String label, int max) {
    String text = optionalText(item, name, field, label, max);
    if (text == null) {
      throw new InvalidSubmissionException(field, label + " skal udfyldes.");
    }
    return text;
  }

  private static String optionalText(
      JsonNode item, String name, String field, String label, int max) {
    return FormValues.optionalText(item, name, field, "", label, max);
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() || !node.isTextual() || node.asText().isBlank()
        ? null
        : node.asText().strip();
  }

  private static RequirementRule rule(JsonNode node, String prefix) {
    try {
      return RequirementRule.valueOf(String.valueOf(textOrNull(node)));
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(
          REQUIREMENTS, prefix + "vælg hvordan kravet kontrolleres.");
    }
  }

  private static int trackNumber(JsonNode node, String prefix, int trackCount) {
    Integer number = null;
    if (node != null && node.isIntegralNumber()) {
      number = node.intValue();
    } else if (node != null && node.isTextual() && node.asText().strip().matches("\\d{1,2}")) {
      number = Integer.valueOf(node.asText().strip());
    }
    if (number == null || number < 1 || number > trackCount) {
      throw new InvalidSubmissionException(
          REQUIREMENTS, prefix + "angiv hvilket spor (1–" + trackCount + ") kravet gælder.");
    }
    return number;
  }

  private static LocalDate requiredDate(Object value, String field, String label) {
    LocalDate date;
    try {
      date = FormValues.parseDate(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(field, label + " er ikke en gyldig dato (åååå-mm-dd).");
    }
    if (date == null) {
      throw new InvalidSubmissionException(field, label + " skal udfyldes.");
    }
    return date;
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static String danish(LocalDate date) {
    return date == null ? "(ikke fastsat)" : FormValues.longDate(date);
  }

  /** What the directorate submitted in the DUS form; lists are Json text. */
  public record Submission(
      String tracksJson,
      String requirementsJson,
      Object contractDeadline,
      Object dialogueFrom,
      Object dialogueTo,
      String followUpDatesJson,
      String meetingModelsJson,
      String earlyDialogueUnitsJson) {}

  /** What the DUS form is prefilled with. */
  public record DraftView(
      String tracksJson,
      String requirementsJson,
      String contractDeadline,
      String dialogueFrom,
      String dialogueTo,
      String followUpDatesJson,
      String meetingModelsJson,
      String earlyDialogueUnitsJson,
      String areaOptionsJson,
      String unitOptionsJson,
      String backgroundInfo) {}
}
