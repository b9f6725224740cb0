package dk.aarshjul.architecture;

import dk.aarshjul.AarshjulApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The blocks, the kernel and the models are application modules: no cycles, only their published types used. */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(AarshjulApplication.class);

  @Test
  void shouldKeepEveryModuleToItsPublishedTypesWithoutCycles() {
    // Given the application's modules
    // When their dependencies are verified
    MODULES.verify();
    // Then nothing was violated (verify throws with every violation)
  }

  @Test
  void shouldDocumentTheModuleMap() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
  }
}
