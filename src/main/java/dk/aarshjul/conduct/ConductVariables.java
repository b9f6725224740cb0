package dk.aarshjul.conduct;

import dk.aarshjul.process.BlockContract;
import java.util.List;
import java.util.Set;

/** Variable names of process {@code adopt-code-of-conduct}; declared once. */
public final class ConductVariables {

  public static final String PROCESS_KEY = "adopt-code-of-conduct";

  /** The version the council adopted (process scope, set when the task is completed). */
  public static final String CODE_ID = "codeOfConductId";

  /** Everything allowed in the process scope. */
  public static final Set<String> PROCESS_SCOPE = Set.of(CODE_ID);

  /**
   * What the block promises: started by the council secretariat or called by a model whose meetings
   * need a code in force; nothing is passed in.
   */
  public static final BlockContract CONTRACT =
      new BlockContract(
          PROCESS_KEY,
          List.of(),
          Set.of("Task_RegisterCodeOfConduct", "EndEvent_CodeOfConductAdopted"),
          List.of());

  private ConductVariables() {}
}
