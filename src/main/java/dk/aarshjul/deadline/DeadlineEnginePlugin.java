package dk.aarshjul.deadline;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Teaches the engine the deadline jobs of user tasks ({@link DeadlineJobHandler}) and their mail
 * retries ({@link DeadlineRetries}).
 */
@Component
class DeadlineEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskDeadlineService> deadlines;
  private final DeadlineProperties properties;

  DeadlineEnginePlugin(
      ObjectProvider<TaskDeadlineService> deadlines, DeadlineProperties properties) {
    this.deadlines = deadlines;
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = new ArrayList<>();
    if (configuration.getCustomJobHandlers() != null) {
      handlers.addAll(configuration.getCustomJobHandlers());
    }
    handlers.add(new DeadlineJobHandler(deadlines::getObject));
    configuration.setCustomJobHandlers(handlers);
    // every other job keeps the factory the engine (or the starter) set up
    FailedJobCommandFactory others =
        configuration.getFailedJobCommandFactory() != null
            ? configuration.getFailedJobCommandFactory()
            : new DefaultFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory(
        new DeadlineRetries(others, properties.getMailRetries()));
  }
}
