package dk.aarshjul.theme;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import java.util.List;
import java.util.Set;

/** Variable names of process {@code theme-meeting}; declared once, used by BPMN, forms and code. */
public final class ThemeMeetingVariables {

  public static final String PROCESS_KEY = "theme-meeting";

  // process scope: ids only
  /** In: the cycle year (Integer), passed by the calling main process. */
  public static final String YEAR = PeriodVariables.YEAR.name();

  /**
   * Held only by instances started before issue 13; candidate groups now come from the domain
   * (…Deciders).
   */
  public static final String COUNCIL_SECRETARIAT_GROUP = "councilSecretariatGroup";

  /** Out: id of the stored theme meeting, set when the meeting is registered. */
  public static final String THEME_MEETING_ID = "themeMeetingId";

  // task-local form fields (live and die with the task; the domain data goes to JPA)
  public static final String MEETING_INFO = "meetingInfo";

  /** Last year's year-end report, which feeds this year's theme meeting. */
  public static final String PREVIOUS_YEAR_REPORT = "previousYearReport";

  public static final String MEETING_DATE = "meetingDate";
  public static final String PLACE = "place";
  public static final String POLITICAL_DIRECTION = "politicalDirection";
  public static final String THEMES = "themes";

  /**
   * Everything allowed in the process scope; anything else was sent by a client beyond the forms.
   */
  public static final Set<String> PROCESS_SCOPE =
      Set.of(YEAR, COUNCIL_SECRETARIAT_GROUP, THEME_MEETING_ID);

  /**
   * What the block promises the models that call it (BlockContractsTest holds it against the BPMN).
   */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.YEAR),
          Set.of("Task_RegisterThemeMeeting", "EndEvent_ThemeMeetingRegistered"),
          List.of());

  private ThemeMeetingVariables() {}
}
