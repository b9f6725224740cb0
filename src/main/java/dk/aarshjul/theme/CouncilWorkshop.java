package dk.aarshjul.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.CouncilGoals.GoalDraft;
import dk.aarshjul.contract.CouncilGoals.ThemeDraft;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.period.Aim;
import dk.aarshjul.period.AimKind;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.DanishText;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import dk.aarshjul.reporting.Barometer;
import dk.aarshjul.reporting.BarometerReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's political workshop (Viborg): with the mayor as facilitator the council formulates
 * the term's themes and goals itself over several theme meetings; the administration only keeps the
 * record – each meeting's themes, goals and what it changed. Then the council adopts the model
 * (recording the policies it replaces as repealed) or sends it back to the workshop.
 */
@Service
@Transactional
public class CouncilWorkshop {

  private final ThemeMeetingRepository meetings;
  private final CouncilAdoptionRepository adoptions;
  private final CouncilGoals councilGoals;
  private final Periods periods;
  private final BarometerReport barometers;
  private final ObjectMapper json;

  CouncilWorkshop(
      ThemeMeetingRepository meetings,
      CouncilAdoptionRepository adoptions,
      CouncilGoals councilGoals,
      Periods periods,
      BarometerReport barometers,
      ObjectMapper json) {
    this.meetings = meetings;
    this.adoptions = adoptions;
    this.councilGoals = councilGoals;
    this.periods = periods;
    this.barometers = barometers;
    this.json = json;
  }

  /** What the meeting form shows: the record so far and the themes and goals to start from. */
  public record MeetingForm(String info, String themesJson, String goalsJson) {}

  /** The form of the next theme meeting of the term. */
  @Transactional(readOnly = true)
  public MeetingForm meetingForm(long periodId) {
    Period term = periods.get(periodId);
    List<ThemeMeeting> held = meetings.findByPeriodIdOrderByMeetingNumber(periodId);
    StringBuilder info = new StringBuilder();
    info.append("### Politisk værksted – temamøde ")
        .append(held.size() + 1)
        .append(" i valgperioden ")
        .append(term.getName())
        .append(
            "\n\nByrådet formulerer selv valgperiodens temaer og målsætninger med borgmesteren som ")
        .append(
            "facilitator; forvaltningen udarbejder ikke oplæg, men fører referat. Registrér, hvad byrådet ")
        .append(
            "drøftede, og temaer og målsætninger, som mødet efterlod dem. Ændringerne i forhold til sidste ")
        .append("møde registreres automatisk.\n");
    for (ThemeMeeting meeting : held) {
      info.append("\n**Temamøde ")
          .append(meeting.getMeetingNumber())
          .append(" (")
          .append(FormValues.longDate(meeting.getMeetingDate()))
          .append("):**");
      if (meeting.getChanges().isEmpty()) {
        info.append(" ingen ændringer af temaer og målsætninger.\n");
      } else {
        // one change a line: a first meeting adds every theme and goal
        info.append('\n');
        meeting
            .getChanges()
            .forEach(change -> info.append("- ").append(PlainText.markdown(change)).append('\n'));
      }
    }
    adoptions.findByPeriodIdOrderByIdAsc(periodId).stream()
        .filter(adoption -> !adoption.isAdopted())
        .reduce((first, second) -> second)
        .ifPresent(
            back ->
                info.append("\n\n**Byrådet sendte modellen tilbage til værkstedet ")
                    .append(FormValues.longDate(back.getDecidedOn()))
                    .append(":** ")
                    .append(
                        PlainText.markdown(back.getComment() == null ? "" : back.getComment())));
    if (held.isEmpty()) {
      info.append(previousTermStatus(term));
    }
    ArrayNode themes = json.createArrayNode();
    Map<Long, Integer> themeNumber = new HashMap<>();
    for (Aim aim : term.aims(AimKind.THEME)) {
      themeNumber.put(aim.getId(), aim.getNumber());
      ObjectNode row = themes.addObject();
      row.put("title", aim.getTitle());
      row.put("description", aim.getDescription());
    }
    ArrayNode goals = json.createArrayNode();
    for (Goal goal : councilGoals.ofPeriod(periodId)) {
      ObjectNode row = goals.addObject();
      row.put("theme", themeNumber.getOrDefault(goal.getAimId(), 1));
      row.put("title", goal.getTitle());
      row.put("description", goal.getPurpose());
    }
    return new MeetingForm(
        DanishText.cutToVariable(info.toString(), "\n\n…"), themes.toString(), goals.toString());
  }

  /** The status of the previous term's goals, which the new council starts from. */
  private String previousTermStatus(Period term) {
    return periods
        .findElectionTerm(term.getFirstYear() - (term.getLastYear() - term.getFirstYear() + 1))
        .flatMap(previous -> barometers.of(previous.getId()))
        .map(
            barometer -> {
              StringBuilder text =
                  new StringBuilder("\n\n#### Status for målsætningerne i ")
                      .append(barometer.periodName())
                      .append("\n");
              for (Barometer.ThemeView theme : barometer.themes()) {
                text.append("\n**").append(PlainText.markdown(theme.title())).append("**\n");
                for (Barometer.GoalView goal : theme.goals()) {
                  text.append("- ")
                      .append(PlainText.markdown(goal.title()))
                      .append(" – *")
                      .append(goal.status().label())
                      .append("*: ")
                      .append(PlainText.markdown(goal.sentence()))
                      .append('\n');
                }
              }
              return text.toString();
            })
        .orElse("");
  }

  /**
   * Records a theme meeting: its notes and the themes and goals as it left them (goals keep their
   * identity by their wording); returns the meeting with what it changed.
   */
  public ThemeMeeting registerMeeting(
      long periodId,
      Object dateValue,
      Object notesValue,
      Object themesValue,
      Object goalsValue,
      String actor) {
    Period term = periods.get(periodId);
    if (isAdopted(periodId)) {
      throw new InvalidSubmissionException(
          WorkshopFields.MEETING_DATE.key(),
          "Byrådet har allerede vedtaget modellen for perioden.");
    }
    LocalDate date = date(dateValue, WorkshopFields.MEETING_DATE.key(), term);
    String notes = WorkshopFields.NOTES.requiredValue(notesValue, "Skriv hvad byrådet drøftede.");
    List<ThemeDraft> themes = parse(term, themesValue, goalsValue);
    CouncilGoals.Changes changes = councilGoals.record(periodId, themes);
    List<Theme> recorded = new ArrayList<>();
    for (ThemeDraft theme : themes) {
      recorded.add(new Theme(ThemeKind.THEME, theme.title(), theme.description()));
    }
    int number = meetings.findByPeriodIdOrderByMeetingNumber(periodId).size() + 1;
    return meetings.saveAndFlush(
        ThemeMeeting.workshop(periodId, number, date, notes, recorded, changes.lines(), actor));
  }

  private List<ThemeDraft> parse(Period term, Object themesValue, Object goalsValue) {
    JsonNode themeRows = rows(themesValue, WorkshopFields.THEMES, "Registrér mindst ét tema.");
    JsonNode goalRows = rows(goalsValue, WorkshopFields.GOALS, null);
    if (themeRows.size() > CouncilGoals.MAX_THEMES) {
      throw new InvalidSubmissionException(
          WorkshopFields.THEMES, "Højst " + CouncilGoals.MAX_THEMES + " temaer.");
    }
    List<String> titles = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    int n = 1;
    for (JsonNode row : themeRows) {
      String prefix = "Tema " + n++ + ": ";
      String title = WorkshopFields.THEME_TITLE.text(row, WorkshopFields.THEMES, prefix);
      if (titles.stream().anyMatch(t -> t.equalsIgnoreCase(title))) {
        throw new InvalidSubmissionException(
            WorkshopFields.THEMES, prefix + "temaet '" + title + "' står to gange.");
      }
      titles.add(title);
      descriptions.add(WorkshopFields.THEME_DESCRIPTION.text(row, WorkshopFields.THEMES, prefix));
    }
    List<List<GoalDraft>> goalsPerTheme = new ArrayList<>();
    titles.forEach(t -> goalsPerTheme.add(new ArrayList<>()));
    Map<String, Long> existing = new HashMap<>();
    councilGoals
        .ofPeriod(term.getId())
        .forEach(goal -> existing.put(goal.getTitle().toLowerCase(Locale.ROOT), goal.getId()));
    int g = 1;
    for (JsonNode row : goalRows) {
      String prefix = "Målsætning " + g++ + ": ";
      JsonNode themeNode = row.get(WorkshopFields.GOAL_THEME.key());
      if (themeNode == null
          || !themeNode.canConvertToExactIntegral()
          || themeNode.asInt() < 1
          || themeNode.asInt() > titles.size()) {
        throw new InvalidSubmissionException(
            WorkshopFields.GOALS,
            prefix + "'Tema nr.' skal være et af temaernes numre, 1 til " + titles.size() + ".");
      }
      String title = WorkshopFields.GOAL_TITLE.text(row, WorkshopFields.GOALS, prefix);
      String description = WorkshopFields.GOAL_DESCRIPTION.text(row, WorkshopFields.GOALS, prefix);
      goalsPerTheme
          .get(themeNode.asInt() - 1)
          .add(new GoalDraft(existing.get(title.toLowerCase(Locale.ROOT)), title, description));
    }
    List<ThemeDraft> themes = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      themes.add(new ThemeDraft(titles.get(i), descriptions.get(i), goalsPerTheme.get(i)));
    }
    return themes;
  }

  /** Whether the council has adopted the model of the term. */
  @Transactional(readOnly = true)
  public boolean isAdopted(long periodId) {
    return adoptions.findByPeriodIdOrderByIdAsc(periodId).stream()
        .anyMatch(CouncilAdoption::isAdopted);
  }

  /** The adoption form's text: the model as the workshop left it. */
  @Transactional(readOnly = true)
  public String adoptionInfo(long periodId) {
    Period term = periods.get(periodId);
    StringBuilder info =
        new StringBuilder("### Sammenhængsmodellen ")
            .append(term.getName())
            .append(" til vedtagelse\n\nRegistrér byrådets beslutning. Vedtager byrådet modellen, ")
            .append(
                "erstatter den de politikker og strategier, der skrives nedenfor; de registreres som ophævet.\n");
    Map<Long, List<Goal>> goals = new HashMap<>();
    councilGoals
        .ofPeriod(periodId)
        .forEach(goal -> goals.computeIfAbsent(goal.getAimId(), k -> new ArrayList<>()).add(goal));
    int count = 0;
    for (Aim aim : term.aims(AimKind.THEME)) {
      info.append("\n**")
          .append(aim.getNumber())
          .append(". ")
          .append(PlainText.markdown(aim.getTitle()))
          .append("**\n");
      for (Goal goal : goals.getOrDefault(aim.getId(), List.of())) {
        info.append("- ").append(PlainText.markdown(goal.getTitle())).append('\n');
        count++;
      }
    }
    info.append("\nI alt ")
        .append(term.aims(AimKind.THEME).size())
        .append(" temaer og ")
        .append(count)
        .append(" målsætninger.");
    return DanishText.cutToVariable(info.toString(), "\n\n…");
  }

  /**
   * Records the council's decision: adopted (with the policies it replaces) or sent back to the
   * workshop (a comment says why). A model without goals cannot be adopted.
   */
  public CouncilAdoption registerAdoption(
      long periodId,
      Object dateValue,
      Object adoptionValue,
      Object repealedValue,
      Object commentValue,
      String actor) {
    Period term = periods.get(periodId);
    LocalDate date = date(dateValue, WorkshopFields.DECIDED_ON.key(), term);
    boolean adopted;
    if (WorkshopFields.ADOPTED.equals(adoptionValue)) {
      adopted = true;
    } else if (WorkshopFields.SENT_BACK.equals(adoptionValue)) {
      adopted = false;
    } else {
      throw new InvalidSubmissionException(
          WorkshopFields.ADOPTION.key(), "Vælg om byrådet vedtog modellen.");
    }
    String comment = WorkshopFields.ADOPTION_COMMENT.optionalValue(commentValue);
    if (!adopted && comment == null) {
      throw new InvalidSubmissionException(
          WorkshopFields.ADOPTION_COMMENT.key(), "Skriv hvad byrådet vil have ændret.");
    }
    if (adopted && councilGoals.ofPeriod(periodId).isEmpty()) {
      throw new InvalidSubmissionException(
          WorkshopFields.ADOPTION.key(), "Modellen har ingen målsætninger og kan ikke vedtages.");
    }
    if (isAdopted(periodId)) {
      throw new InvalidSubmissionException(
          WorkshopFields.ADOPTION.key(), "Byrådet har allerede vedtaget modellen for perioden.");
    }
    String repealedText = WorkshopFields.REPEALED.optionalValue(repealedValue);
    List<String> repealed = new ArrayList<>();
    if (repealedText != null && adopted) {
      for (String line : repealedText.split("\\R")) {
        String title = line.strip().replaceFirst("^[-•*]\\s*", "");
        if (title.length() > 300) {
          throw new InvalidSubmissionException(
              WorkshopFields.REPEALED.key(),
              "En politik eller strategi må højst have 300 tegn: " + DanishText.cut(title, 60));
        }
        if (!title.isEmpty() && !repealed.contains(title)) {
          repealed.add(title);
        }
      }
    }
    return adoptions.saveAndFlush(
        new CouncilAdoption(periodId, date, adopted, repealed, comment, actor));
  }

  /** The term's adoptions and send-backs, oldest first. */
  @Transactional(readOnly = true)
  public List<CouncilAdoption> adoptions(long periodId) {
    return adoptions.findByPeriodIdOrderByIdAsc(periodId);
  }

  /** The term's workshop meetings, in order. */
  @Transactional(readOnly = true)
  public List<ThemeMeeting> meetings(long periodId) {
    return meetings.findByPeriodIdOrderByMeetingNumber(periodId);
  }

  private static LocalDate date(Object value, String field, Period term) {
    LocalDate date;
    try {
      date = FormValues.parseDate(value);
    } catch (IllegalArgumentException notADate) {
      throw new InvalidSubmissionException(field, "Angiv en dato, fx 12.09.2026.");
    }
    if (date == null) {
      throw new InvalidSubmissionException(field, "Angiv datoen.");
    }
    if (date.getYear() < term.getFirstYear() - 1 || date.getYear() > term.getLastYear()) {
      throw new InvalidSubmissionException(
          field,
          "Datoen skal ligge i valgperioden " + term.getName() + " (eller i efteråret før).");
    }
    return date;
  }

  private static JsonNode rows(Object value, String field, String missing) {
    JsonNode rows = FormValues.rows(value, field);
    if (rows.isEmpty() && missing != null) {
      throw new InvalidSubmissionException(field, missing);
    }
    return rows;
  }
}
