package dk.aarshjul.process;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps a {@link PastedFile} out of the engine's history: the history stays full for every other
 * variable, but a pasted file (longer than a history row may hold) is never written to
 * ACT_HI_VARINST or ACT_HI_DETAIL. The block that reads it keeps its content in its own tables.
 */
@Component
class PastedFileHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryEventHandler() != null) {
      throw new IllegalStateException(
          "Another plugin set the engine's history event handler; "
              + PastedFileHistory.class.getSimpleName()
              + " needs to wrap the default one");
    }
    configuration.setHistoryEventHandler(
        new WithoutPastedFiles(
            new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers())));
  }

  /** Whether the event records a pasted file's value. */
  static boolean recordsPastedFile(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
            && PastedFile.VARIABLE.equals(variable.getVariableName())
        || event instanceof HistoricFormPropertyEventEntity property
            && PastedFile.VARIABLE.equals(property.getPropertyId());
  }

  private record WithoutPastedFiles(HistoryEventHandler delegate) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!recordsPastedFile(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
