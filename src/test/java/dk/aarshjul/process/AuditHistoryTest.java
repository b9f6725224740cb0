package dk.aarshjul.process;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.followup.FollowUpVariables;
import dk.aarshjul.followup.GoalTrafficLight;
import dk.aarshjul.followup.TrafficLight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Årshjul's history level keeps the audit trail – every decision and every value a form submitted,
 * with who did it and when – and leaves out what no one reads: what a form only shows, job
 * creations, advisory decisions. Gl. Rye's contract draft is the example.
 */
@SpringBootTest
class AuditHistoryTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired GoalTrafficLight trafficLight;
  @Autowired ContractTestData testData;

  ProcessInstance contract;
  Task draft;

  @BeforeEach
  void glRyeDrafts() {
    // Given Gl. Rye's contract of a new year waits for its draft
    int year = testData.newYear();
    contract =
        runtimeService.startProcessInstanceByKey(
            ContractVariables.PROCESS_KEY,
            Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, "gl-rye"));
    draft = taskService.createTaskQuery().processInstanceId(contract.getId()).singleResult();
  }

  @Test
  void shouldRunOnÅrshjulsOwnHistoryLevel() {
    // Then the engine runs on the level application.yaml names, above the engine's own levels
    assertThat(managementService.getHistoryLevel()).isEqualTo(AuditHistoryLevel.ID);
  }

  @Test
  void shouldKeepEveryValueTheFormSubmittedButNotWhatItOnlyShowed() {
    // Given the draft's form shows what the task concerns ("Vedrører") without letting it be edited
    assertThat(taskService.getVariableLocal(draft.getId(), FormTaskListener.SUBJECT))
        .isEqualTo("Gl. Rye skole og dagtilbud");

    // When Mette submits the draft
    formService.submitTaskForm(
        draft.getId(),
        Map.of(
            ContractVariables.GOALS,
            SpinValues.jsonValue(ContractTestData.completeGoals()).create(),
            ContractVariables.LEADERSHIP_SPAN,
            "1:20 – vurderet"));

    // Then the history keeps both input fields of her task with the values she submitted
    List<String> kept =
        historyService.createHistoricVariableInstanceQuery().taskIdIn(draft.getId()).list().stream()
            .map(HistoricVariableInstance::getName)
            .toList();
    assertThat(kept)
        .contains(ContractVariables.GOALS, ContractVariables.LEADERSHIP_SPAN)
        .doesNotContain(FormTaskListener.SUBJECT);
    List<Object> submitted =
        historyService
            .createHistoricDetailQuery()
            .variableUpdates()
            .taskId(draft.getId())
            .disableBinaryFetching()
            .list()
            .stream()
            .map(HistoricVariableUpdate.class::cast)
            .filter(update -> ContractVariables.LEADERSHIP_SPAN.equals(update.getVariableName()))
            .map(HistoricVariableUpdate::getValue)
            .toList();
    assertThat(submitted).contains("1:20 – vurderet");
    // and nothing of what the form only showed
    assertThat(
            historyService
                .createHistoricDetailQuery()
                .variableUpdates()
                .taskId(draft.getId())
                .list()
                .stream()
                .map(HistoricDetail.class::cast)
                .map(detail -> ((HistoricVariableUpdate) detail).getVariableName()))
        .doesNotContain(FormTaskListener.SUBJECT);
    // and the task's history says when it was completed
    assertThat(
            historyService
                .createHistoricTaskInstanceQuery()
                .taskId(draft.getId())
                .singleResult()
                .getEndTime())
        .isNotNull();
  }

  @Test
  void shouldKeepTheDecisionsButNotTheSuggestedColour() {
    // When a follow-up asks the traffic-light table for a suggestion (advice: the report stores it
    // beside the colour the holder chooses)
    long before = historyService.createHistoricDecisionInstanceQuery().count();
    assertThat(trafficLight.suggest(BigDecimal.TEN, BigDecimal.TEN, true))
        .isEqualTo(TrafficLight.GROEN);

    // Then the suggestion leaves no decision history
    assertThat(
            historyService
                .createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(FollowUpVariables.TRAFFIC_LIGHT_DECISION_KEY)
                .count())
        .isZero();
    assertThat(historyService.createHistoricDecisionInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void shouldLogEveryJobRunButNoJobCreation() {
    // Given the draft's deadline job was created with the task
    assertThat(managementService.createJobQuery().processInstanceId(contract.getId()).count())
        .isEqualTo(1);

    // Then the job log has no creation for it (it would record every job twice over)
    assertThat(
            historyService
                .createHistoricJobLogQuery()
                .processInstanceId(contract.getId())
                .creationLog()
                .count())
        .isZero();
  }
}
