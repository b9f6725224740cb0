package dk.aarshjul.process;

import org.camunda.bpm.engine.ProcessEngine;

/** What a process test reads back from the engine's history (also after an instance ended). */
public final class EngineHistory {

  private EngineHistory() {}

  /** The id (of a domain record) the process instance stored in {@code variableName}. */
  public static Long storedId(ProcessEngine engine, String processInstanceId, String variableName) {
    return (Long)
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId)
            .variableName(variableName)
            .singleResult()
            .getValue();
  }
}
