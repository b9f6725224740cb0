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
    String processKey,
    List<Variable<?>> inputs,
    List<Variable<?>> optionalInputs,
    Set<String> elementIds,
    List<Class<?>> events) {

  /** A block every call passes exactly {@code inputs}. */
  public BlockContract(
      String processKey, List<Variable<?>> inputs, Set<String> elementIds, List<Class<?>> events) {
    this(processKey, inputs, List.of(), elementIds, events);
  }

  /** What every call passes. */
  public Set<String> inputNames() {
    return inputs.stream().map(Variable::name).collect(Collectors.toUnmodifiableSet());
  }

  /** What a call may pass besides (e.g. the term of an agreement for a whole term). */
  public Set<String> optionalInputNames() {
    return optionalInputs.stream().map(Variable::name).collect(Collectors.toUnmodifiableSet());
  }
}
