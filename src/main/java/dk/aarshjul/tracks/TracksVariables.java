package dk.aarshjul.tracks;

import java.util.Set;

/** Variable names of process {@code directorate-tracks} (DUS); declared once, used by BPMN, forms and code. */
public final class TracksVariables {

  public static final String PROCESS_KEY = "directorate-tracks";

  // process scope
  public static final String YEAR = "year";
  public static final String PUBLISHED = "published";

  // task-local form fields
  public static final String TRACKS = "tracks";
  public static final String REQUIREMENTS = "requirements";
  public static final String CONTRACT_DEADLINE = "contractDeadline";
  public static final String DIALOGUE_FROM = "dialogueFrom";
  public static final String DIALOGUE_TO = "dialogueTo";
  public static final String FOLLOW_UP_DATES = "followUpDates";
  public static final String MEETING_MODELS = "meetingModels";
  public static final String EARLY_DIALOGUE_UNITS = "earlyDialogueUnits";
  public static final String AREA_OPTIONS = "areaOptions";
  public static final String UNIT_OPTIONS = "unitOptions";
  public static final String BACKGROUND_INFO = "backgroundInfo";
  public static final String FEEDBACK_INFO = "feedbackInfo";
  public static final String DUS_SUMMARY = "dusSummary";
  public static final String DECISION = "decision";
  public static final String COMMENT = "comment";

  public static final String DECISION_PUBLISH = "udgiv";
  public static final String DECISION_REVISE = "ret";

  public static final Set<String> PROCESS_SCOPE = Set.of(YEAR, PUBLISHED);

  private TracksVariables() {}
}
