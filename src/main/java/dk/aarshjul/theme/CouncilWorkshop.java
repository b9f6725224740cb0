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
  public record MeetingForm(String info, String themesJson) {}

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
    Map<Long, ArrayNode> goalsOfTheme = new HashMap<>();
    for (Aim aim : term.aims(AimKind.THEME)) {
      ObjectNode row = themes.addObject();
      row.put("title", aim.getTitle());
      row.put("description", aim.getDescription());
      goalsOfTheme.put(aim.getId(), row.putArray(WorkshopFields.GOALS));
    }
    for (Goal goal : councilGoals.ofPeriod(periodId)) {
      ArrayNode goals = goalsOfTheme.get(goal.getAimId());
      if (goals != null) {
        ObjectNode row = goals.addObject();
        row.put("title", goal.getTitle());
        row.put("description", goal.getPurpose());
      }
    }
    if (themes.isEmpty()) {
      // the first meeting starts from one empty theme with one empty goal to type in
      themes
          .addObject()
          .put("title", "")
          .putArray(WorkshopFields.GOALS)
          .addObject()
          .put("title", "");
    }
    return new MeetingForm(DanishText.cutToVariable(info.toString(), "\n\n…"), themes.toString());
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
      long periodId, Object dateValue, Object notesValue, Object themesValue, String actor) {
    Period term = periods.get(periodId);
    if (isAdopted(periodId)) {
      throw new InvalidSubmissionException(
          WorkshopFields.MEETING_DATE.key(),
          "Byrådet har allerede vedtaget modellen for perioden.");
    }
    LocalDate date = date(dateValue, WorkshopFields.MEETING_DATE.key(), term);
    String notes = WorkshopFields.NOTES.requiredValue(notesValue, "Skriv hvad byrådet drøftede.");
    List<ThemeDraft> themes = parse(term, themesValue);
    CouncilGoals.Changes changes = councilGoals.record(periodId, themes);
    List<Theme> recorded = new ArrayList<>();
    for (ThemeDraft theme : themes) {
      recorded.add(new Theme(ThemeKind.THEME, theme.title(), theme.description()));
    }
    int number = meetings.findByPeriodIdOrderByMeetingNumber(periodId).size() + 1;
    return meetings.saveAndFlush(
        ThemeMeeting.workshop(periodId, number, date, notes, recorded, changes.lines(), actor));
  }

  /**
   * The themes with their goals as the meeting left them. A goal keeps its identity (its
   * measurement, its committees' priorities) when its wording is unchanged, wherever it now stands.
   * A theme's goals whose wording is gone are reworded by the theme's new wordings, in order: a
   * goal edited in its row stays the same goal.
   */
  private List<ThemeDraft> parse(Period term, Object themesValue) {
    JsonNode themeRows = rows(themesValue, WorkshopFields.THEMES, "Registrér mindst ét tema.");
    if (themeRows.size() > CouncilGoals.MAX_THEMES) {
      throw new InvalidSubmissionException(
          WorkshopFields.THEMES, "Højst " + CouncilGoals.MAX_THEMES + " temaer.");
    }
    List<Aim> oldThemes = term.aims(AimKind.THEME);
    Map<Long, List<Goal>> oldGoalsOfTheme = new HashMap<>();
    Map<String, Long> byWording = new HashMap<>();
    for (Goal goal : councilGoals.ofPeriod(term.getId())) {
      oldGoalsOfTheme.computeIfAbsent(goal.getAimId(), id -> new ArrayList<>()).add(goal);
      byWording.put(goal.getTitle().toLowerCase(Locale.ROOT), goal.getId());
    }
    List<String> titles = new ArrayList<>();
    List<List<String[]>> goalRows = new ArrayList<>();
    List<ThemeDraft> themes = new ArrayList<>();
    int n = 1;
    for (JsonNode row : themeRows) {
      String prefix = "Tema " + n++ + ": ";
      String title = WorkshopFields.THEME_TITLE.text(row, WorkshopFields.THEMES, prefix);
      if (titles.stream().anyMatch(t -> t.equalsIgnoreCase(title))) {
        throw new InvalidSubmissionException(
            WorkshopFields.THEMES, prefix + "temaet '" + title + "' står to gange.");
      }
      titles.add(title);
      String description =
          WorkshopFields.THEME_DESCRIPTION.text(row, WorkshopFields.THEMES, prefix);
      List<String[]> goals = new ArrayList<>();
      int g = 1;
      for (JsonNode goalRow :
          FormValues.rows(row.get(WorkshopFields.GOALS), WorkshopFields.THEMES)) {
        String goalPrefix = prefix + "målsætning " + g++ + ": ";
        goals.add(
            new String[] {
              WorkshopFields.GOAL_TITLE.text(goalRow, WorkshopFields.THEMES, goalPrefix),
              WorkshopFields.GOAL_DESCRIPTION.text(goalRow, WorkshopFields.THEMES, goalPrefix)
            });
      }
      goalRows.add(goals);
      themes.add(new ThemeDraft(title, description, new ArrayList<>()));
    }
    java.util.Set<Long> kept = new java.util.HashSet<>();
    for (List<String[]> goals : goalRows) {
      for (String[] goal : goals) {
        Long id = byWording.get(goal[0].toLowerCase(Locale.ROOT));
        if (id != null) {
          kept.add(id);
        }
      }
    }
    for (int t = 0; t < themes.size(); t++) {
      // the theme as it was: the one of the same title, else the one in the same place
      int place = t;
      Aim before =
          oldThemes.stream()
              .filter(aim -> aim.getTitle().equalsIgnoreCase(titles.get(place)))
              .findFirst()
              .orElse(place < oldThemes.size() ? oldThemes.get(place) : null);
      // the theme's goals whose wording is gone, in their order: reworded by the new goals of the
      // theme that match no wording, in theirs
      java.util.Deque<Long> reworded = new java.util.ArrayDeque<>();
      if (before != null) {
        oldGoalsOfTheme.getOrDefault(before.getId(), List.of()).stream()
            .map(Goal::getId)
            .filter(id -> !kept.contains(id))
            .forEach(reworded::add);
      }
      for (String[] goal : goalRows.get(t)) {
        Long id = byWording.get(goal[0].toLowerCase(Locale.ROOT));
        if (id == null && !reworded.isEmpty()) {
          id = reworded.poll();
          kept.add(id); // a theme in the same place cannot take it again
        }
        themes.get(t).goals().add(new GoalDraft(id, goal[0], goal[1]));
      }
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
