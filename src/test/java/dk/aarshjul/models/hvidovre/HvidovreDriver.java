package dk.aarshjul.models.hvidovre;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.period.Aim;
import dk.aarshjul.theme.CommitteeDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drives Hvidovre's processes through the Java API as Tasklist would submit the forms, with the job
 * executor off: the asynchronous hand-offs are run explicitly and timers fire only when asked.
 */
@Component
class HvidovreDriver {

  static final String BUU = "boerne-og-undervisningsudvalget";
  static final String SSU = "social-og-sundhedsudvalget";
  static final String OEU = "oekonomiudvalget";

  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper json;
  @Autowired CommitteeDirection direction;

  /** The term the driver works in: tasks of other terms (other tests) are left alone. */
  private int firstYear;

  ProcessInstance startTerm(int firstYear) {
    this.firstYear = firstYear;
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(HvidovreVariables.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    ProcessInstance term =
        engine
            .getFormService()
            .submitStartForm(definition, Map.of(HvidovreVariables.FIRST_YEAR, firstYear));
    runJobs();
    return term;
  }

  /** The committee's own instance in the term. */
  ProcessInstance committeeTerm(int firstYear, String committeeName) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(HvidovreVariables.COMMITTEE_PROCESS_KEY)
        .processInstanceBusinessKey(firstYear + "–" + (firstYear + 3) + "/" + committeeName)
        .singleResult();
  }

  /** Runs every due asynchronous hand-off, never a timer. */
  void runJobs() {
    dk.aarshjul.process.EngineJobs.runJobs(engine);
  }

  /** Fires the timers waiting at {@code activityId} (their date may lie in the future). */
  void fireTimers(String activityId) {
    dk.aarshjul.process.EngineJobs.fireTimers(engine, activityId);
  }

  /** The open tasks of a definition key (task id) for one candidate group, by name then id. */
  List<Task> tasks(String taskKey, String group) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKey(taskKey)
        .taskCandidateGroup(group)
        .orderByTaskName()
        .asc()
        .list()
        .stream()
        .filter(this::inTerm)
        .toList();
  }

  /** Whether the task belongs to the driver's term (by its instance's readable business key). */
  boolean inTerm(Task task) {
    String key = businessKey(task);
    if (key == null) {
      return false;
    }
    if (key.startsWith(firstYear + "–" + (firstYear + 3) + "/")) {
      return true;
    }
    for (int year = firstYear; year <= firstYear + 3; year++) {
      if (key.startsWith(year + "/")) {
        return true;
      }
    }
    return false;
  }

  String businessKey(Task task) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  Task onlyTask(String taskKey, String group) {
    List<Task> tasks = tasks(taskKey, group);
    assertThat(tasks).as(taskKey + " for " + group).hasSize(1);
    return tasks.get(0);
  }

  void submit(Task task, VariableMap values) {
    engine.getFormService().submitTaskForm(task.getId(), values);
    runJobs();
  }

  Object formValue(Task task, String name) {
    return engine.getTaskService().getVariableLocal(task.getId(), name);
  }

  // ---- step 1

  void prepareMaterial(String secretariat) {
    submit(
        onlyTask("Task_PrepareCommitteeMaterial", secretariat),
        Variables.createVariables()
            .putValue("trends", "Flere børn med særlige behov; ny folkeskolereform.")
            .putValue("satisfaction", "Trivselsmålingen: 82 % trives.")
            .putValue("documentation", "Kvalitetsrapporten.")
            .putValue("keyFigures", "3.900 elever, 1.150 børn i dagtilbud."));
  }

  /** Registers the committee's meeting; {@code models} maps group (e.g. "Skoler") to a model. */
  void registerMeeting(
      String secretariat, int year, Map<String, String> models, List<String> joint) {
    Task task = onlyTask("Task_RegisterCommitteeMeeting", secretariat);
    ArrayNode rows = (ArrayNode) read(task, "meetingModels");
    rows.forEach(
        row -> ((ObjectNode) row).put("meetingModel", models.get(row.get("group").asText())));
    ArrayNode jointCodes = json.createArrayNode();
    joint.forEach(jointCodes::add);
    submit(
        task,
        Variables.createVariables()
            .putValue("meetingDate", year + "-02-10")
            .putValue(
                "decisions", "Udvalget drøftede materialet og besluttede dialogmødernes form.")
            .putValueTyped("meetingModels", SpinValues.jsonValue(rows.toString()).create())
            .putValue("facilitated", true)
            .putValueTyped(
                "jointCommittees", SpinValues.jsonValue(jointCodes.toString()).create()));
  }

  // ---- step 2

  void planMeetings(String planner, int year) {
    for (Task task : tasks("Task_PlanDialogueMeeting", planner)) {
      submit(
          task,
          Variables.createVariables()
              .putValue("plannedDate", year + "-04-15")
              .putValue("place", "Rådhuset, udvalgsværelset"));
    }
  }

  void giveInput(String unitCode, boolean board) {
    VariableMap values =
        Variables.createVariables()
            .putValue("staffInput", "Medarbejderne ønsker mere tid til faglig sparring.");
    if (board) {
      values.putValue("boardInput", "Bestyrelsen ønsker fokus på trivsel.");
    }
    submit(onlyTask("Task_CollectUnitInput", "kontraktholder-" + unitCode), values);
  }

  void holdMeetings(String host) {
    for (Task task : tasks("Task_HoldCommitteeDialogue", host)) {
      ArrayNode rows = (ArrayNode) read(task, "outcomes");
      rows.forEach(
          row ->
              ((ObjectNode) row)
                  .put("followUpNotes", "Sidste års mål er delvist nået.")
                  .put("committeeWishes", "Udvalget ønsker fokus på trivsel og fællesskab."));
      submit(
          task,
          Variables.createVariables()
              .putValue("minutes", "Godt møde med gensidig udveksling af viden.")
              .putValueTyped("outcomes", SpinValues.jsonValue(rows.toString()).create()));
    }
  }

  // ---- beacons

  void draftBeacons(String secretariat, String... titles) {
    ArrayNode rows = json.createArrayNode();
    for (String title : titles) {
      rows.addObject().put("title", title).put("description", "Uddybning af " + title);
    }
    submit(
        onlyTask("Task_DraftBeacons", secretariat),
        Variables.createVariables()
            .putValueTyped("beacons", SpinValues.jsonValue(rows.toString()).create()));
  }

  void decideBeacons(String secretariat, boolean decided) {
    VariableMap values =
        Variables.createVariables()
            .putValue(
                "decision", decided ? CommitteeDirection.DECIDED : CommitteeDirection.SENT_BACK);
    if (!decided) {
      values.putValue("comment", "Gør pejlemærkerne mere konkrete.");
    }
    submit(onlyTask("Task_DecideBeacons", secretariat), values);
  }

  // ---- step 3

  /** Goals in the common template, each serving the committee's first beacon. */
  String goals(long periodId, String committeeCode, int count, boolean satisfaction) {
    List<Aim> beacons = direction.beacons(periodId, committeeCode);
    ArrayNode rows = json.createArrayNode();
    for (int i = 1; i <= count; i++) {
      ObjectNode row =
          rows.addObject()
              .put("title", "Mål " + i + ": bedre trivsel")
              .put("expectedEffect", "Flere børn trives.")
              .put("effectFollowUp", "Trivselsmålingen hvert forår.")
              .put("indicator", "Andel der trives");
      if (satisfaction) {
        row.put("satisfactionMeasure", "Forældretilfredshedsundersøgelsen");
      }
      row.putArray("beacons").add(String.valueOf(beacons.get(0).getId()));
    }
    return rows.toString();
  }

  void draftTermGoals(Task task, String goalsJson) {
    submit(
        task,
        Variables.createVariables()
            .putValueTyped("goals", SpinValues.jsonValue(goalsJson).create()));
  }

  void approveGoals(Task task) {
    submit(
        task,
        Variables.createVariables()
            .putValue("decision", "godkend")
            .putValueTyped("confirmedRequirements", SpinValues.jsonValue("[]").create()));
  }

  // ---- step 4

  void reportStatus(Task task, String colour, boolean satisfaction) {
    ArrayNode rows = (ArrayNode) read(task, "goalStatuses");
    rows.forEach(
        row -> {
          ObjectNode entry = (ObjectNode) row;
          entry.put("colour", colour).put("effect", "Flere børn trives ifølge målingen.");
          if (satisfaction) {
            entry.put("satisfactionResult", "87 % tilfredse (312 svar)");
          }
        });
    submit(
        task,
        Variables.createVariables()
            .putValueTyped("goalStatuses", SpinValues.jsonValue(rows.toString()).create()));
  }

  void approveStatus(Task task) {
    submit(task, Variables.createVariables().putValue("decision", "godkend"));
  }

  void considerFollowUp(String secretariat) {
    submit(
        onlyTask("Task_ConsiderFollowUp", secretariat),
        Variables.createVariables()
            .putValue("followUpRemarks", "Udvalget er tilfreds med udviklingen."));
  }

  com.fasterxml.jackson.databind.JsonNode read(Task task, String name) {
    Object value = formValue(task, name);
    try {
      return json.readTree(value.toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  List<String> names(List<Task> tasks) {
    List<String> names = new ArrayList<>();
    tasks.forEach(task -> names.add(task.getName()));
    return names;
  }

  // ---- a whole term, every task answered as a user would

  /**
   * Completes every open task of the driver's term with a plain answer and fires its model's due
   * timers (follow-up, budget adoption), until {@code done} holds; returns the tasks completed.
   */
  int runUntil(java.util.function.BooleanSupplier done) {
    int completed = 0;
    for (int round = 0; round < 400 && !done.getAsBoolean(); round++) {
      List<Task> open =
          engine.getTaskService().createTaskQuery().list().stream().filter(this::inTerm).toList();
      if (open.isEmpty()) {
        List<Job> timers = new ArrayList<>();
        for (String activity : List.of("Event_FollowUpDate", "Event_BudgetAdoptionDate")) {
          timers.addAll(
              engine.getManagementService().createJobQuery().timers().activityId(activity).list());
        }
        assertThat(timers).as("a task or a timer of the term").isNotEmpty();
        timers.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        runJobs();
        continue;
      }
      for (Task task : open) {
        answer(task);
        completed++;
      }
    }
    assertThat(done.getAsBoolean()).as("the term reached its end").isTrue();
    return completed;
  }

  private void answer(Task task) {
    String key = task.getTaskDefinitionKey();
    switch (key) {
      case "Task_PrepareCommitteeMaterial" ->
          submit(
              task,
              Variables.createVariables()
                  .putValue("trends", "Trends.")
                  .putValue("keyFigures", "Nøgletal."));
      case "Task_RegisterCommitteeMeeting" -> {
        ArrayNode rows = (ArrayNode) read(task, "meetingModels");
        rows.forEach(row -> ((ObjectNode) row).put("meetingModel", "SAME_UNIT_TYPE"));
        int year = yearOf(task);
        submit(
            task,
            Variables.createVariables()
                .putValue("meetingDate", year + "-02-10")
                .putValue("decisions", "Besluttet.")
                .putValueTyped("meetingModels", SpinValues.jsonValue(rows.toString()).create())
                .putValueTyped("jointCommittees", SpinValues.jsonValue("[]").create()));
      }
      case "Task_PlanDialogueMeeting" ->
          submit(
              task,
              Variables.createVariables()
                  .putValue("plannedDate", businessKey(task).substring(0, 4) + "-04-15")
                  .putValue("place", "Rådhuset"));
      case "Task_CollectUnitInput" -> {
        VariableMap values = Variables.createVariables().putValue("staffInput", "Input.");
        if (Boolean.TRUE.equals(formValue(task, "hasBoard"))) {
          values.putValue("boardInput", "Bestyrelsens input.");
        }
        submit(task, values);
      }
      case "Task_HoldCommitteeDialogue" -> {
        ArrayNode rows = (ArrayNode) read(task, "outcomes");
        rows.forEach(row -> ((ObjectNode) row).put("committeeWishes", "Ønsker."));
        submit(
            task,
            Variables.createVariables()
                .putValue("minutes", "Referat.")
                .putValueTyped("outcomes", SpinValues.jsonValue(rows.toString()).create()));
      }
      case "Task_DraftBeacons" -> {
        ArrayNode rows = json.createArrayNode();
        rows.addObject().put("title", "Pejlemærke");
        submit(
            task,
            Variables.createVariables()
                .putValueTyped("beacons", SpinValues.jsonValue(rows.toString()).create()));
      }
      case "Task_DecideBeacons" ->
          submit(
              task, Variables.createVariables().putValue("decision", CommitteeDirection.DECIDED));
      case "Task_DraftTermGoals" -> {
        ArrayNode rows = json.createArrayNode();
        rows.addObject()
            .put("title", "Mål")
            .put("expectedEffect", "Effekt.")
            .put("effectFollowUp", "Opfølgning.")
            .put("indicator", "Indikator")
            .putArray("beacons")
            .add(read(task, "beaconOptions").get(0).get("value").asText());
        draftTermGoals(task, rows.toString());
      }
      case "Task_ApproveContract" -> approveGoals(task);
      case "Task_ReportGoalStatus" -> reportStatus(task, "groen", false);
      case "Task_ReviewGoalStatus" -> approveStatus(task);
      case "Task_ConsiderFollowUp" ->
          submit(task, Variables.createVariables().putValue("followUpRemarks", "Drøftet."));
      case "Task_ReviewTermGoals" ->
          submit(task, Variables.createVariables().putValue("decision", "behold"));
      default -> throw new AssertionError("The driver does not know " + key);
    }
  }

  /** The year a committee-year task is in (its process-local variable "year"). */
  private int yearOf(Task task) {
    return (Integer) engine.getTaskService().getVariable(task.getId(), "year");
  }
}
