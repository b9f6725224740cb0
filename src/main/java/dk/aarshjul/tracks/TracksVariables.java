package dk.aarshjul.tracks;

import dk.aarshjul.period.PeriodVariables;
import dk.aarshjul.process.BlockContract;
import java.util.List;
import java.util.Set;

/**
 * Variable names of process {@code directorate-tracks} (DUS); declared once, used by BPMN, forms
 * and code.
 */
public final class TracksVariables {

  public static final String PROCESS_KEY = "directorate-tracks";

  // process scope
  public static final String YEAR = PeriodVariables.YEAR.name();
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

  /**
   * What the block promises the models that call it (BlockContractsTest holds it against the BPMN).
   */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(PeriodVariables.YEAR),
          Set.of(
              "Task_DraftTracks",
              "Task_PublishTracks",
              "Gateway_TracksPublished",
              "EndEvent_TracksPublished"),
          List.of());

  private TracksVariables() {}
}
