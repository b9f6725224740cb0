package dk.aarshjul.theme;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the council's political workshop (Viborg): a theme meeting's record and the
 * council's adoption. Declared once; FormFieldsTest holds the forms to them.
 */
public final class WorkshopFields {

  public static final String THEMES = "themes";

  /** A theme row's list of its goals. */
  public static final String GOALS = "goals";

  public static final FormField MEETING_DATE = FormField.choice("meetingDate", "Mødedato", true);
  public static final FormField NOTES =
      FormField.requiredText("workshopNotes", "Hvad drøftede byrådet?", 4000);
  public static final FormField THEME_TITLE = FormField.requiredText("title", "Tema", 200);
  public static final FormField THEME_DESCRIPTION =
      FormField.optionalText("description", "Byrådets beskrivelse af temaet", 1000);
  public static final FormField GOAL_TITLE = FormField.requiredText("title", "Målsætning", 300);
  public static final FormField GOAL_DESCRIPTION =
      FormField.optionalText("description", "Uddybning", 1000);
  public static final FormField DONE = FormField.choice("workshopDone", "Hvad nu?", true);

  public static final FormField DECIDED_ON =
      FormField.choice("decidedOn", "Dato for byrådets beslutning", true);
  public static final FormField ADOPTION =
      FormField.choice("adoption", "Byrådets beslutning", true);
  public static final FormField REPEALED =
      FormField.optionalText(
          "repealedPolicies",
          "Politikker og strategier, som modellen erstatter (én pr. linje)",
          4000);
  public static final FormField ADOPTION_COMMENT =
      FormField.optionalText("adoptionComment", "Byrådets bemærkninger", 2000);

  public static final String NEXT_MEETING = "naesteMoede";
  public static final String READY = "klarTilVedtagelse";
  public static final String ADOPTED = "vedtaget";
  public static final String SENT_BACK = "tilbageTilVaerkstedet";

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "register-workshop-meeting",
          List.of(
              MEETING_DATE,
              NOTES,
              THEME_TITLE.inList(THEMES),
              THEME_DESCRIPTION.inList(THEMES),
              GOAL_TITLE.inList(THEMES + "." + GOALS),
              GOAL_DESCRIPTION.inList(THEMES + "." + GOALS),
              DONE),
          "register-council-adoption",
          List.of(DECIDED_ON, ADOPTION, REPEALED, ADOPTION_COMMENT));

  private WorkshopFields() {}
}
