package dk.aarshjul.tracks;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the DUS forms: the draft (tracks, requirements, calendar, meeting models) and its
 * review. Declared once: the block's parser and service read their limits from here, the forms show
 * the same rules (FormFieldsTest).
 */
public final class TrackFields {

  public static final FormField TRACK_TITLE = FormField.requiredText("title", "Titel", 200);
  public static final FormField TRACK_DESCRIPTION =
      FormField.optionalText("description", "Beskrivelse", 4000);
  public static final FormField REQUIREMENT_TITLE = FormField.requiredText("title", "Krav", 300);
  public static final FormField REQUIREMENT_RULE =
      FormField.choice("rule", "Hvordan kontrolleres kravet?", true);

  /** The track a GOAL_ON_TRACK requirement names: 1 up to the most tracks a DUS has. */
  public static final FormField REQUIREMENT_TRACK =
      new FormField("trackNumber", "Spor nr.", false, null, 1, 10);

  public static final FormField REQUIREMENT_DESCRIPTION =
      FormField.optionalText("description", "Uddybning", 4000);
  public static final FormField CONTRACT_DEADLINE =
      FormField.choice(TracksVariables.CONTRACT_DEADLINE, "Frist for kontrakter", true);
  public static final FormField DIALOGUE_FROM =
      FormField.choice(TracksVariables.DIALOGUE_FROM, "Dialogmøder fra", true);
  public static final FormField DIALOGUE_TO =
      FormField.choice(TracksVariables.DIALOGUE_TO, "Dialogmøder til", true);
  public static final FormField FOLLOW_UP_DATE = FormField.choice("date", "Opfølgningsdato", true);
  public static final FormField MEETING_AREA = FormField.choice("area", "Område", true);
  public static final FormField MEETING_MODEL = FormField.choice("model", "Mødemodel", true);
  public static final FormField DECISION =
      FormField.choice(TracksVariables.DECISION, "Beslutning", true);
  public static final FormField COMMENT =
      FormField.optionalText(TracksVariables.COMMENT, "Hvad skal rettes?", 4000);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "draft-tracks",
              List.of(
                  TRACK_TITLE.inList(TracksVariables.TRACKS),
                  TRACK_DESCRIPTION.inList(TracksVariables.TRACKS),
                  REQUIREMENT_TITLE.inList(TracksVariables.REQUIREMENTS),
                  REQUIREMENT_RULE.inList(TracksVariables.REQUIREMENTS),
                  REQUIREMENT_TRACK.inList(TracksVariables.REQUIREMENTS),
                  REQUIREMENT_DESCRIPTION.inList(TracksVariables.REQUIREMENTS),
                  CONTRACT_DEADLINE,
                  DIALOGUE_FROM,
                  DIALOGUE_TO,
                  FOLLOW_UP_DATE.inList(TracksVariables.FOLLOW_UP_DATES),
                  MEETING_AREA.inList(TracksVariables.MEETING_MODELS),
                  MEETING_MODEL.inList(TracksVariables.MEETING_MODELS)),
          "publish-tracks", List.of(DECISION, COMMENT));

  private TrackFields() {}
}
