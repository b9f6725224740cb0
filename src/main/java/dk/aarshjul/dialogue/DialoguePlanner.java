package dk.aarshjul.dialogue;

import dk.aarshjul.contract.DevelopmentContract;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.Unit;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups the year's approved contracts into dialogue meetings by each area's meeting model from the
 * DUS: one meeting per (area, unit type), per area, or per unit, and never more units in one
 * meeting than fit around a table. Idempotent: a contract that already has a meeting is left alone
 * and existing meetings are reused by title, so a retried job creates no duplicates.
 */
@Service
@Transactional
class DialoguePlanner {

  private static final Logger LOG = LoggerFactory.getLogger(DialoguePlanner.class);

  /** Danish plural of the unit types, for titles like "Børn og Unge – skoler". */
  static final Map<String, String> UNIT_TYPE_PLURALS =
      Map.of(
          "borgerservice", "borgerservice",
          "skole", "skoler",
          "dagtilbud", "dagtilbud",
          "plejecenter", "plejecentre",
          "botilbud", "botilbud",
          "stab", "stabe",
          "institution", "institutioner");

  private final Periods periods;
  private final MeetingModels meetingModels;
  private final DialogueMeetingRepository meetings;
  private final int maxUnitsPerMeeting;

  /**
   * {@code maxUnitsPerMeeting} ({@code aarshjul.dialogue.max-units-per-meeting}, default 12): a
   * dialogue is a meeting around one table, and its minutes form lists every unit; a larger group
   * (all 120 schools of a large municipality) is split into meetings of at most this many units,
   * "Børn og Unge – skoler", "Børn og Unge – skoler (2)", …
   */
  public DialoguePlanner(
      Periods periods,
      MeetingModels meetingModels,
      DialogueMeetingRepository meetings,
      @Value("${aarshjul.dialogue.max-units-per-meeting:12}") int maxUnitsPerMeeting) {
    if (maxUnitsPerMeeting < 1) {
      throw new IllegalArgumentException(
          "aarshjul.dialogue.max-units-per-meeting skal være mindst 1");
    }
    this.periods = periods;
    this.meetingModels = meetingModels;
    this.meetings = meetings;
    this.maxUnitsPerMeeting = maxUnitsPerMeeting;
  }

  /**
   * Creates the missing meetings and participants of the year; returns all of the year's meetings
   * by title.
   */
  public List<DialogueMeeting> planMeetings(Object yearValue) {
    Period year = year(yearValue);
    Set<Long> alreadyPlanned = new HashSet<>(meetings.findPlannedContractIds(year.getId()));
    Map<String, DialogueMeeting> byTitle = new HashMap<>();
    meetings.findByYearIdOrderByTitle(year.getId()).forEach(m -> byTitle.put(m.getTitle(), m));
    MeetingModels.Chosen models = meetingModels.chosenIn(year.getId());
    for (DevelopmentContract contract : meetings.findApprovedContracts(year.getId())) {
      if (alreadyPlanned.contains(contract.getId())) {
        continue;
      }
      Area area = contract.getUnit().getArea();
      MeetingModel model = models.of(area);
      String title = title(model, contract.getUnit());
      DialogueMeeting existing = byTitle.get(title);
      if (existing != null && !Objects.equals(existing.getArea().getId(), area.getId())) {
        // a unit named like another area's meeting: keep the titles apart
        title = title + " (" + area.getName() + ")";
      }
      DialogueMeeting meeting = null;
      // the group's first meeting with room: "title", "title (2)", … (existing meetings first, so a
      // retry reuses them)
      for (int number = 1; meeting == null; number++) {
        String numbered = number == 1 ? title : title + " (" + number + ")";
        DialogueMeeting candidate = byTitle.get(numbered);
        if (candidate == null) {
          meeting = meetings.save(new DialogueMeeting(year, area, model, numbered));
          byTitle.put(numbered, meeting);
        } else if (candidate.getStatus() != MeetingStatus.PLANNED) {
          LOG.warn(
              "Kontrakten for {} blev godkendt efter dialogmødet '{}' ({}); den kommer ikke med i mødet.",
              contract.getUnit().getName(),
              numbered,
              candidate.getStatus());
          break;
        } else if (candidate.getParticipants().size() < maxUnitsPerMeeting) {
          meeting = candidate;
        }
      }
      if (meeting == null) {
        continue;
      }
      meeting.addParticipant(contract);
      alreadyPlanned.add(contract.getId());
    }
    meetings.flush();
    return meetings.findByYearIdOrderByTitle(year.getId());
  }

  /** The meeting's title under the area's meeting model. */
  static String title(MeetingModel model, Unit unit) {
    return switch (model) {
      case SAME_UNIT_TYPE ->
          unit.getArea().getName()
              + " – "
              + UNIT_TYPE_PLURALS.getOrDefault(unit.getUnitType(), unit.getUnitType());
      case WHOLE_AREA -> unit.getArea().getName();
      case SAME_DISTRICT ->
          unit.getDistrict() == null
              ? unit.getName()
              : unit.getArea().getName() + " – " + unit.getDistrict().getName();
      case SINGLE_UNIT -> unit.getName();
    };
  }

  /**
   * The year's meeting ids ordered by title: the collection of the main process's multi-instance.
   */
  @Transactional(readOnly = true)
  public List<Long> meetingIds(Object yearValue) {
    return meetings.findByYearIdOrderByTitle(year(yearValue).getId()).stream()
        .map(DialogueMeeting::getId)
        .toList();
  }

  private Period year(Object yearValue) {
    if (!(yearValue instanceof Number number) || number.intValue() != number.doubleValue()) {
      throw new IllegalStateException(
          "Procesvariablen 'year' skal være et helt tal, fx 2028 (er " + yearValue + ").");
    }
    return periods
        .findBudgetYear(number.intValue())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Årshjulet har ikke året "
                        + number.intValue()
                        + "; dialogmøder kan ikke planlægges."));
  }
}
