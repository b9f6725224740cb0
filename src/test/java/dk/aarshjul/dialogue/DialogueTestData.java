package dk.aarshjul.dialogue;

import static org.assertj.core.api.Assertions.fail;

import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.demo.SkanderborgDemo;
import dk.aarshjul.organisation.Area;
import dk.aarshjul.organisation.AreaRepository;
import dk.aarshjul.period.Period;
import dk.aarshjul.period.PeriodDateKind;
import dk.aarshjul.period.PeriodRepository;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Years 6001 and on (contracts started by trusted code, so the start form's year range does not
 * apply) with the 2022 seed DUS, and approved contracts made by running development-contract to its
 * end.
 */
@Component
class DialogueTestData {

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(6000);
  private static final int LAST_YEAR = 6999;

  private final PeriodRepository years;
  private final MeetingModels meetingModels;
  private final AreaRepository areas;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final HistoryService historyService;
  private final ManagementService managementService;

  DialogueTestData(
      PeriodRepository years,
      MeetingModels meetingModels,
      AreaRepository areas,
      RuntimeService runtimeService,
      TaskService taskService,
      FormService formService,
      HistoryService historyService,
      ManagementService managementService) {
    this.managementService = managementService;
    this.years = years;
    this.meetingModels = meetingModels;
    this.areas = areas;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
    this.historyService = historyService;
  }

  /**
   * A new year with the given meeting models per area code and the dialogue window 1 March – 30
   * April.
   */
  int newYear(Map<String, MeetingModel> models) {
    int year = NEXT_YEAR.incrementAndGet();
    if (year > LAST_YEAR) {
      throw new IllegalStateException("Testårene 6001–" + LAST_YEAR + " er brugt op");
    }
    Period cycleYear = SkanderborgDemo.dus2022Seed(year);
    cycleYear.replaceDates(
        PeriodDateKind.DIALOGUE_WINDOW,
        List.of(Period.DateEntry.window(LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30))));
    long periodId = years.save(cycleYear).getId();
    Map<Area, MeetingModel> chosen = new LinkedHashMap<>();
    models.forEach(
        (areaCode, model) -> chosen.put(areas.findByCode(areaCode).orElseThrow(), model));
    meetingModels.replace(periodId, chosen);
    return year;
  }

  /**
   * Runs the unit's development contract through drafting, hearing and approval; returns the
   * contract id.
   */
  long approvedContract(int year, String unitCode) {
    return approve(draftContract(year, unitCode));
  }

  /** Starts the unit's development contract and leaves it waiting for the draft (not approved). */
  ProcessInstance draftContract(int year, String unitCode) {
    return runtimeService.startProcessInstanceByKey(
        ContractVariables.PROCESS_KEY,
        Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, unitCode));
  }

  /**
   * Completes every task of a started development contract until it is approved; returns the
   * contract id.
   */
  long approve(ProcessInstance instance) {
    for (int round = 0; round < 10; round++) {
      // the job executor's part (off in tests): hand-offs after the parallel hearing
      managementService
          .createJobQuery()
          .processInstanceId(instance.getId())
          .list()
          .forEach(job -> managementService.executeJob(job.getId()));
      List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
      if (tasks.isEmpty()) {
        return contractId(instance);
      }
      for (Task task : tasks) {
        switch (task.getTaskDefinitionKey()) {
          case "Task_HoldEarlyDialogue" ->
              formService.submitTaskForm(
                  task.getId(), Map.of(ContractVariables.EARLY_DIALOGUE_NOTES, "Drøftet"));
          case "Task_DraftContract" ->
              formService.submitTaskForm(
                  task.getId(),
                  Variables.createVariables()
                      .putValueTyped(
                          ContractVariables.GOALS, SpinValues.jsonValue(completeGoals()).create())
                      .putValue(
                          ContractVariables.LEADERSHIP_SPAN,
                          "Ledelsesspændet er 1:25 og passer til principperne."));
          case "Task_GiveStakeholderComment" ->
              formService.submitTaskForm(
                  task.getId(), Map.of(ContractVariables.COMMENT, "Vi bakker op om målene."));
          case "Task_ApproveContract" ->
              formService.submitTaskForm(
                  task.getId(),
                  Map.of(ContractVariables.DECISION, ContractVariables.DECISION_APPROVE));
          default -> fail("Uventet opgave " + task.getTaskDefinitionKey());
        }
      }
    }
    throw new AssertionError("Kontrakten " + instance.getBusinessKey() + " blev ikke godkendt");
  }

  private long contractId(ProcessInstance instance) {
    return (Long)
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableName(ContractVariables.CONTRACT_ID)
            .singleResult()
            .getValue();
  }

  /** Two goals that together meet all five requirements of the 2022 seed. */
  static String completeGoals() {
    return goals("Lavere sygefravær", "Under 5 %");
  }

  /** The complete goals with the second goal's title and target changed. */
  static String goals(String absenceGoalTitle, String absenceTarget) {
    return """
        [{"track":"1","title":"Byrådets beslutninger ud i livet","purpose":"Sikre den røde tråd fra Byråd til borger",
          "activities":"Gennemgang af budgetbeslutninger på personalemøder","effectFollowUp":"Halvårlig status til bestyrelsen",
          "multiYear":true,"sharedWithOthers":false,"addresses":["LEDELSESGRUNDLAG","TVAERGAAENDE"]},
         {"track":"2","title":"%s","purpose":"Bedre arbejdsmiljø og kvalitet","activities":"Trivselssamtaler",
          "effectFollowUp":"Månedlig opgørelse","indicator":"Sygefravær i procent","target":"%s",
          "multiYear":false,"sharedWithOthers":true,"addresses":["SYGEFRAVAER"]}]
        """
        .formatted(absenceGoalTitle, absenceTarget);
  }
}
