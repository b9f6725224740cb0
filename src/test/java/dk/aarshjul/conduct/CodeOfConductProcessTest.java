package dk.aarshjul.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.aarshjul.process.InvalidSubmissionException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through adopt-code-of-conduct.bpmn: the council secretariat registers the
 * council's adoption of the code of conduct – the first version from the working group's sketch, a
 * revision as the next version – and each participant's acknowledgement counts once per term and
 * version. The versions are the municipality's, so the class has its own database, starts each test
 * before any adoption and moves the engine's clock to the day each adoption is registered.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:code-of-conduct;DB_CLOSE_DELAY=-1",
      "camunda.bpm.process-engine-name=code-of-conduct"
    })
@Tag("own-database")
class CodeOfConductProcessTest {

  static final String VALUES =
      "[{\"name\":\"Sandhed\",\"description\":\"Vi siger det, som det er.\"},"
          + "{\"name\":\"Faglighed\",\"description\":null},"
          + "{\"name\":\"Åbenhed om fejl\",\"description\":\"Fejl drøftes for at lære.\"},"
          + "{\"name\":\"Udvikling og samarbejde\",\"description\":null},"
          + "{\"name\":\"Modig, tydelig, kompetent og med glæde\",\"description\":null}]";

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired CodesOfConduct codes;
  @Autowired CodeOfConductRepository versions;
  @Autowired ConductAcknowledgementRepository acknowledgements;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    // each test starts before any adoption: the versions are the municipality's, one after another
    acknowledgements.deleteAll();
    versions.deleteAll();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRegisterTheAdoptionAndPutTheCodeFirstOnTheAgendaOfTheMeetingsAfterIt() {
    // Given the council secretariat starts the adoption when no code has been adopted
    today("2027-03-10");
    ProcessInstance adoption = start();
    assertThat(adoption).isWaitingAt("Task_RegisterCodeOfConduct");
    assertThat(task(adoption)).hasCandidateGroup("byraadssekretariat");
    Map<String, Object> form = formService.getTaskFormVariables(task(adoption).getId());
    assertThat((String) form.get(ConductFields.INFO)).contains("endnu ikke vedtaget et kodeks");
    assertThat(form.get(ConductFields.VALUES).toString())
        .contains("Sandhed", "Faglighed", "Åbenhed om fejl", "Udvikling og samarbejde");

    // When the council's adoption of 3 March 2027 is registered with its five values
    register(adoption, "2027-03-03", VALUES);

    // Then it is version 1, in force from that day, and first on the agenda of later meetings
    assertThat(adoption).isEnded().hasPassed("EndEvent_CodeOfConductAdopted");
    CodeOfConduct code = codes.inForce(LocalDate.of(2027, 3, 3)).orElseThrow();
    assertThat(code.getVersion()).isEqualTo(1);
    assertThat(code.getRegisteredBy()).isEqualTo("bente");
    assertThat(code.getValues()).extracting(CodeOfConduct.Value::name).hasSize(5);
    assertThat(codes.agendaItem(LocalDate.of(2027, 4, 1)))
        .contains(
            "Kodeks for samarbejde, version 1: Sandhed, Faglighed, Åbenhed om fejl, Udvikling og"
                + " samarbejde, Modig, tydelig, kompetent og med glæde");
    assertThat(codes.agendaItem(LocalDate.of(2027, 3, 2))).isEmpty();
  }

  @Test
  void shouldMakeARevisionTheNextVersionWhileEarlierMeetingsKeepTheirs() {
    // Given a code adopted in 2028
    today("2028-02-01");
    register(start(), "2028-01-20", VALUES);
    int before = codes.inForce(LocalDate.of(2028, 1, 20)).orElseThrow().getVersion();

    // When the council revises it in June, starting from the version in force
    today("2028-06-15");
    ProcessInstance revision = start();
    Map<String, Object> form = formService.getTaskFormVariables(task(revision).getId());
    assertThat((String) form.get(ConductFields.INFO))
        .contains("Gældende nu:", "version " + before, "20. januar 2028");
    assertThat(form.get(ConductFields.VALUES).toString()).contains("Vi siger det, som det er.");
    register(
        revision, "2028-06-10", VALUES.replace("Faglighed", "Faglighed og respekt for roller"));

    // Then the revision is the next version from June, and a meeting in March keeps the old one
    assertThat(codes.inForce(LocalDate.of(2028, 6, 10)).orElseThrow().getVersion())
        .isEqualTo(before + 1);
    assertThat(codes.inForce(LocalDate.of(2028, 3, 1)).orElseThrow().getVersion())
        .isEqualTo(before);
    assertThat(codes.agendaItem(LocalDate.of(2028, 7, 1)).orElseThrow())
        .contains("Faglighed og respekt for roller");
  }

  @Test
  void shouldRefuseAnAdoptionAheadOfTimeOrBeforeTheVersionInForceAndStoreNothing() {
    // Given a code adopted in 2029
    today("2029-05-01");
    register(start(), "2029-04-20", VALUES);
    int versions = codes.inForce(LocalDate.of(2029, 4, 20)).orElseThrow().getVersion();
    ProcessInstance adoption = start();

    // When the adoption is dated ahead, before the version in force, or a value stands twice
    // Then each is refused in Danish, the task stays open and no version is added
    assertThatThrownBy(() -> register(adoption, "2029-06-01", VALUES))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("datoen ligger ude i fremtiden");
    assertThatThrownBy(() -> register(adoption, "2029-04-19", VALUES))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("en ny version kan ikke være vedtaget før");
    assertThatThrownBy(
            () -> register(adoption, "2029-04-25", VALUES.replace("Faglighed", "sandhed")))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Værdi 2: 'sandhed' står to gange.");
    assertThatThrownBy(() -> register(adoption, "2029-04-25", "[]"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("Angiv fra 1 til 12 værdier eller pligter.");
    assertThat(adoption).isWaitingAt("Task_RegisterCodeOfConduct");
    assertThat(codes.inForce(LocalDate.of(2029, 5, 1)).orElseThrow().getVersion())
        .isEqualTo(versions);
  }

  @Test
  void shouldCountEachParticipantsAcknowledgementOncePerTermAndVersion() {
    // Given a code in force in the term 2030–2033
    today("2030-02-01");
    register(start(), "2030-01-15", VALUES);
    long code = codes.inForce(LocalDate.of(2030, 1, 15)).orElseThrow().getId();

    // When a committee member and a leader acknowledge it at a meeting, and again at the next
    List<String> first =
        codes.acknowledge(code, 2030, List.of("politiker1", "leder1"), "Dialogmøde 1", "sek");
    List<String> again =
        codes.acknowledge(
            code, 2031, List.of("politiker1", "leder1", "leder2"), "Dialogmøde 2", "sek");

    // Then each is recorded once in the term; the next term asks again
    assertThat(first).containsExactly("politiker1", "leder1");
    assertThat(again).containsExactly("leder2");
    assertThat(codes.acknowledgedBy(code, 2033)).containsExactly("politiker1", "leder1", "leder2");
    assertThat(codes.hasAcknowledged(code, 2034, "politiker1")).isFalse();
  }

  @Test
  void shouldRefuseAStartCarryingFieldsAndNameTheAdoptionItself() {
    // Given no start form: the date, text and values belong in the task

    // When a client starts it with a field of its own, then it is refused in Danish
    assertThatThrownBy(
            () ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey(
                        ConductVariables.PROCESS_KEY, Map.of("codeOfConductId", 1L)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("startes uden felter");

    // When it is started with a business key of the client's, then Årshjul names it
    ProcessInstance adoption =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(ConductVariables.PROCESS_KEY, "Noget helt andet");
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(adoption.getId())
                .singleResult()
                .getBusinessKey())
        .isEqualTo("Kodeks for samarbejde");
  }

  private ProcessInstance start() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(ConductVariables.PROCESS_KEY, "Kodeks for samarbejde");
  }

  private void register(ProcessInstance adoption, String adoptedOn, String values) {
    String taskId = task(adoption).getId();
    engine.getTaskService().claim(taskId, "bente");
    formService.submitTaskForm(
        taskId,
        Variables.createVariables()
            .putValue(ConductFields.ADOPTED_ON.key(), adoptedOn)
            .putValue(ConductFields.TITLE.key(), "Kodeks for samarbejde")
            .putValue(
                ConductFields.TEXT.key(),
                "Politikere og ansatte mødes med tillid og respekt for hinandens roller.")
            .putValue(ConductFields.VALUES, SpinValues.jsonValue(values).create()));
  }

  private static void today(String day) {
    ClockUtil.setCurrentTime(
        Date.from(
            LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
  }
}
