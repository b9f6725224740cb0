package dk.aarshjul.measure;

import static dk.aarshjul.measure.MeasureTestData.COHERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.aarshjul.period.Period;
import dk.aarshjul.process.InvalidSubmissionException;
import dk.aarshjul.process.PastedFile;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through import-data.bpmn, started as a model's call activity does and driven
 * through the FormService as Tasklist does, by members of the data team.
 */
@SpringBootTest
class ImportDataProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired Measurements measurements;
  @Autowired MeasureTestData testData;

  Period term;
  int year;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    term = testData.termWithIndicators();
    year = term.getFirstYear() - 1;
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldPublishASurveyAfterASecondPersonHasReviewedIt() {
    // Given the baseline survey to import
    ProcessInstance instance = startSurvey(year);
    assertThat(instance).isWaitingAt(MeasureVariables.TASK_IMPORT);
    assertThat(task(instance)).hasCandidateGroup("analyse");
    assertThat((String) formVariables(instance).get(MeasureVariables.IMPORT_INFO))
        .contains("Borgermålingen " + year, "spørgsmål;antal svar;svar;andel");

    // When Anne pastes the file
    submitAs(
        "anne",
        instance,
        Map.of(
            MeasureVariables.FILE_NAME,
            "Baseline.csv",
            PastedFile.VARIABLE,
            MeasureTestData.survey("7,9")));

    // Then the import waits for review and nothing is public yet
    assertThat(instance).isWaitingAt(MeasureVariables.TASK_REVIEW);
    assertThat(measurements.published(term.getId())).isEmpty();
    String review = (String) formVariables(instance).get(MeasureVariables.IMPORT_INFO);
    assertThat(review)
        .contains(
            "Baseline.csv",
            "5 linjer indlæst af",
            "| Andel af borgerne, der ofte føler sig ensomme | " + year + ": 7,9 % | – |",
            "| Andel, der oplever, at deres sager hænger sammen | " + year + ": 41 % | – |",
            "Et spørgsmål uden målsætning");

    // When Bo reviews and publishes it (and the indicators are published)
    submitAs(
        "bo", instance, Map.of(MeasureVariables.PUBLISH, ReviewDataImportTaskListener.PUBLISH));
    measurements.publishIndicators(term.getId(), "bo");

    // Then the process ends published and the values are public
    assertThat(instance).isEnded().hasPassed("EndEvent_DataPublished");
    List<IndicatorSeries> series = measurements.published(term.getId());
    assertThat(series.get(0).values()).extracting(MeasuredValue::year).containsExactly(year);
    assertThat(series.get(0).values().get(0).value()).isEqualByComparingTo("7.9");
    assertThat(series.get(0).values().get(0).respondents()).isEqualTo(3812);
    assertThat(series.get(2).indicator().getQuestion()).isEqualTo(COHERENCE);
    assertThat(series.get(2).values().get(0).value()).isEqualByComparingTo("41");
    DataImport data =
        measurements.get((Long) historyVariable(instance, MeasureVariables.IMPORT_ID));
    assertThat(data.getStatus()).isEqualTo(ImportStatus.PUBLISHED);
    assertThat(data.getImportedBy()).isEqualTo("anne");
    assertThat(data.getReviewedBy()).isEqualTo("bo");
  }

  @Test
  void shouldRefuseABadFileWholeAndStoreNothing() {
    // Given the survey to import
    ProcessInstance instance = startSurvey(year);
    // When the pasted file has a share that is not a number
    String bad = MeasureTestData.survey("7,9").replace(";41\n", ";fyrre\n");

    // Then it is refused with a Danish message per line (the question's shares are not summed
    // without the wrong one: "giver 59 %" would blame the other lines), and the task still waits
    assertThatThrownBy(
            () ->
                submitAs(
                    "anne",
                    instance,
                    Map.of(MeasureVariables.FILE_NAME, "Fejl.csv", PastedFile.VARIABLE, bad)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Filen er ikke indlæst – intet er gemt")
        .hasMessageContaining(
            "Linje 4: 'andel' skal være en procent fra 0 til 100 med højst to decimaler, fx 7,9"
                + " (fandt 'fyrre').")
        .hasMessageNotContaining("giver 59 %");
    assertThat(instance).isWaitingAt(MeasureVariables.TASK_IMPORT);
    assertThat(runtimeService.getVariable(instance.getId(), MeasureVariables.IMPORT_ID)).isNull();
  }

  @Test
  void shouldSendARejectedImportBackWithTheReviewersReason() {
    // Given an imported register file
    ProcessInstance instance = startRegister();
    submitAs(
        "anne",
        instance,
        Map.of(
            MeasureVariables.FILE_NAME,
            "Indbyggertal.csv",
            PastedFile.VARIABLE,
            "indikator;år;værdi\nIndbyggertal;" + year + ";9.692\n"));
    assertThat((String) formVariables(instance).get(MeasureVariables.IMPORT_INFO))
        .contains("| Antal indbyggere | " + year + ": 9.692 | – |");

    // When Bo rejects it without a reason, then with one
    assertThatThrownBy(
            () ->
                submitAs(
                    "bo",
                    instance,
                    Map.of(MeasureVariables.PUBLISH, ReviewDataImportTaskListener.REJECT)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Skriv hvorfor indlæsningen afvises.");
    submitAs(
        "bo",
        instance,
        Map.of(
            MeasureVariables.PUBLISH,
            ReviewDataImportTaskListener.REJECT,
            MeasureVariables.REVIEW_COMMENT,
            "Der mangler et 0: indbyggertallet er 96.921."));

    // Then the import task is back with the reason and the reviewer's name (not login), and
    // nothing was published
    assertThat(instance).isWaitingAt(MeasureVariables.TASK_IMPORT);
    assertThat((String) formVariables(instance).get(MeasureVariables.IMPORT_INFO))
        .contains(
            "Den forrige fil blev afvist af Bo ", "Der mangler et 0: indbyggertallet er 96.921.")
        .doesNotContain("afvist af bo:");
    measurements.publishIndicators(term.getId(), "bo");
    assertThat(measurements.published(term.getId()).get(1).values()).isEmpty();

    // When the corrected file is imported and published
    submitAs(
        "anne",
        instance,
        Map.of(
            MeasureVariables.FILE_NAME,
            "Indbyggertal rettet.csv",
            PastedFile.VARIABLE,
            "indikator;år;værdi\nIndbyggertal;" + year + ";96.921\n"));
    submitAs(
        "bo", instance, Map.of(MeasureVariables.PUBLISH, ReviewDataImportTaskListener.PUBLISH));

    // Then only the corrected value is public
    assertThat(instance).isEnded().hasPassed("EndEvent_DataPublished");
    assertThat(measurements.published(term.getId()).get(1).values())
        .singleElement()
        .satisfies(v -> assertThat(v.value()).isEqualByComparingTo("96921"));
  }

  @Test
  void shouldRefuseAReviewByThePersonWhoImported() {
    // Given Anne's import
    ProcessInstance instance = startSurvey(year);
    submitAs(
        "anne",
        instance,
        Map.of(
            MeasureVariables.FILE_NAME,
            "Baseline.csv",
            PastedFile.VARIABLE,
            MeasureTestData.survey("7,9")));

    // When Anne tries to publish it herself, she is refused and nothing is published
    assertThatThrownBy(
            () ->
                submitAs(
                    "anne",
                    instance,
                    Map.of(MeasureVariables.PUBLISH, ReviewDataImportTaskListener.PUBLISH)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessage("Indlæsningen skal kontrolleres af en anden end den, der indlæste filen.");
    assertThat(instance).isWaitingAt(MeasureVariables.TASK_REVIEW);
  }

  @Test
  void shouldImportAFileLongerThanAProcessVariableAndKeepItOutOfTheHistory() {
    // Given a survey of 150 questions (about 19,000 characters)
    StringBuilder file = new StringBuilder("spørgsmål;antal svar;svar;andel\n");
    for (int q = 1; q <= 150; q++) {
      file.append("Spørgsmål nummer ").append(q).append(" om livet i kommunen;4000;Ja;55,5\n");
      file.append("Spørgsmål nummer ").append(q).append(" om livet i kommunen;4000;Nej;44,5\n");
    }
    file.append(MeasureTestData.survey("8").substring(file.indexOf("\n") + 1));
    assertThat(file.length()).isGreaterThan(4000 * 4);
    ProcessInstance instance = startSurvey(year + 1);

    // When it is pasted
    submitAs(
        "anne",
        instance,
        Map.of(MeasureVariables.FILE_NAME, "Stor.csv", PastedFile.VARIABLE, file.toString()));

    // Then every line is stored and the file is neither a variable nor in the history
    assertThat(instance).isWaitingAt(MeasureVariables.TASK_REVIEW);
    assertThat(
            measurements
                .get(
                    (Long) runtimeService.getVariable(instance.getId(), MeasureVariables.IMPORT_ID))
                .getRowCount())
        .isEqualTo(305);
    assertThat(
            runtimeService.createVariableInstanceQuery().variableName(PastedFile.VARIABLE).count())
        .isZero();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .variableName(PastedFile.VARIABLE)
                .count())
        .isZero();
    assertThat(
            historyService
                .createHistoricDetailQuery()
                .processInstanceId(instance.getId())
                .list()
                .stream()
                .filter(
                    d ->
                        d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                                && PastedFile.VARIABLE.equals(u.getVariableName())
                            || d instanceof org.camunda.bpm.engine.history.HistoricFormField f
                                && PastedFile.VARIABLE.equals(f.getFieldId())))
        .isEmpty();
  }

  private ProcessInstance startSurvey(int surveyYear) {
    return runtimeService.startProcessInstanceByKey(
        MeasureVariables.PROCESS_KEY,
        Map.of(
            "periodId",
            term.getId(),
            MeasureVariables.KIND.name(),
            ImportKind.SURVEY.formValue(),
            MeasureVariables.SURVEY_YEAR.name(),
            surveyYear));
  }

  private ProcessInstance startRegister() {
    return runtimeService.startProcessInstanceByKey(
        MeasureVariables.PROCESS_KEY,
        Map.of(
            "periodId",
            term.getId(),
            MeasureVariables.KIND.name(),
            ImportKind.REGISTER.formValue()));
  }

  /** Completes the task as a member of the data team (signed out again: assertions read all). */
  private void submitAs(String user, ProcessInstance instance, Map<String, Object> values) {
    String taskId = task(instance).getId();
    identityService.setAuthentication(user, List.of("analyse", "brugere"));
    try {
      formService.submitTaskForm(taskId, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, Object> formVariables(ProcessInstance instance) {
    return formService.getTaskFormVariables(task(instance).getId());
  }

  private Object historyVariable(ProcessInstance instance, String name) {
    return historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }
}
