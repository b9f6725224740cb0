package dk.aarshjul.models;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.models.skanderborg.AnnualCycleVariables;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The yearly start timer: off unless configured, and when it fires it opens the coming year. */
@SpringBootTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class YearlyStartTimerTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired dk.aarshjul.tracks.DusService dus;

  @org.junit.jupiter.api.BeforeEach
  void setUp() {
    // the assertions must query this context's engine, not one of another test context
    org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    new YearlyStartTimer(false, managementService).apply();
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void shouldKeepYearlyTimerSuspendedUnlessConfigured() {
    // Given the default configuration (yearly-start-enabled: false), the application started and
    // nothing else ran
    // Then the timer's job definition and job are suspended, so the wheel never turns by itself
    assertThat(timerDefinition().isSuspended()).isTrue();
    assertThat(timerJob().isSuspended()).isTrue();

    // When a municipality turns it on, the timer becomes active; turned off again, it is suspended
    new YearlyStartTimer(true, managementService).apply();
    assertThat(timerDefinition().isSuspended()).isFalse();
    assertThat(timerJob().isSuspended()).isFalse();
    new YearlyStartTimer(false, managementService).apply();
    assertThat(timerJob().isSuspended()).isTrue();
  }

  @Test
  void shouldStartNextYearsCycleWhenTimerFires() {
    // Given the timer is on and it is 1 September 2160
    new YearlyStartTimer(true, managementService).apply();
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.of(2160, 9, 1, 6, 0).atZone(ZoneId.systemDefault()).toInstant()));

    // When the timer fires
    managementService.executeJob(timerJob().getId());

    // Then the annual cycle for 2161 runs and waits for the council's theme meeting
    ProcessInstance cycle =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey(AnnualCycleVariables.PROCESS_KEY)
            .processInstanceBusinessKey("2161/Skanderborg-modellen")
            .singleResult();
    assertThat(cycle).isNotNull();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(cycle)
        .isWaitingAt("CallActivity_ThemeMeeting");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(YearlyStartTimer.TIMER_PROCESS_KEY)
                .processInstanceBusinessKey("2161/Årlig start")
                .finished()
                .count())
        .isEqualTo(1);
  }

  @Test
  void shouldNotStartAYearTheDirectorateAlreadyStarted() {
    // Given the directorate started 2171 by hand, and the timer is on on 1 September 2170
    dus.open(2171);
    new YearlyStartTimer(true, managementService).apply();
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.of(2170, 9, 1, 6, 0).atZone(ZoneId.systemDefault()).toInstant()));

    // When the timer fires
    managementService.executeJob(timerJob().getId());

    // Then no second cycle starts and no incident is raised
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(AnnualCycleVariables.PROCESS_KEY)
                .processInstanceBusinessKey("2171/Skanderborg-modellen")
                .count())
        .isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  private JobDefinition timerDefinition() {
    return managementService
        .createJobDefinitionQuery()
        .processDefinitionKey(YearlyStartTimer.TIMER_PROCESS_KEY)
        .activityIdIn(YearlyStartTimer.YEARLY_TIMER_START)
        .singleResult();
  }

  private Job timerJob() {
    return managementService
        .createJobQuery()
        .processDefinitionKey(YearlyStartTimer.TIMER_PROCESS_KEY)
        .singleResult();
  }
}
