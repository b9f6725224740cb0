package dk.aarshjul.models.viborg;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/** The fields of the SamLab forms, declared once; FormFieldsTest holds the forms to them. */
public final class SamLabFields {

  public static final String SAMLAB_ID = "samLabId";
  public static final String INFO = "samLabInfo";
  public static final String UNIT_OPTIONS = "unitOptions";

  public static final FormField PROBLEM = FormField.requiredText("problem", "Problemstilling", 200);
  public static final FormField DESCRIPTION =
      FormField.requiredText("problemDescription", "Hvad er udfordringen på tværs?", 2000);
  public static final FormField STARTS_ON =
      FormField.choice("startsOn", "SamLab'et begynder", true);
  public static final FormField UNITS =
      FormField.choice("participantUnits", "Ledere, der deltager (vælg enhederne)", true);
  public static final FormField LEAD = FormField.choice("leadUnit", "Tovholder (leder af)", true);
  public static final FormField STAFF =
      FormField.optionalText("staff", "Medarbejdere, der deltager (én pr. linje)", 2000);
  public static final FormField SUMMARY =
      FormField.requiredText("resultSummary", "Resultatet kort", 4000);
  public static final FormField SLIDES_LINK =
      FormField.requiredText("slidesLink", "Link til slides i dokumentsystemet", 500);
  public static final FormField SLIDE_COUNT = FormField.number("slideCount", "Antal slides", 1, 10);
  public static final FormField DECISION =
      FormField.choice("samLabDecision", "Hvad fører resultatet til?", true);
  public static final FormField DECISION_TEXT =
      FormField.requiredText("samLabDecisionText", "Direktionens beslutning", 2000);

  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "start-samlab", List.of(PROBLEM, DESCRIPTION, STARTS_ON),
          "compose-samlab", List.of(UNITS, LEAD, STAFF),
          "present-samlab", List.of(SUMMARY, SLIDES_LINK, SLIDE_COUNT),
          "decide-samlab", List.of(DECISION, DECISION_TEXT));

  private SamLabFields() {}
}
