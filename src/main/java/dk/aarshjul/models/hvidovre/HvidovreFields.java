package dk.aarshjul.models.hvidovre;

import dk.aarshjul.dialogue.DialogueFields;
import dk.aarshjul.dialogue.DialogueVariables;
import dk.aarshjul.process.FormField;
import dk.aarshjul.theme.DirectionFields;
import java.util.List;
import java.util.Map;

/**
 * The fields of Hvidovre's own forms, declared once (most by the blocks whose services read them):
 * the start, the committee's material and meeting, the beacons, the follow-up discussion, the
 * budget adoption. FormFieldsTest holds the forms to them.
 */
public final class HvidovreFields {

  public static final FormField FIRST_YEAR =
      FormField.number(HvidovreVariables.FIRST_YEAR, "Valgperiodens første år", 2000, 2200);
  public static final FormField BUDGET_YEAR =
      FormField.number(HvidovreVariables.YEAR, "Budgetår", 2000, 2200);
  public static final FormField ADOPTED_ON =
      FormField.choice(HvidovreVariables.ADOPTED_ON, "Budgettet blev vedtaget den", true);
  public static final FormField BEACON_DECISION =
      FormField.choice(
          dk.aarshjul.theme.CommitteeDirection.BEACON_DECISION, "Udvalgets beslutning", true);

  /** Per form: the declared fields, a list row's field as "list.field". */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "start-hvidovre-term", List.of(FIRST_YEAR),
          "prepare-committee-material",
              List.of(
                  DirectionFields.TRENDS,
                  DirectionFields.SATISFACTION,
                  DirectionFields.DOCUMENTATION,
                  DirectionFields.KEY_FIGURES),
          "register-committee-meeting",
              List.of(
                  DirectionFields.MEETING_DATE,
                  DirectionFields.DECISIONS,
                  DialogueFields.MEETING_MODEL.inList(DialogueVariables.MEETING_MODELS)),
          "draft-beacons",
              List.of(
                  DirectionFields.BEACON_TITLE.inList(DirectionFields.BEACONS),
                  DirectionFields.BEACON_DESCRIPTION.inList(DirectionFields.BEACONS)),
          "decide-beacons", List.of(BEACON_DECISION, DirectionFields.BEACON_COMMENT),
          "consider-follow-up", List.of(DirectionFields.FOLLOW_UP_REMARKS),
          "register-budget-adoption", List.of(BUDGET_YEAR, ADOPTED_ON));

  private HvidovreFields() {}
}
