package dk.aarshjul.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: after the whole suite (surefire's process-coverage execution in verify, after the H2
 * tests and jacoco's report), every executable process in {@code processes/} – the Skanderborg main
 * process and every block – must have at least the floor of its flow nodes run by some test. The
 * figures per model, added up over every test class's {@code
 * target/process-test-coverage/<class>/report.json}, go to {@code
 * target/process-test-coverage/summary.md} with the flow nodes no test reaches; jacoco's totals are
 * printed with them.
 */
@Tag("process-coverage")
class ProcessCoverageFloorTest {

  private static final Path REPORTS =
      Path.of(
          System.getProperty(
              "camunda-process-test-coverage.target-dir-root", "target/process-test-coverage"));
  private static final Path PROCESSES =
      Path.of(System.getProperty("aarshjul.processes", "processes"));
  private static final Path JACOCO_CSV =
      Path.of(System.getProperty("aarshjul.jacoco.csv", "target/site/jacoco/jacoco.csv"));
  private static final double FLOOR =
      Double.parseDouble(System.getProperty("aarshjul.process-coverage.floor", "0.9"));

  @Test
  void shouldCoverTheFloorOfEveryModelsFlowNodesOverTheWholeSuite() throws IOException {
    // Given every model in processes/ and the events every test class recorded
    List<Event> events = recordedEvents();
    List<ModelCoverage> models = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          if (process.isExecutable()) {
            models.add(ModelCoverage.of(file.getFileName().toString(), process, model, events));
          }
        }
      }
    }

    // When they are added up per model
    String summary = summary(models, events);
    Files.createDirectories(REPORTS);
    Files.writeString(REPORTS.resolve("summary.md"), summary, StandardCharsets.UTF_8);
    System.out.println(summary);

    // Then every model reaches the floor
    assertThat(models).as("models in %s", PROCESSES).isNotEmpty();
    assertThat(models.stream().filter(m -> m.flowNodeRatio() < FLOOR).map(ModelCoverage::line))
        .as(
            "models whose flow-node coverage is below %s (%s)",
            FLOOR, REPORTS.resolve("summary.md"))
        .isEmpty();
  }

  private static List<Event> recordedEvents() throws IOException {
    List<Event> events = new ArrayList<>();
    if (!Files.isDirectory(REPORTS)) {
      return events;
    }
    try (Stream<Path> reports = Files.walk(REPORTS, 2)) {
      for (Path report :
          reports.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
        CoverageStateJsonExporter.readCoverageStateResult(
                Files.readString(report, StandardCharsets.UTF_8))
            .getEvents()
            .forEach(events::add);
      }
    }
    return events;
  }

  private static String summary(List<ModelCoverage> models, List<Event> events) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Process-test coverage per model\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Whole H2 suite (`./mvnw verify`); floor %.2f of the flow nodes of every "
                    + "model in `processes/`.%n%n",
                FLOOR))
        .append("| Model (process id) | File | Flow nodes | Ratio | Sequence flows | Ratio | |\n")
        .append("|---|---|---:|---:|---:|---:|---|\n");
    for (ModelCoverage m : models) {
      md.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s | %d/%d | %.2f | %d/%d | %.2f | %s |%n",
              m.key,
              m.file,
              m.coveredNodes.size(),
              m.nodes.size(),
              m.flowNodeRatio(),
              m.coveredFlows.size(),
              m.flows.size(),
              m.sequenceFlowRatio(),
              m.flowNodeRatio() >= FLOOR ? "ok" : "**below floor**"));
    }
    md.append("\nFlow nodes no test reaches:\n\n");
    for (ModelCoverage m : models) {
      Set<String> missing = new TreeSet<>(m.nodes);
      missing.removeAll(m.coveredNodes);
      md.append("- `")
          .append(m.key)
          .append("`: ")
          .append(
              missing.isEmpty()
                  ? "none"
                  : missing.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")))
          .append('\n');
    }
    md.append("\nSequence flows no test takes (no floor):\n\n");
    for (ModelCoverage m : models) {
      Set<String> missing = new TreeSet<>(m.flows);
      missing.removeAll(m.coveredFlows);
      md.append("- `")
          .append(m.key)
          .append("`: ")
          .append(
              missing.isEmpty()
                  ? "none"
                  : missing.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")))
          .append('\n');
    }
    Set<String> others = new TreeSet<>();
    events.forEach(e -> others.add(e.getModelKey()));
    models.forEach(m -> others.remove(m.key));
    md.append("\nRecorded, not in `processes/` (test models, not checked): ")
        .append(
            others.isEmpty()
                ? "none"
                : others.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
        .append("\n\n")
        .append(jacocoTotals());
    return md.toString();
  }

  /**
   * Totals of jacoco's report (written just before this run), so that both coverages are in one
   * place.
   */
  private static String jacocoTotals() throws IOException {
    if (!Files.isRegularFile(JACOCO_CSV)) {
      return "No jacoco report at " + JACOCO_CSV + ".\n";
    }
    long[] sums = new long[6];
    List<String> rows = Files.readAllLines(JACOCO_CSV, StandardCharsets.UTF_8);
    List<String> header = List.of(rows.get(0).split(","));
    int[] columns =
        Stream.of(
                "INSTRUCTION_MISSED",
                "INSTRUCTION_COVERED",
                "BRANCH_MISSED",
                "BRANCH_COVERED",
                "LINE_MISSED",
                "LINE_COVERED")
            .mapToInt(header::indexOf)
            .toArray();
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      for (int i = 0; i < columns.length; i++) {
        sums[i] += Long.parseLong(cells[columns[i]]);
      }
    }
    return String.format(
        Locale.ROOT,
        """
        # Java code coverage (jacoco, target/site/jacoco/index.html)

        | Counter | Covered | Total | Ratio |
        |---|---:|---:|---:|
        | Lines | %d | %d | %.3f |
        | Branches | %d | %d | %.3f |
        | Instructions | %d | %d | %.3f |
        """,
        sums[5],
        sums[4] + sums[5],
        ratio(sums[5], sums[4] + sums[5]),
        sums[3],
        sums[2] + sums[3],
        ratio(sums[3], sums[2] + sums[3]),
        sums[1],
        sums[0] + sums[1],
        ratio(sums[1], sums[0] + sums[1]));
  }

  private static double ratio(long covered, long total) {
    return total == 0 ? 1.0 : (double) covered / total;
  }

  private record ModelCoverage(
      String key,
      String file,
      Set<String> nodes,
      Set<String> coveredNodes,
      Set<String> flows,
      Set<String> coveredFlows) {

    /**
     * The flow nodes of the process (also inside its subprocesses) and the sequence flows leaving
     * them.
     */
    static ModelCoverage of(
        String file, Process process, BpmnModelInstance model, Collection<Event> events) {
      Set<String> nodes =
          model.getModelElementsByType(FlowNode.class).stream()
              .filter(node -> process.equals(processOf(node)))
              .map(BaseElement::getId)
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> flows =
          model.getModelElementsByType(SequenceFlow.class).stream()
              .filter(flow -> nodes.contains(flow.getSource().getId()))
              .map(BaseElement::getId)
              .collect(Collectors.toCollection(TreeSet::new));
      return new ModelCoverage(
          process.getId(),
          file,
          nodes,
          covered(events, process.getId(), EventSource.FLOW_NODE, nodes),
          flows,
          covered(events, process.getId(), EventSource.SEQUENCE_FLOW, flows));
    }

    private static Process processOf(ModelElementInstance element) {
      ModelElementInstance parent = element.getParentElement();
      while (parent != null && !(parent instanceof Process)) {
        parent = parent.getParentElement();
      }
      return (Process) parent;
    }

    private static Set<String> covered(
        Collection<Event> events, String key, EventSource source, Set<String> ids) {
      return events.stream()
          .filter(e -> e.getModelKey().equals(key) && e.getSource() == source)
          .map(Event::getDefinitionKey)
          .filter(ids::contains)
          .collect(Collectors.toCollection(TreeSet::new));
    }

    double flowNodeRatio() {
      return nodes.isEmpty() ? 1.0 : (double) coveredNodes.size() / nodes.size();
    }

    double sequenceFlowRatio() {
      return flows.isEmpty() ? 1.0 : (double) coveredFlows.size() / flows.size();
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%s: %d/%d flow nodes (%.2f)",
          key,
          coveredNodes.size(),
          nodes.size(),
          flowNodeRatio());
    }
  }
}
