package dk.aarshjul.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.challenge.ChallengeVariables;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.dialogue.DialogueVariables;
import dk.aarshjul.followup.FollowUpVariables;
import dk.aarshjul.process.BlockContract;
import dk.aarshjul.theme.ThemeMeetingVariables;
import dk.aarshjul.tracks.TracksVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every block's typed contract holds against the deployed BPMN: the block's process exists with the
 * element ids its tests and the models rely on, and every model's call activity passes exactly the
 * block's inputs and takes nothing back (a block writes its results to its tables).
 */
class BlockContractsTest {

  static final List<BlockContract> BLOCKS =
      List.of(
          ThemeMeetingVariables.CONTRACT,
          TracksVariables.CONTRACT,
          ContractVariables.CONTRACT,
          dk.aarshjul.contract.AgreementReviewVariables.CONTRACT,
          DialogueVariables.CONTRACT,
          FollowUpVariables.BLOCK,
          ChallengeVariables.CONTRACT,
          dk.aarshjul.hearing.HearingVariables.CONTRACT,
          dk.aarshjul.measure.MeasureVariables.CONTRACT,
          dk.aarshjul.dialogue.JointMeetingVariables.CONTRACT,
          dk.aarshjul.conduct.ConductVariables.CONTRACT,
          dk.aarshjul.dialogue.InstitutionMeetingVariables.CONTRACT);

  static final Map<String, BpmnModelInstance> MODELS = new LinkedHashMap<>();

  @BeforeAll
  static void readModels() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        model
            .getModelElementsByType(Process.class)
            .forEach(process -> MODELS.put(process.getId(), model));
      }
    }
  }

  @Test
  void shouldFindEveryBlocksProcessWithTheElementsItPromises() {
    for (BlockContract block : BLOCKS) {
      // Given the block's deployed model
      BpmnModelInstance model = MODELS.get(block.processKey());
      assertThat(model).as("processes/ has a process with id " + block.processKey()).isNotNull();

      // Then every element id of its contract is in it
      Set<String> ids =
          model.getModelElementsByType(BaseElement.class).stream()
              .map(BaseElement::getId)
              .collect(Collectors.toSet());
      assertThat(ids)
          .as(block.processKey() + " has the elements of its contract")
          .containsAll(block.elementIds());
    }
  }

  @Test
  void shouldCallEveryBlockWithExactlyItsInputs() {
    // Given every call activity of every model that calls a block
    List<String> offending = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, BpmnModelInstance> model : MODELS.entrySet()) {
      for (CallActivity call : model.getValue().getModelElementsByType(CallActivity.class)) {
        BlockContract block =
            BLOCKS.stream()
                .filter(b -> b.processKey().equals(call.getCalledElement()))
                .findFirst()
                .orElse(null);
        if (block == null) {
          continue;
        }
        calls++;
        // When its in/out mappings are read (a business key is not a variable)
        Set<String> passed =
            call.getExtensionElements() == null
                ? Set.of()
                : call
                    .getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaIn.class)
                    .list()
                    .stream()
                    .filter(in -> in.getCamundaTarget() != null)
                    .map(CamundaIn::getCamundaTarget)
                    .collect(Collectors.toCollection(TreeSet::new));
        boolean allIn =
            call.getExtensionElements() != null
                && call
                    .getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaIn.class)
                    .list()
                    .stream()
                    .anyMatch(in -> "all".equals(in.getCamundaVariables()));
        boolean anyOut =
            call.getExtensionElements() != null
                && !call.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaOut.class)
                    .list()
                    .isEmpty();
        // Then they are the block's inputs, nothing more or less, and nothing is taken back
        Set<String> allowed = new TreeSet<>(block.inputNames());
        allowed.addAll(block.optionalInputNames());
        if (allIn
            || anyOut
            || !passed.containsAll(block.inputNames())
            || !allowed.containsAll(passed)) {
          offending.add(
              model.getKey()
                  + "/"
                  + call.getId()
                  + " passes "
                  + (allIn ? "all variables" : passed)
                  + (anyOut ? " and takes variables back" : "")
                  + "; "
                  + block.processKey()
                  + " takes "
                  + new TreeSet<>(block.inputNames())
                  + (block.optionalInputNames().isEmpty()
                      ? ""
                      : " and may take " + new TreeSet<>(block.optionalInputNames())));
        }
      }
    }
    assertThat(calls).isGreaterThanOrEqualTo(5);
    assertThat(offending).isEmpty();
  }
}
