package dk.aarshjul.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarshjul.challenge.ChallengeRepository;
import dk.aarshjul.followup.FollowUpReportRepository;
import dk.aarshjul.followup.FollowUpVariables;
import dk.aarshjul.period.Periods;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.tracks.DusService;
import dk.aarshjul.tracks.TracksVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bad and oversized payloads, sent through the Java API as a client beyond Tasklist could: each is
 * rejected with a Danish message (InvalidSubmissionException) and nothing is stored – the task is
 * still open, its variables and the process's are unchanged, and the domain tables are untouched.
 * Every case is named; the total is printed at the end.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormSubmissionRejectionTest {

  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final int TRACKS_YEAR = 2195;

  @Autowired ContractTestData testData;
  @Autowired ContractService contracts;
  @Autowired ContractRepository contractRows;
  @Autowired ChallengeRepository challenges;
  @Autowired FollowUpReportRepository reports;
  @Autowired Periods years;
  @Autowired DusService dus;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired TransactionTemplate transactions;

  int year;

  /** Task name -> the open task the cases are sent to, and a fingerprint of its domain data. */
  final Map<String, String> taskIds = new LinkedHashMap<>();

  final Map<String, Supplier<String>> domain = new LinkedHashMap<>();

  @BeforeAll
  void openTasks() {
    year = testData.newYear();
    // the contract holder's draft (draft-contract.form)
    ProcessInstance contract =
        formService.submitStartForm(
            definitionId(ContractVariables.PROCESS_KEY),
            Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, "gl-rye"));
    long contractId =
        (Long) runtimeService.getVariable(contract.getId(), ContractVariables.CONTRACT_ID);
    taskIds.put("draft", task(contract).getId());
    domain.put(
        "draft",
        () ->
            transactions.execute(
                s -> {
                  DevelopmentContract row = contractRows.findById(contractId).orElseThrow();
                  return row.getStatus()
                      + "/"
                      + row.getGoals().size()
                      + "/"
                      + row.getLeadershipSpanAssessment();
                }));

    // the directorate's DUS draft (draft-tracks.form: dates, a number with min/max, static and
    // prefilled options)
    dus.open(TRACKS_YEAR);
    ProcessInstance tracks =
        runtimeService.startProcessInstanceByKey(
            TracksVariables.PROCESS_KEY, Map.of(TracksVariables.YEAR, TRACKS_YEAR));
    taskIds.put("tracks", task(tracks).getId());
    domain.put(
        "tracks",
        () ->
            transactions.execute(
                s -> {
                  var cycleYear = years.findBudgetYear(TRACKS_YEAR).orElseThrow();
                  return cycleYear.getStatus()
                      + "/"
                      + cycleYear.getTracks().size()
                      + "/"
                      + cycleYear.getRequirements().size()
                      + "/"
                      + cycleYear.getContractDeadline()
                      + "/"
                      + cycleYear.getFollowUpDates().size();
                }));

    // the holder's goal status report (report-goal-status.form: a read-only title in each row,
    // numbers)
    long approved =
        transactions.execute(
            s -> {
              DevelopmentContract row = contracts.start(year, "niels-ebbesen");
              contracts.saveDraft(row.getId(), ContractTestData.completeGoals(), "Vurderet");
              contracts.submitForApproval(row.getId(), "koncernchef");
              contracts.recordDecision(row.getId(), "godkend", null, List.of(), "koncernchef");
              return row.getId();
            });
    ProcessInstance followUp =
        runtimeService.startProcessInstanceByKey(
            FollowUpVariables.PROCESS_KEY,
            Variables.createVariables()
                .putValue(FollowUpVariables.YEAR, year)
                .putValue(FollowUpVariables.FOLLOW_UP_ROUND, 1)
                .putValue(FollowUpVariables.CONTRACT_ID, approved));
    taskIds.put("report", task(followUp).getId());
    domain.put(
        "report",
        () ->
            transactions.execute(
                s ->
                    reports.findByYear(year).stream()
                        .map(r -> r.getStatus() + "/" + r.getGoalStatuses().size())
                        .toList()
                        .toString()));
  }

  @AfterAll
  void printCount() {
    System.out.println("FormSubmissionRejectionTest: " + TRIED.get() + " rejected payloads tried");
  }

  // ---- the cases
  // --------------------------------------------------------------------------------------------

  record Case(String name, String task, Map<String, Object> variables) {
    @Override
    public String toString() {
      return task + ": " + name;
    }
  }

  static Stream<Case> taskCases() {
    List<Case> cases = new ArrayList<>();
    // draft-contract.form
    cases.add(draft("unknown field", Map.of("hacked", "x")));
    cases.add(
        draft("unknown key inside a list item", Map.of("goals", json(goal("\"extra\":\"x\"")))));
    cases.add(draft("number for a text", Map.of("leadershipSpanAssessment", 42)));
    cases.add(draft("boolean for a text", Map.of("leadershipSpanAssessment", true)));
    cases.add(draft("date for a text", Map.of("leadershipSpanAssessment", new java.util.Date())));
    cases.add(
        draft(
            "Java-serialized object",
            Map.of(
                "leadershipSpanAssessment",
                Variables.objectValue(new ArrayList<>(List.of("x")))
                    .serializationDataFormat(SerializationDataFormats.JAVA)
                    .create())));
    cases.add(
        draft(
            "Json-serialized object",
            Map.of(
                "leadershipSpanAssessment",
                Variables.objectValue(new ArrayList<>(List.of("x")))
                    .serializationDataFormat(SerializationDataFormats.JSON)
                    .create())));
    cases.add(draft("bytes", Map.of("leadershipSpanAssessment", "x".getBytes())));
    cases.add(
        draft(
            "file",
            Map.of(
                "leadershipSpanAssessment",
                Variables.fileValue("a.txt")
                    .file("x".getBytes())
                    .mimeType("text/plain")
                    .create())));
    cases.add(
        draft("text of 4,001 characters", Map.of("leadershipSpanAssessment", "x".repeat(4001))));
    cases.add(
        draft(
            "list title over its maxLength 200",
            Map.of("goals", json(goal("\"title\":\"" + "t".repeat(201) + "\"")))));
    cases.add(
        draft(
            "list text of 4,001 characters",
            Map.of("goals", json(goal("\"purpose\":\"" + "p".repeat(4001) + "\"")))));
    cases.add(
        draft(
            "oversized Json list (over 600 kB)",
            Map.of(
                "goals",
                json(
                    "["
                        + String.join(
                            ",",
                            java.util.Collections.nCopies(
                                2900, "{\"title\":\"" + "x".repeat(200) + "\"}"))
                        + "]"))));
    cases.add(
        draft(
            "101 list items",
            Map.of(
                "goals",
                json(
                    "["
                        + String.join(
                            ",",
                            java.util.Collections.nCopies(101, "{\"track\":\"1\",\"title\":\"T\"}"))
                        + "]"))));
    cases.add(
        draft(
            "list sent as a String of 4,001+ characters",
            Map.of(
                "goals",
                "[{\"track\":\"1\",\"title\":\"T\",\"purpose\":\"" + "p".repeat(4000) + "\"}]")));
    cases.add(draft("list sent as a String that is not Json", Map.of("goals", "not json")));
    cases.add(draft("list as a Json object", Map.of("goals", json("{\"track\":\"1\"}"))));
    cases.add(draft("list of numbers", Map.of("goals", json("[1,2]"))));
    cases.add(draft("list as a number", Map.of("goals", 7)));
    cases.add(
        draft(
            "select value not among prefilled options",
            Map.of("goals", json(goal("\"track\":\"9\"")))));
    cases.add(
        draft(
            "checklist value not among options",
            Map.of("goals", json(goal("\"addresses\":[\"UKENDT\"]")))));
    cases.add(
        draft(
            "checklist as a string", Map.of("goals", json(goal("\"addresses\":\"SYGEFRAVAER\"")))));
    cases.add(draft("checkbox as a string", Map.of("goals", json(goal("\"multiYear\":\"ja\"")))));
    cases.add(draft("number for a text in a list", Map.of("goals", json(goal("\"title\":12")))));
    cases.add(
        draft("object for a text in a list", Map.of("goals", json(goal("\"title\":{\"a\":1}")))));
    cases.add(draft("missing required list text", Map.of("goals", json(goal("\"title\":\"  \"")))));
    cases.add(draft("missing required list (empty)", Map.of("goals", json("[]"))));
    cases.add(
        draft(
            "changed prefilled options",
            Map.of(
                "trackOptions",
                json("[{\"label\":\"Mit eget spor\",\"value\":\"9\"}]"),
                "goals",
                json(goal("\"track\":\"9\"")))));
    cases.add(draft("changed display text", Map.of("requirementsInfo", "Ingen krav i år")));
    cases.add(draft("forged process id", Map.of("contractId", 1L)));
    // draft-tracks.form
    cases.add(tracks("bad date", Map.of(TracksVariables.CONTRACT_DEADLINE, "15-12-2027")));
    cases.add(tracks("impossible date", Map.of(TracksVariables.CONTRACT_DEADLINE, "2027-02-30")));
    cases.add(tracks("number for a date", Map.of(TracksVariables.DIALOGUE_FROM, 20270301)));
    cases.add(
        tracks(
            "bad date in a list",
            Map.of(TracksVariables.FOLLOW_UP_DATES, json("[{\"date\":\"i morgen\"}]"))));
    cases.add(
        tracks(
            "number above max in a list",
            Map.of(
                TracksVariables.REQUIREMENTS,
                json("[{\"title\":\"Krav\",\"rule\":\"GOAL_ON_TRACK\",\"trackNumber\":11}]"))));
    cases.add(
        tracks(
            "decimal for a whole number in a list",
            Map.of(
                TracksVariables.REQUIREMENTS,
                json("[{\"title\":\"Krav\",\"rule\":\"GOAL_ON_TRACK\",\"trackNumber\":1.5}]"))));
    cases.add(
        tracks(
            "string for a number in a list",
            Map.of(
                TracksVariables.REQUIREMENTS,
                json("[{\"title\":\"Krav\",\"rule\":\"GOAL_ON_TRACK\",\"trackNumber\":\"1\"}]"))));
    cases.add(
        tracks(
            "static select value not among options",
            Map.of(
                TracksVariables.MEETING_MODELS,
                json(
                    "["
                        + String.join(
                            ",",
                            java.util.Collections.nCopies(
                                3, "{\"area\":\"boern-unge\",\"model\":\"ALLE\"}"))
                        + "]"))));
    cases.add(
        tracks(
            "row added to a fixed list",
            Map.of(
                TracksVariables.MEETING_MODELS,
                json(
                    "["
                        + String.join(
                            ",",
                            java.util.Collections.nCopies(
                                4, "{\"area\":\"boern-unge\",\"model\":\"WHOLE_AREA\"}"))
                        + "]"))));
    cases.add(
        tracks(
            "checklist unit not among options",
            Map.of(TracksVariables.EARLY_DIALOGUE_UNITS, json("[\"hacker-enhed\"]"))));
    // report-goal-status.form
    cases.add(
        report(
            "changed read-only title",
            Map.of(
                FollowUpVariables.GOAL_STATUSES,
                json(
                    "[{\"title\":\"Et andet mål\",\"direction\":\"lavere\",\"effect\":\"x\"},"
                        + "{\"title\":\"Lavere sygefravær\",\"direction\":\"lavere\",\"effect\":\"x\"}]"))));
    cases.add(
        report(
            "changed display key",
            Map.of(
                FollowUpVariables.GOAL_STATUSES,
                json(
                    "[{\"goalInfo\":\"Forfalsket\",\"direction\":\"lavere\",\"effect\":\"x\"},"
                        + "{\"direction\":\"lavere\",\"effect\":\"x\"}]"))));
    cases.add(
        report(
            "string for a number",
            Map.of(
                FollowUpVariables.GOAL_STATUSES,
                json(
                    "[{\"targetValue\":\"fem\",\"direction\":\"lavere\",\"effect\":\"x\"},{\"direction\":\"lavere\",\"effect\":\"x\"}]"))));
    cases.add(
        report(
            "missing required select",
            Map.of(
                FollowUpVariables.GOAL_STATUSES, json("[{\"effect\":\"x\"},{\"effect\":\"x\"}]"))));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taskCases")
  void shouldRejectBadTaskSubmissionAndStoreNothing(Case bad) {
    String taskId = taskIds.get(bad.task());
    // Given the task's variables, its process's and its domain data before the submission
    Map<String, String> taskBefore = snapshot(taskService.getVariablesLocalTyped(taskId, false));
    String processInstanceId =
        taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    Map<String, String> processBefore =
        snapshot(runtimeService.getVariablesLocalTyped(processInstanceId, false));
    String domainBefore = domain.get(bad.task()).get();

    // When it is submitted as Tasklist does (submit-form), or completed with variables (POST
    // /task/{id}/complete)
    assertThatThrownBy(() -> formService.submitTaskForm(taskId, bad.variables()))
        .isInstanceOf(InvalidSubmissionException.class)
        .message()
        .isNotBlank();
    assertThatThrownBy(() -> taskService.complete(taskId, bad.variables()))
        .isInstanceOf(InvalidSubmissionException.class);
    print(bad, () -> formService.submitTaskForm(taskId, bad.variables()));
    TRIED.addAndGet(2);

    // Then nothing is stored
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(snapshot(taskService.getVariablesLocalTyped(taskId, false))).isEqualTo(taskBefore);
    assertThat(snapshot(runtimeService.getVariablesLocalTyped(processInstanceId, false)))
        .isEqualTo(processBefore);
    assertThat(domain.get(bad.task()).get()).isEqualTo(domainBefore);
  }

  static Stream<Case> storedBeforeCompletionCases() {
    // a client may set the task's local variables first (PUT /task/{id}/localVariables) and then
    // complete it; each
    // case gets its own unit's draft (the task field "task" names the unit)
    return Stream.of(
        new Case(
            "number for a text", "dagtilbud-skanderborg", Map.of("leadershipSpanAssessment", 42)),
        new Case(
            "select value not among options",
            "dagtilbud-ry",
            Map.of("goals", json(goal("\"track\":\"9\"")))),
        new Case(
            "changed prefilled options",
            "aeldrecenter-ry",
            Map.of("trackOptions", json("[{\"label\":\"Mit eget spor\",\"value\":\"9\"}]"))),
        new Case(
            "changed display text", "botilbud", Map.of("requirementsInfo", "Ingen krav i år")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storedBeforeCompletionCases")
  void shouldRejectCompletionOfTaskWhoseLocalVariablesWereChangedBefore(Case bad) {
    // Given a draft whose local variables a client changed in an earlier request
    ProcessInstance instance =
        formService.submitStartForm(
            definitionId(ContractVariables.PROCESS_KEY),
            Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, bad.task()));
    long contractId =
        (Long) runtimeService.getVariable(instance.getId(), ContractVariables.CONTRACT_ID);
    String taskId = task(instance).getId();
    taskService.setVariablesLocal(taskId, bad.variables());

    // When the task is completed without variables, Then it is rejected and nothing from the task
    // is stored
    assertThatThrownBy(() -> taskService.complete(taskId))
        .isInstanceOf(InvalidSubmissionException.class);
    TRIED.incrementAndGet();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    Integer goals =
        transactions.execute(
            s -> contractRows.findById(contractId).orElseThrow().getGoals().size());
    assertThat(goals).isZero();
  }

  static Stream<Case> startCases() {
    return Stream.of(
        contractStart("unknown field", Map.of("year", 2040, "unitCode", "soelund", "hacked", "x")),
        contractStart("string for a number", Map.of("year", "2040", "unitCode", "soelund")),
        contractStart("number above max", Map.of("year", 2101, "unitCode", "soelund")),
        contractStart("decimal for a whole number", Map.of("year", 2040.5, "unitCode", "soelund")),
        contractStart(
            "text over its maxLength 100", Map.of("year", 2040, "unitCode", "s".repeat(101))),
        contractStart(
            "Java-serialized object",
            Map.of(
                "year",
                2040,
                "unitCode",
                Variables.objectValue(new ArrayList<>())
                    .serializationDataFormat(SerializationDataFormats.JAVA)
                    .create())),
        contractStart("missing required", Map.of("unitCode", "soelund")),
        challengeStart("unknown field", Map.of("outcome", "IMOEDEKOMMET")),
        challengeStart("text of 4,001 characters", Map.of("reason", "r".repeat(4001))),
        challengeStart("text over its maxLength 200", Map.of("subject", "s".repeat(201))),
        challengeStart("value not among options", Map.of("kind", "lov")),
        challengeStart("bytes", Map.of("proposedChange", "x".getBytes())),
        challengeStart("missing required", Map.of("reason", " ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("startCases")
  void shouldRejectBadProcessStartAndStoreNothing(Case bad) {
    // Given the instances and domain rows before the start
    String definitionId = definitionId(bad.task());
    long instancesBefore =
        runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId).count();
    long contractsBefore = contractRows.count();
    long challengesBefore = challenges.count();

    // When a contract holder starts it with the bad start form
    identityService.setAuthentication(
        "mette",
        identityService.createGroupQuery().groupMember("mette").list().stream()
            .map(group -> group.getId())
            .toList());
    try {
      assertThatThrownBy(() -> formService.submitStartForm(definitionId, bad.variables()))
          .isInstanceOf(InvalidSubmissionException.class)
          .message()
          .isNotBlank();
      assertThatThrownBy(
              () -> runtimeService.startProcessInstanceById(definitionId, bad.variables()))
          .isInstanceOf(InvalidSubmissionException.class);
      print(bad, () -> formService.submitStartForm(definitionId, bad.variables()));
      TRIED.addAndGet(2);
    } finally {
      identityService.clearAuthentication();
    }

    // Then no instance and no domain row was stored
    assertThat(
            runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId).count())
        .isEqualTo(instancesBefore);
    assertThat(contractRows.count()).isEqualTo(contractsBefore);
    assertThat(challenges.count()).isEqualTo(challengesBefore);
  }

  // ---- helpers
  // ----------------------------------------------------------------------------------------------

  /** Prints the Danish message a case got, so a reader sees which check rejected it. */
  private static void print(Case bad, Runnable submission) {
    try {
      submission.run();
    } catch (InvalidSubmissionException e) {
      System.out.println("REJECTED " + bad + " -> " + e.getMessage());
    }
  }

  private static Case draft(String name, Map<String, Object> variables) {
    return new Case(name, "draft", variables);
  }

  private static Case tracks(String name, Map<String, Object> variables) {
    return new Case(name, "tracks", variables);
  }

  private static Case report(String name, Map<String, Object> variables) {
    return new Case(name, "report", variables);
  }

  private static Case contractStart(String name, Map<String, Object> variables) {
    return new Case(name, ContractVariables.PROCESS_KEY, variables);
  }

  private static Case challengeStart(String name, Map<String, Object> variables) {
    Map<String, Object> form =
        new java.util.HashMap<>(
            Map.of(
                "kind",
                "regel",
                "subject",
                "Dobbelt registrering",
                "reason",
                "Det tager tid fra kerneopgaven.",
                "proposedChange",
                "Regnearket bortfalder."));
    form.putAll(variables);
    return new Case(name, "challenge", form);
  }

  /** One complete goal on track 1 with {@code override} replacing (or adding) a key. */
  private static String goal(String override) {
    String key = override.substring(1, override.indexOf('"', 1));
    Map<String, String> goal =
        new LinkedHashMap<>(
            Map.of(
                "\"track\"",
                "\"1\"",
                "\"title\"",
                "\"Mål\"",
                "\"purpose\"",
                "\"Formål\"",
                "\"activities\"",
                "\"Aktiviteter\"",
                "\"effectFollowUp\"",
                "\"Opfølgning\""));
    goal.remove("\"" + key + "\"");
    List<String> pairs = new ArrayList<>();
    goal.forEach((k, v) -> pairs.add(k + ":" + v));
    pairs.add(override);
    return "[{" + String.join(",", pairs) + "}]";
  }

  private static TypedValue json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  /** Variables as comparable text: name -> type and (serialized) value. */
  private static Map<String, String> snapshot(
      org.camunda.bpm.engine.variable.VariableMap variables) {
    Map<String, String> snapshot = new TreeMap<>();
    variables
        .keySet()
        .forEach(
            name -> {
              TypedValue value = variables.getValueTyped(name);
              String text =
                  value instanceof SerializableValue serializable
                          && serializable.getValueSerialized() != null
                      ? serializable.getValueSerialized()
                      : String.valueOf(value.getValue());
              snapshot.put(name, value.getType().getName() + ":" + text);
            });
    return snapshot;
  }

  private String definitionId(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult()
        .getId();
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
