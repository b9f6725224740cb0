package dk.aarshjul.it;

import static dk.aarshjul.process.EngineRest.vars;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Skanderborg's year ({@code skanderborg-annual-cycle}, e.g. "2031/Skanderborg-modellen"): theme
 * meeting, DUS, a development contract per unit with hearings and approval, dialogue meetings, two
 * follow-ups and the year-end report. The DUS puts the dialogue window and the two follow-up dates
 * in the past, so those timers are due at once. The year is over when the annual cycle has ended.
 */
final class SkanderborgDriving extends ContractCycleDriving {

  static final String CYCLE = "skanderborg-annual-cycle";

  SkanderborgDriving(int year) {
    super(year);
  }

  @Override
  public String processKey() {
    return CYCLE;
  }

  @Override
  public String businessKey() {
    return year + "/Skanderborg-modellen";
  }

  @Override
  public Map<String, Object> startForm() {
    return vars("year", year);
  }

  @Override
  public List<String> taskBusinessKeys() {
    return List.of(year + "/%");
  }

  @Override
  public boolean completed(CycleDriver driver, String base) {
    JsonNode instances = driver.mainInstances(base);
    return !instances.isEmpty() && "COMPLETED".equals(instances.get(0).get("state").asText());
  }

  @Override
  String confirmedRequirements() {
    return "[\"K4\"]";
  }

  @Override
  String plannedDialogueDate() {
    return today.toString();
  }
}
