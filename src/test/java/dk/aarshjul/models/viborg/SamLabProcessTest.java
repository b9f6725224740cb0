package dk.aarshjul.models.viborg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.aarshjul.process.InvalidSubmissionException;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One test per path through viborg-samlab.bpmn on the demo municipality's units: the directorate
 * picks a problem and 6–8 participants, six weeks later the lead presents the result on at most 10
 * slides, the directorate decides what follows.
 */
@SpringBootTest
class SamLabProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired SamLabs samLabs;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
  }

  @Test
  void shouldRunASamLabFromTheProblemToTheDirectoratesDecision() {
    // Given the directorate starts a SamLab on loneliness
    ProcessInstance lab = start("Nedbringelse af ensomhed");
    assertThat(lab.getBusinessKey()).isEqualTo("SamLab/Nedbringelse af ensomhed");
    assertThat(lab).isWaitingAt("Task_ComposeSamLab");
    assertThat(task(lab)).hasCandidateGroup("direktion");
    Map<String, Object> form = formService.getTaskFormVariables(task(lab).getId());
    assertThat((String) form.get(SamLabFields.INFO)).contains("seks uger", "højst 10 slides");
    assertThat(form.get(SamLabFields.UNIT_OPTIONS).toString()).contains("Plejecenter Sølund");

    // When it is composed of five leaders and two staff, led by Plejecenter Sølund's leader
    compose(
        lab,
        "[\"soelund\",\"gl-rye\",\"dagtilbud-ry\",\"aeldrecenter-ry\",\"botilbud\"]",
        "soelund",
        "Marie Holm, sygeplejerske\nAnders Bak, pædagog");

    // Then it works for six weeks; then the lead presents the result
    assertThat(lab).isWaitingAt("Timer_SixWeeks");
    Job timer =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(lab.getId())
            .timers()
            .singleResult();
    assertThat(timer.getDuedate())
        .isEqualTo(
            samLabs.endsOn(
                (Long)
                    engine.getRuntimeService().getVariable(lab.getId(), SamLabFields.SAMLAB_ID)));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(lab).isWaitingAt("Task_PresentSamLab");
    assertThat(task(lab)).hasCandidateGroup("kontraktholder-soelund");
    assertThat((String) formService.getTaskFormVariables(task(lab).getId()).get(SamLabFields.INFO))
        .contains("leder af Plejecenter Sølund", "Marie Holm, sygeplejerske");
    formService.submitTaskForm(
        task(lab).getId(),
        Map.of(
            SamLabFields.SUMMARY.key(),
                "Skoleelever som besøgsvenner halverer ensomheden på to plejecentre.",
            SamLabFields.SLIDES_LINK.key(), "https://dokumenter.viborg.example/samlab/ensomhed",
            SamLabFields.SLIDE_COUNT.key(), 9));

    // And the directorate decides a further course
    assertThat(lab).isWaitingAt("Task_DecideSamLab");
    assertThat((String) formService.getTaskFormVariables(task(lab).getId()).get(SamLabFields.INFO))
        .contains("halverer ensomheden", "**Slides (9):**");
    formService.submitTaskForm(
        task(lab).getId(),
        Map.of(
            SamLabFields.DECISION.key(), "initiativ",
            SamLabFields.DECISION_TEXT.key(),
                "Besøgsvenner udbredes til alle plejecentre fra 1. marts."));
    assertThat(lab).isEnded().hasPassed("EndEvent_SamLabDecided");
    SamLab decided =
        samLabs.get(
            (Long)
                engine
                    .getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(lab.getId())
                    .variableName(SamLabFields.SAMLAB_ID)
                    .singleResult()
                    .getValue());
    assertThat(decided.getDecision()).isEqualTo("initiativ");
    assertThat(decided.getUnitIds()).hasSize(5);
  }

  @Test
  void shouldRefuseTooFewParticipantsAndALeadWhoIsNotOneOfThem() {
    ProcessInstance lab = start("Overgange for udsatte unge til voksen");

    assertThatThrownBy(() -> compose(lab, "[\"soelund\",\"gl-rye\"]", "soelund", "Ida Friis"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessage("Et SamLab har 6–8 deltagere (ledere og medarbejdere); der er valgt 3.");
    assertThatThrownBy(
            () ->
                compose(
                    lab,
                    "[\"soelund\",\"gl-rye\",\"dagtilbud-ry\",\"aeldrecenter-ry\",\"botilbud\",\"niels-ebbesen\"]",
                    "digitalisering",
                    null))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessage("Tovholderen skal være leder af en af de valgte enheder.");
    assertThat(lab).isWaitingAt("Task_ComposeSamLab");
  }

  @Test
  void shouldRefuseMoreThanTenSlidesAndALinkThatIsNotAWebAddress() {
    ProcessInstance lab = start("Flere uddannelser til kommunen");
    compose(
        lab,
        "[\"soelund\",\"gl-rye\",\"dagtilbud-ry\",\"aeldrecenter-ry\",\"botilbud\",\"niels-ebbesen\"]",
        "gl-rye",
        null);
    engine
        .getManagementService()
        .executeJob(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(lab.getId())
                .timers()
                .singleResult()
                .getId());

    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    task(lab).getId(),
                    Map.of(
                        SamLabFields.SUMMARY.key(), "Resultat",
                        SamLabFields.SLIDES_LINK.key(),
                            "https://dokumenter.viborg.example/samlab/1",
                        SamLabFields.SLIDE_COUNT.key(), 24)))
        .isInstanceOf(InvalidSubmissionException.class);
    assertThatThrownBy(
            () ->
                formService.submitTaskForm(
                    task(lab).getId(),
                    Map.of(
                        SamLabFields.SUMMARY.key(), "Resultat",
                        SamLabFields.SLIDES_LINK.key(), "javascript:alert(1)",
                        SamLabFields.SLIDE_COUNT.key(), 8)))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessage("Linket skal være en webadresse, der begynder med https://.");
    assertThat(lab).isWaitingAt("Task_PresentSamLab");
  }

  private ProcessInstance start(String problem) {
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("viborg-samlab")
            .latestVersion()
            .singleResult()
            .getId();
    return formService.submitStartForm(
        definition,
        Map.of(
            SamLabFields.PROBLEM.key(), problem,
            SamLabFields.DESCRIPTION.key(),
                "Mange indsatser fra mange afdelinger, som ikke er koordineret.",
            SamLabFields.STARTS_ON.key(), "2027-02-01"));
  }

  private void compose(ProcessInstance lab, String unitsJson, String lead, String staff) {
    formService.submitTaskForm(
        task(lab).getId(),
        Variables.createVariables()
            .putValue(SamLabFields.UNITS.key(), SpinValues.jsonValue(unitsJson).create())
            .putValue(SamLabFields.LEAD.key(), lead)
            .putValue(SamLabFields.STAFF.key(), staff));
  }
}
