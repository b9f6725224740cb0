package dk.aarshjul.dialogue;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the forms of institution-meetings.bpmn (a committee's dialogue meetings at its
 * institutions), declared once; FormFieldsTest holds the forms to them.
 */
public final class InstitutionMeetingFields {

  public static final String INFO = "institutionMeetingInfo";
  public static final String UNIT_OPTIONS = "unitOptions";
  public static final String PARTICIPANT_OPTIONS = "participantOptions";
  public static final String NOT_ACKNOWLEDGED_OPTIONS = "notAcknowledgedOptions";

  public static final String MEETINGS = "meetings";
  public static final FormField MEETING_DATE = FormField.choice("date", "Dato", true);
  public static final FormField HOST = FormField.choice("host", "Holdes på", true);
  public static final FormField INVITED =
      FormField.choice("invited", "Inviterede enheder (ud over værten)", false);
  public static final FormField GUESTS =
      FormField.optionalText("guests", "Andre nøglepersoner, der inviteres", 1000);

  public static final String AGENDA = "agenda";
  public static final FormField ITEM_TITLE = FormField.requiredText("title", "Punkt", 300);
  public static final FormField ITEM_DESCRIPTION =
      FormField.optionalText("description", "Uddybning", 1000);
  public static final FormField NOTHING_AT_STAKE =
      FormField.choice(
          "nothingAtStake", "Dagsordenen har hverken økonomi eller enkeltsager på", true);

  public static final FormField PRESENTER =
      FormField.requiredText("presenter", "Hvem fortæller (navn og stilling)", 200);
  public static final FormField PRESENTATION =
      FormField.requiredText("presentation", "Hvad fortæller og viser I?", 2000);
  public static final FormField ACKNOWLEDGE =
      FormField.choice("acknowledgeConduct", "Jeg tilslutter mig kodeks for samarbejde", false);

  public static final FormField HELD_ON = FormField.choice("heldOn", "Mødet blev holdt", true);
  public static final FormField ATTENDEES = FormField.choice("attendees", "Deltog i mødet", true);
  public static final FormField ACKNOWLEDGED_AT_MEETING =
      FormField.choice(
          "acknowledgedAtMeeting", "Tilsluttede sig kodeks for samarbejde på mødet", false);
  public static final FormField MINUTES = FormField.requiredText("visitMinutes", "Referat", 4000);

  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "plan-institution-meetings",
          List.of(MEETING_DATE.inList(MEETINGS), HOST.inList(MEETINGS), GUESTS.inList(MEETINGS)),
          "prepare-meeting-agenda",
          List.of(ITEM_TITLE.inList(AGENDA), ITEM_DESCRIPTION.inList(AGENDA), NOTHING_AT_STAKE),
          "present-institution",
          List.of(PRESENTER, PRESENTATION),
          "register-institution-meeting",
          List.of(HELD_ON, ATTENDEES, MINUTES));

  private InstitutionMeetingFields() {}
}
