package dk.aarshjul.models.viborg;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.measure.IndicatorForm;
import dk.aarshjul.measure.MeasureVariables;
import dk.aarshjul.process.PastedFile;
import dk.aarshjul.theme.WorkshopFields;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drives Viborg's term through the Java API as Tasklist would submit the forms, with the job
 * executor off: asynchronous hand-offs run explicitly, timers fire only when asked. A task is
 * claimed by the user who completes it (the data team's importer and reviewer differ).
 */
@Component
class ViborgDriver {

  static final String SURVEY_QUESTION = "Hvor ofte føler du dig ensom?";
  static final String STATEMENT =
      "Mine sager hænger sammen, selv om flere afdelinger er involveret";

  @Autowired ProcessEngine engine;

  private String termKey;

  ProcessInstance startTerm(int firstYear) {
    termKey = firstYear + "–" + (firstYear + 3);
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(ViborgVariables.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    ProcessInstance term =
        engine
            .getFormService()
            .submitStartForm(definition, Map.of(ViborgVariables.FIRST_YEAR, firstYear));
    runJobs();
    return term;
  }

  /** Runs every due asynchronous hand-off, never a timer. */
  void runJobs() {
    dk.aarshjul.process.EngineJobs.runJobs(engine);
  }

  /** Fires the timers waiting at {@code activityId} (their date may lie in the future). */
  void fireTimers(String activityId) {
    dk.aarshjul.process.EngineJobs.fireTimers(engine, activityId);
  }

  /** The term's open tasks of a definition key for a candidate group. */
  List<Task> tasks(String taskKey, String group) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKey(taskKey)
        .taskCandidateGroup(group)
        .includeAssignedTasks()
        .orderByTaskName()
        .asc()
        .list()
        .stream()
        .filter(task -> businessKey(task).startsWith(termKey + "/"))
        .toList();
  }

  Task onlyTask(String taskKey, String group) {
    List<Task> tasks = tasks(taskKey, group);
    assertThat(tasks).as(taskKey + " for " + group).hasSize(1);
    return tasks.get(0);
  }

  String businessKey(Task task) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return instance == null || instance.getBusinessKey() == null ? "" : instance.getBusinessKey();
  }

  Object formValue(Task task, String name) {
    return engine.getTaskService().getVariableLocal(task.getId(), name);
  }

  /** Completes the task as {@code user} (claimed, so the domain knows who decided). */
  void submit(Task task, String user, VariableMap values) {
    engine.getTaskService().claim(task.getId(), user);
    engine.getFormService().submitTaskForm(task.getId(), values);
    runJobs();
  }

  // ---- the political workshop

  /** A theme meeting leaving the themes given, each with its goals. */
  void workshopMeeting(String date, String themesJson, boolean ready) {
    submit(
        onlyTask("Task_RegisterWorkshopMeeting", "byraadssekretariat"),
        "bente",
        Variables.createVariables()
            .putValue(WorkshopFields.MEETING_DATE.key(), date)
            .putValue(
                WorkshopFields.NOTES.key(),
                "Byrådet drøftede temaerne med borgmesteren som facilitator.")
            .putValue(WorkshopFields.THEMES, SpinValues.jsonValue(themesJson).create())
            .putValue(
                WorkshopFields.DONE.key(),
                ready ? WorkshopFields.READY : WorkshopFields.NEXT_MEETING));
  }

  /** Two themes with three goals, as the form sends them: each theme row holds its goals. */
  static final String TWO_THEMES_THREE_GOALS =
      "[{\"title\":\"Sundhed\",\"description\":\"Et godt og langt liv\",\"goals\":["
          + "{\"title\":\"Færre borgere føler sig ensomme\",\"description\":null},"
          + "{\"title\":\"Flere borgere er fysisk aktive\",\"description\":null}]},"
          + "{\"title\":\"Vækst og socialt ansvar\",\"description\":null,\"goals\":["
          + "{\"title\":\"Flere indbyggere\",\"description\":\"Også i landsbyerne\"}]}]";

  void adopt(String date, boolean adopted, String repealed, String comment) {
    VariableMap values =
        Variables.createVariables()
            .putValue(WorkshopFields.DECIDED_ON.key(), date)
            .putValue(
                WorkshopFields.ADOPTION.key(),
                adopted ? WorkshopFields.ADOPTED : WorkshopFields.SENT_BACK)
            .putValue(WorkshopFields.REPEALED.key(), repealed)
            .putValue(WorkshopFields.ADOPTION_COMMENT.key(), comment);
    submit(onlyTask("Task_RegisterCouncilAdoption", "byraadssekretariat"), "bente", values);
  }

  /**
   * Measures the first goal by the survey, the second by the survey, the third by register data.
   */
  void defineMeasurement(int baselineYear) {
    String indicators =
        "[{\"title\":\"Færre borgere føler sig ensomme\",\"source\":\"borgermaaling\","
            + "\"codeOrQuestion\":\""
            + SURVEY_QUESTION
            + "\",\"countedAnswers\":\"Ofte\","
            + "\"label\":\"Andel, der ofte føler sig ensomme\",\"unit\":\"procent\",\"target\":\"6\","
            + "\"direction\":\"lavere\"},"
            + "{\"title\":\"Flere borgere er fysisk aktive\",\"source\":\"borgermaaling\","
            + "\"codeOrQuestion\":\"Hvor ofte dyrker du motion?\",\"countedAnswers\":\"Dagligt; Ugentligt\","
            + "\"label\":\"Andel, der dyrker motion mindst ugentligt\",\"unit\":\"procent\",\"target\":\"70\","
            + "\"direction\":\"hoejere\"},"
            + "{\"title\":\"Flere indbyggere\",\"source\":\"register\",\"codeOrQuestion\":\"Indbyggertal\","
            + "\"countedAnswers\":null,\"label\":\"Antal indbyggere\",\"unit\":\"antal\",\"target\":\"100.000\","
            + "\"direction\":\"hoejere\"}]";
    String statements =
        "[{\"question\":\""
            + STATEMENT
            + "\",\"countedAnswers\":\"Helt enig; Enig\","
            + "\"label\":\"Andel, der oplever, at deres sager hænger sammen\"}]";
    submit(
        onlyTask("Task_DefineMeasurement", "analyse"),
        "anne",
        Variables.createVariables()
            .putValue(IndicatorForm.BASELINE_YEAR_KEY, baselineYear)
            .putValue(IndicatorForm.INDICATORS, SpinValues.jsonValue(indicators).create())
            .putValue(IndicatorForm.STATEMENTS, SpinValues.jsonValue(statements).create()));
  }

  /** The survey of a year: loneliness "Ofte" {@code often} %, exercise 62 %, statement 40 %. */
  static String survey(String often) {
    String rest =
        new java.math.BigDecimal("100")
            .subtract(new java.math.BigDecimal(often.replace(',', '.')))
            .toPlainString()
            .replace('.', ',');
    return "spørgsmål;antal svar;svar;andel\n"
        + SURVEY_QUESTION
        + ";4012;Ofte;"
        + often
        + "\n"
        + SURVEY_QUESTION
        + ";4012;Sjældent eller aldrig;"
        + rest
        + "\n"
        + "Hvor ofte dyrker du motion?;4010;Dagligt;22\n"
        + "Hvor ofte dyrker du motion?;4010;Ugentligt;40\n"
        + "Hvor ofte dyrker du motion?;4010;Sjældnere;38\n"
        + STATEMENT
        + ";3990;Helt enig;12\n"
        + STATEMENT
        + ";3990;Enig;28\n"
        + STATEMENT
        + ";3990;Uenig;60\n";
  }

  /** The open joint-meeting tasks of the term (hosted by a committee's secretariat). */
  List<Task> jointMeetingTasks(String taskKey) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list().stream()
        .filter(task -> businessKey(task).startsWith(termKey + "/"))
        .toList();
  }

  /** Holds the term's only open joint meeting: statuses for its decided initiatives, proposals. */
  void holdJointMeeting(String date, String statusesJson, String proposalsJson) {
    List<Task> tasks = jointMeetingTasks("Task_HoldJointMeeting");
    assertThat(tasks).hasSize(1);
    submit(
        tasks.get(0),
        "sofie",
        Variables.createVariables()
            .putValue("meetingDate", date)
            .putValue(
                "jointMinutes", "Udvalgene drøftede ensomhed på tværs af skoler og plejecentre.")
            .putValue("initiativeStatuses", SpinValues.jsonValue(statusesJson).create())
            .putValue("proposals", SpinValues.jsonValue(proposalsJson).create()));
  }

  /** The directorate decides the proposals of the term's only open decision. */
  void decideInitiatives(String decisionsJson) {
    List<Task> tasks = jointMeetingTasks("Task_DecideInitiatives");
    assertThat(tasks).hasSize(1);
    submit(
        tasks.get(0),
        "jens",
        Variables.createVariables()
            .putValue("initiativeDecisions", SpinValues.jsonValue(decisionsJson).create()));
  }

  /** Imports a file at the import task of {@code subject} as Anne and publishes it as Bo. */
  void importAndPublish(String subject, String file) {
    Task importTask =
        tasks(MeasureVariables.TASK_IMPORT, "analyse").stream()
            .filter(task -> businessKey(task).endsWith("/" + subject))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no import task for " + subject));
    submit(
        importTask,
        "anne",
        Variables.createVariables()
            .putValue(MeasureVariables.FILE_NAME, subject + ".csv")
            .putValue(PastedFile.VARIABLE, file));
    Task review =
        tasks(MeasureVariables.TASK_REVIEW, "analyse").stream()
            .filter(task -> businessKey(task).endsWith("/" + subject))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no review task for " + subject));
    submit(
        review,
        "bo",
        Variables.createVariables().putValue(MeasureVariables.PUBLISH, "offentliggoer"));
  }
}
