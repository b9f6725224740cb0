package dk.aarshjul.it;

import static dk.aarshjul.process.EngineRest.vars;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Hvidovre's term ({@code hvidovre-term}, e.g. "2026–2029/Hvidovre"): the first year of the
 * election term beginning in {@code firstYear} for every committee with units, and the budget
 * review that begins its second year. It ends when every committee is at its second year's
 * material: that task is left open.
 */
final class HvidovreDriving extends ContractCycleDriving {

  static final String TERM = "hvidovre-term";
  static final String COMMITTEE_TERM = "hvidovre-committee-term";
  private static final String MATERIAL = "Task_PrepareCommitteeMaterial";

  HvidovreDriving(int firstYear) {
    super(firstYear);
  }

  @Override
  public String processKey() {
    return TERM;
  }

  @Override
  public String businessKey() {
    return year + "–" + (year + 3) + "/Hvidovre";
  }

  @Override
  public Map<String, Object> startForm() {
    return vars("firstYear", year);
  }

  @Override
  public List<String> taskBusinessKeys() {
    return List.of(year + "%");
  }

  /** A term stops at its second year's material (a committee's second such task). */
  @Override
  public boolean drives(CycleDriver driver, String base, JsonNode task) {
    return !MATERIAL.equals(task.get("taskDefinitionKey").asText())
        || driver.finishedTasks(base, task.get("processInstanceId").asText(), MATERIAL) == 0;
  }

  @Override
  public boolean completed(CycleDriver driver, String base) {
    long committees =
        driver
            .get(base, "/engine-rest/process-instance/count?processDefinitionKey=" + COMMITTEE_TERM)
            .get("count")
            .asLong();
    long secondYear =
        driver
            .get(
                base,
                "/engine-rest/history/task/count?processDefinitionKey="
                    + COMMITTEE_TERM
                    + "&taskDefinitionKey="
                    + MATERIAL)
            .get("count")
            .asLong();
    return committees > 0 && secondYear == 2 * committees && driver.openTasks(base).isEmpty();
  }

  @Override
  String confirmedRequirements() {
    return "[]";
  }

  @Override
  String plannedDialogueDate() {
    return year + "-04-15";
  }
}
