package dk.aarshjul.theme;

import static dk.aarshjul.theme.ThemeMeetingVariables.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.FormValues;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of registering the council's theme meeting of a cycle year, and its summary for later
 * steps.
 */
@Service
@Transactional
public class ThemeMeetingService {

  static final int MAX_SUMMARY = 4000;
  static final int MAX_PLACE = ThemeFields.PLACE.maxLength();
  static final int MAX_DIRECTION = ThemeFields.POLITICAL_DIRECTION.maxLength();

  private final ThemeMeetingRepository meetings;
  private final Periods periods;
  private final ThemeParser parser;

  public ThemeMeetingService(
      ThemeMeetingRepository meetings, Periods periods, ObjectMapper objectMapper) {
    this.meetings = meetings;
    this.periods = periods;
    this.parser = new ThemeParser(objectMapper);
  }

  /**
   * The cycle year the block runs for. A missing or unknown year is an error of the calling
   * process, not of a user, so it fails the start (incident / exception for the caller) instead of
   * a form message.
   */
  @Transactional(readOnly = true)
  public int requireCycleYear(Object yearValue) {
    if (!(yearValue instanceof Integer year)) {
      throw new IllegalStateException(
          "Temamødet skal startes med variablen '"
              + YEAR
              + "' (Integer) fra hovedprocessen, fik: "
              + yearValue);
    }
    if (periods.findBudgetYear(year).isEmpty()) {
      throw new IllegalStateException(
          "Årshjulet for " + year + " findes ikke (period); hovedprocessen opretter det.");
    }
    return year;
  }

  /** The heading and hints of the registration form. */
  @Transactional(readOnly = true)
  public String registrationInfo(int year) {
    String info =
        "### Registrér Byrådets temamøde – årshjul "
            + year
            + "\n\n"
            + "På temamødet drøfter byrådet og de bevillingsansvarlige ledere, hvilke temaer og dilemmaer der skal "
            + "prioriteres i årets styringsdialog. Registrér mødet, byrådets politiske retning og de prioriterede "
            + "temaer og dilemmaer. De bruges i de senere trin af årshjulet.";
    if (periods
        .findBudgetYear(year)
        .map(Period::getId)
        .map(meetings::existsByPeriodId)
        .orElse(false)) {
      info +=
          "\n\n**Bemærk:** Temamødet for "
              + year
              + " er allerede registreret. En ny registrering afvises.";
    }
    return info;
  }

  /**
   * Stores the theme meeting of the year; a bad submission or a second meeting for the year stores
   * nothing.
   */
  public ThemeMeeting register(
      int year,
      Object meetingDateValue,
      Object placeValue,
      Object directionValue,
      String themesJson,
      String registeredBy) {
    Period cycleYear =
        periods
            .findBudgetYear(year)
            .orElseThrow(
                () ->
                    new IllegalStateException("Årshjulet for " + year + " findes ikke (period)."));
    if (meetings.existsByPeriodId(cycleYear.getId())) {
      throw new InvalidSubmissionException(
          MEETING_DATE,
          "Byrådets temamøde for "
              + year
              + " er allerede registreret. Der kan kun være ét temamøde pr. år.");
    }
    LocalDate meetingDate = meetingDate(meetingDateValue, year);
    String place = FormValues.optionalText(placeValue, PLACE, "Mødested", MAX_PLACE);
    String direction =
        FormValues.optionalText(
            directionValue, POLITICAL_DIRECTION, "Byrådets politiske retning", MAX_DIRECTION);
    if (direction == null) {
      throw new InvalidSubmissionException(
          POLITICAL_DIRECTION, "Beskriv byrådets politiske retning.");
    }
    List<Theme> themes = parser.parseThemes(themesJson);
    return meetings.saveAndFlush(
        new ThemeMeeting(cycleYear.getId(), meetingDate, place, direction, themes, registeredBy));
  }

  /** The year's theme meeting with its themes, most important first. */
  @Transactional(readOnly = true)
  public Optional<ThemeMeeting> find(int year) {
    return periods
        .findBudgetYear(year)
        .map(Period::getId)
        .flatMap(meetings::findFirstByPeriodIdOrderByMeetingNumber);
  }

  /**
   * Danish markdown of the year's theme meeting (date, place, political direction, numbered themes
   * in priority order) for display in later forms; at most 4,000 characters, cut with "…".
   */
  @Transactional(readOnly = true)
  public Optional<String> summary(int year) {
    return find(year).map(ThemeMeetingService::summary);
  }

  private static String summary(ThemeMeeting meeting) {
    StringBuilder text = new StringBuilder();
    text.append("**Byrådets temamøde ")
        .append(FormValues.longDate(meeting.getMeetingDate()))
        .append("**");
    if (meeting.getPlace() != null) {
      text.append(" – ").append(PlainText.markdown(meeting.getPlace()));
    }
    text.append("\n\n**Politisk retning:** ")
        .append(PlainText.markdown(meeting.getPoliticalDirection()))
        .append("\n\n");
    text.append("**Prioriterede temaer og dilemmaer** (vigtigste først):\n\n");
    for (Theme theme : meeting.getThemes()) {
      text.append(theme.getPriority())
          .append(". **")
          .append(PlainText.markdown(theme.getTitle()))
          .append("** (")
          .append(theme.getKind().label())
          .append(')');
      if (theme.getDescription() != null) {
        text.append(" – ").append(PlainText.markdown(theme.getDescription()));
      }
      text.append('\n');
    }
    return FormValues.fitForm(text.toString().strip());
  }

  private static LocalDate meetingDate(Object value, int year) {
    LocalDate date;
    try {
      date = FormValues.parseDate(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidSubmissionException(
          MEETING_DATE,
          value instanceof String text
              ? "Mødedatoen '" + text + "' er ikke en dato. Brug formatet " + year + "-01-31."
              : "Mødedatoen skal være en dato.");
    }
    if (date == null) {
      throw new InvalidSubmissionException(MEETING_DATE, "Angiv mødedatoen.");
    }
    // the council meets in the autumn before the year (prioritising) or early in the year itself
    if (date.getYear() < year - 1 || date.getYear() > year) {
      throw new InvalidSubmissionException(
          MEETING_DATE,
          "Mødedatoen skal ligge i " + (year - 1) + " eller " + year + " (årshjul " + year + ").");
    }
    return date;
  }
}
