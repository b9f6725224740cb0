package dk.aarshjul.models.viborg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.aarshjul.contract.CouncilGoals;
import dk.aarshjul.contract.Goal;
import dk.aarshjul.organisation.Committee;
import dk.aarshjul.organisation.Committees;
import dk.aarshjul.process.FormTaskListener;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PlainText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * A committee's priority: which of the council's goals it works on first (several committees may
 * take the same goal), registered by its secretariat.
 */
@Component("prioritiseGoalsTaskListener")
class PrioritiseGoalsTaskListener extends FormTaskListener {

  private final CouncilGoals councilGoals;
  private final Committees committees;
  private final ObjectMapper json;

  PrioritiseGoalsTaskListener(CouncilGoals councilGoals, Committees committees, ObjectMapper json) {
    super(ViborgVariables.PROCESS_SCOPE);
    this.councilGoals = councilGoals;
    this.committees = committees;
    this.json = json;
  }

  @Override
  protected void prefill(DelegateTask task) {
    long periodId = (Long) task.getVariable(ViborgVariables.PERIOD_ID);
    Committee committee = committee(task);
    task.setVariableLocal(SUBJECT, committee.getName());
    ArrayNode options = json.createArrayNode();
    for (Goal goal : councilGoals.ofPeriod(periodId)) {
      options.addObject().put("label", goal.getTitle()).put("value", String.valueOf(goal.getId()));
    }
    task.setVariableLocal(
        ViborgVariables.PRIORITY_INFO,
        "### "
            + PlainText.markdown(committee.getName())
            + ": målsætninger at arbejde med først\n\nByrådet har vedtaget Sammenhængsmodellen. Registrér, hvilke af "
            + "målsætningerne udvalget vil arbejde med at understøtte og realisere i første omgang. Flere udvalg kan "
            + "vælge samme målsætning; de holder så fælles udvalgsmøder om den.");
    task.setVariableLocal(
        ViborgVariables.GOAL_OPTIONS, SpinValues.jsonValue(options.toString()).create());
    task.setVariableLocal(ViborgVariables.PRIORITISED_GOALS, SpinValues.jsonValue("[]").create());
  }

  @Override
  protected void submit(DelegateTask task) {
    long periodId = (Long) task.getVariable(ViborgVariables.PERIOD_ID);
    councilGoals.prioritise(
        periodId,
        committee(task).getId(),
        goalIds(task.getVariable(ViborgVariables.PRIORITISED_GOALS)));
  }

  private Committee committee(DelegateTask task) {
    String code = (String) task.getVariable(ViborgVariables.COMMITTEE_CODE);
    return committees
        .findByCode(code)
        .orElseThrow(() -> new IllegalStateException("Udvalget " + code + " findes ikke"));
  }

  private List<Long> goalIds(Object value) {
    List<Long> ids = new ArrayList<>();
    try {
      JsonNode chosen = value == null ? null : json.readTree(value.toString());
      if (chosen != null && chosen.isArray()) {
        for (JsonNode id : chosen) {
          ids.add(Long.parseLong(id.asText()));
        }
      }
    } catch (IOException | NumberFormatException e) {
      throw new InvalidSubmissionException(
          ViborgVariables.PRIORITISED_GOALS, "Vælg målsætningerne på listen.");
    }
    return ids;
  }
}
