package dk.aarshjul.followup;

import static dk.aarshjul.followup.FollowUpTestData.COLLABORATION;
import static dk.aarshjul.followup.FollowUpTestData.SICKNESS;
import static dk.aarshjul.followup.FollowUpTestData.WELLBEING;
import static dk.aarshjul.followup.FollowUpVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A municipality on Skanderborg's model that publishes its follow-up on the public barometer
 * (aarshjul.barometer.follow-up): the approved follow-up of a year per committee and institution,
 * each goal's status in words; a report waiting for the group chief is never shown.
 */
@SpringBootTest(properties = "aarshjul.barometer.follow-up=true")
class FollowUpOnBarometerTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired FollowUpTestData testData;
  @Autowired ObjectMapper json;
  @Autowired WebApplicationContext context;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
  }

  @Test
  void shouldPublishTheApprovedFollowUpOfAYearAndNothingElse() throws Exception {
    // Given Plejecenter Sølund's approved follow-up, and Gl. Rye's reported but not yet approved
    int year = testData.newYear();
    followUp(year, testData.approvedContract(year, "soelund"), true, "groen", "gul", "roed");
    followUp(year, testData.approvedContract(year, "gl-rye"), false, "roed", "roed", "roed");

    // When a citizen opens the year's follow-up
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
    MockHttpServletResponse page =
        mvc.perform(get("/barometer/opfoelgning/" + year)).andReturn().getResponse();

    // Then Sølund is there under its committee with each goal's status in words; Gl. Rye is not
    assertThat(page.getStatus()).isEqualTo(200);
    String html = page.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains(
            "Opfølgning på aftalerne " + year,
            "Social- og Sundhedsudvalget",
            "<caption>Plejecenter Sølund</caption>",
            SICKNESS,
            "Opfyldt",
            "Delvist opfyldt",
            "Ikke opfyldt",
            "I alt: 1 opfyldt, 1 delvist opfyldt, 1 ikke opfyldt.")
        .doesNotContain("Gl. Rye");
    assertThat(
            mvc.perform(get("/barometer/opfoelgning/1999")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
  }

  private void followUp(int year, long contractId, boolean approve, String... colours)
      throws Exception {
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey(
            PROCESS_KEY,
            Variables.createVariables()
                .putValue(YEAR, year)
                .putValue(FOLLOW_UP_ROUND, 1)
                .putValue(CONTRACT_ID, contractId));
    List<String> titles = List.of(SICKNESS, WELLBEING, COLLABORATION);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(ENTRY_TITLE, titles.get(i));
      entry.put(ENTRY_DIRECTION, DIRECTION_HIGHER);
      entry.put(ENTRY_COLOUR, colours[i]);
      entry.put(ENTRY_EFFECT, "Virkning for borgerne");
      entries.add(entry);
    }
    formService.submitTaskForm(
        task(instance).getId(),
        Variables.createVariables()
            .putValueTyped(
                GOAL_STATUSES, SpinValues.jsonValue(json.writeValueAsString(entries)).create()));
    if (approve) {
      formService.submitTaskForm(task(instance).getId(), Map.of(DECISION, DECISION_APPROVE));
    }
  }
}
