package dk.aarshjul.hearing;

import static dk.aarshjul.hearing.HearingVariables.*;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of the hearing forms (høring før udvalgsbehandling). Declared once: the service reads
 * its limits and labels from here, the forms show the same rules (FormFieldsTest).
 */
public final class HearingFields {

  public static final FormField COMMITTEE =
      FormField.optionalText(
          COMMITTEE_CODE, "Udvalg (kun hvis du er sekretær for flere udvalg)", 200);
  public static final FormField TITLE = FormField.requiredText(CASE_TITLE, "Sagens titel", 200);
  public static final FormField DESCRIPTION =
      FormField.requiredText(CASE_DESCRIPTION, "Sagsfremstilling", 4000);
  public static final FormField UNITS =
      FormField.choice(UNITS_CONCERNED, "Enheder, som sagen omhandler", true);
  public static final FormField MEETING =
      FormField.choice(MEETING_DATE, "Udvalgsmødet, sagen skal behandles på", true);
  public static final FormField DEADLINE = FormField.choice(HEARING_DEADLINE, "Høringsfrist", true);
  public static final FormField ANSWER_TEXT = FormField.requiredText(ANSWER, "Høringssvar", 4000);
  public static final FormField PRESENT =
      FormField.choice(WANTS_TO_PRESENT, "Jeg ønsker at fremlægge sagen for udvalget", false);
  public static final FormField AGENDA = FormField.choice(AGENDA_DATE, "Udvalgsmødets dato", true);
  public static final FormField DECISION_TEXT =
      FormField.requiredText(DECISION, "Udvalgets beslutning", 4000);
  public static final FormField PRESENTED =
      FormField.choice(PRESENTED_UNITS, "Ledere, der fremlagde sagen for udvalget", false);

  /**
   * Per form: the declared fields with a rule (required or most characters); the optional choices
   * above ({@link #PRESENT}, {@link #PRESENTED}) have none and are declared for their labels.
   */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "start-committee-case", List.of(COMMITTEE),
          "register-committee-case", List.of(TITLE, DESCRIPTION, UNITS, MEETING, DEADLINE),
          "answer-hearing", List.of(ANSWER_TEXT),
          "put-case-on-agenda", List.of(AGENDA),
          "register-committee-decision", List.of(DECISION_TEXT));

  private HearingFields() {}
}
