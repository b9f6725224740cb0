package dk.aarshjul.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Offers the engine Årshjul's history level ({@link AuditHistoryLevel}); application.yaml chooses
 * it with {@code camunda.bpm.history-level: aarshjul}.
 */
@Component
class AuditHistoryPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> advisoryDecisions;

  AuditHistoryPlugin(
      @Value("${aarshjul.history.advisory-decisions:}") Set<String> advisoryDecisions) {
    this.advisoryDecisions = advisoryDecisions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(new AuditHistoryLevel(advisoryDecisions));
    configuration.setCustomHistoryLevels(levels);
  }
}
