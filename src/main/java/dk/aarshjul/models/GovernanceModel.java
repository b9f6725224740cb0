package dk.aarshjul.models;

import java.util.Map;

/**
 * A governance model (styringsmodel) a municipality runs: its main process, composed of the blocks,
 * and how it is started for a year. Each model is a package under {@code dk.aarshjul.models} with
 * its main BPMN in {@code processes/models/<code>/}, its listeners and its settings; {@code
 * aarshjul.governance-model} chooses the one the yearly timer starts and the demo runs. The
 * directorate may start every deployed model.
 */
public interface GovernanceModel {

  /** The value of {@code aarshjul.governance-model} that selects it, e.g. "skanderborg". */
  String code();

  /** Its Danish name, e.g. "Skanderborg-modellen". */
  String name();

  /** The key of its main process. */
  String mainProcessKey();

  /**
   * The variables its main process starts with for {@code year} (a budget year, or the first year
   * of a term).
   */
  Map<String, Object> startVariables(int year);

  /**
   * Whether the yearly timer starts it for {@code year}: a model of budget years every year, a
   * model of election terms only in a term's first year.
   */
  default boolean startsIn(int year) {
    return true;
  }

  /** Whether it already runs for {@code year} (the directorate started it by hand). */
  boolean startedFor(int year);
}
