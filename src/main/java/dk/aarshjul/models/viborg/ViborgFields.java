package dk.aarshjul.models.viborg;

import dk.aarshjul.process.FormField;
import java.util.List;
import java.util.Map;

/**
 * The fields of Viborg's own forms, declared once (the workshop's and the measurement's are
 * declared by their blocks): the start and a committee's prioritisation. FormFieldsTest holds the
 * forms to them.
 */
public final class ViborgFields {

  public static final FormField FIRST_YEAR =
      FormField.number(ViborgVariables.FIRST_YEAR, "Valgperiodens første år", 2000, 2200);
  public static final FormField PRIORITISED_GOALS =
      FormField.choice(
          ViborgVariables.PRIORITISED_GOALS, "Målsætninger, udvalget arbejder med først", true);

  /** Per form: the declared fields. */
  public static final Map<String, List<FormField>> FORMS =
      Map.of(
          "start-viborg-term", List.of(FIRST_YEAR),
          "prioritise-goals", List.of(PRIORITISED_GOALS));

  private ViborgFields() {}
}
