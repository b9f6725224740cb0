package dk.aarshjul.process;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a block promises the models that call it: its process key, the variables a call activity
 * passes in (nothing comes back: a block writes its results to its tables), the BPMN element ids
 * its tests and the models rely on, and the events it publishes. {@code BlockContractsTest} holds
 * every block's contract against the deployed BPMN.
 */
public record BlockContract(
    String processKey, List<Variable<?>> inputs, Set<String> elementIds, List<Class<?>> events) {

  public Set<String> inputNames() {
    return inputs.stream().map(Variable::name).collect(Collectors.toUnmodifiableSet());
  }
}
