package dk.aarshjul.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.AarshjulApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The kernel, the organisation, the blocks, the reporting read model and the models are application
 * modules: no cycles, only their published types used across modules. The module map in
 * docs/architecture.md is the one the code has.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(AarshjulApplication.class);
  static final Path ARCHITECTURE = Path.of("docs", "architecture.md");
  static final String MAP_START = "```mermaid\nflowchart BT\n";
  static final String MAP_END = "```";

  @Test
  void shouldKeepEveryModuleToItsPublishedTypesWithoutCycles() {
    // Given the application's modules
    // When their dependencies are verified, then nothing is violated (verify throws with every
    // violation)
    MODULES.verify();
  }

  @Test
  void shouldDescribeTheModulesAsTheyAreInTheArchitectureDocument() throws IOException {
    // Given the module map the code has (every module and every module it depends on)
    String map = mermaid();
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

    // When the architecture document is read
    String document = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
    int start = document.indexOf(MAP_START);
    int end = document.indexOf(MAP_END, start + MAP_START.length());

    // Then it shows the same map (the expected block is in the message when it does not)
    assertThat(start)
        .as("docs/architecture.md has a module map starting with " + MAP_START)
        .isNotNegative();
    assertThat(document.substring(start, end + MAP_END.length()))
        .as("the module map in docs/architecture.md; replace it with:\n" + map)
        .isEqualTo(map);
  }

  /**
   * One line per module and one per dependency, sorted, so the map changes only when the structure
   * does.
   */
  static String mermaid() {
    StringBuilder map = new StringBuilder(MAP_START);
    MODULES.stream()
        .sorted(
            Comparator.comparing(
                ApplicationModule::getIdentifier, Comparator.comparing(Object::toString)))
        .forEach(
            module -> {
              map.append("  ").append(module.getIdentifier()).append('\n');
              TreeSet<String> targets =
                  module.getDirectDependencies(MODULES).stream()
                      .map(ApplicationModuleDependency::getTargetModule)
                      .map(target -> target.getIdentifier().toString())
                      .collect(Collectors.toCollection(TreeSet::new));
              targets.forEach(
                  target ->
                      map.append("  ")
                          .append(module.getIdentifier())
                          .append(" --> ")
                          .append(target)
                          .append('\n'));
            });
    return map.append(MAP_END).toString();
  }
}
