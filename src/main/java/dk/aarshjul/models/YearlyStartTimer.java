package dk.aarshjul.models;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The yearly timer of annual-cycle-timer.bpmn is modelled in the BPMN (the process owner sets when
 * it fires) but stays suspended unless {@code aarshjul.annual-cycle.yearly-start-enabled} is true:
 * a municipality decides deliberately whether the wheel turns by itself. Cockpit shows the timer's
 * job definition as suspended.
 */
@Component
class YearlyStartTimer {

  /** The process whose yearly timer starts next year's model; off unless configured. */
  public static final String TIMER_PROCESS_KEY = "annual-cycle-timer";

  public static final String YEARLY_TIMER_START = "StartEvent_YearlyTimer";

  private static final Logger LOG = LoggerFactory.getLogger(YearlyStartTimer.class);

  private final boolean enabled;
  private final ManagementService management;

  public YearlyStartTimer(
      @Value("${aarshjul.annual-cycle.yearly-start-enabled:false}") boolean enabled,
      ManagementService management) {
    this.enabled = enabled;
    this.management = management;
  }

  /**
   * Once the application is up (the processes are deployed by then), every node applies the
   * setting.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void apply() {
    for (JobDefinition definition :
        management
            .createJobDefinitionQuery()
            .processDefinitionKey(TIMER_PROCESS_KEY)
            .activityIdIn(YEARLY_TIMER_START)
            .list()) {
      if (enabled && definition.isSuspended()) {
        management.activateJobDefinitionById(definition.getId(), true);
      } else if (!enabled && !definition.isSuspended()) {
        management.suspendJobDefinitionById(definition.getId(), true);
      }
    }
    LOG.info("Årshjulets årlige start-timer er {}", enabled ? "slået til" : "slået fra");
  }

  public boolean isEnabled() {
    return enabled;
  }
}
