package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Who decides a task comes from the domain, never from a process variable a caller could have set:
 * every user task of every model in processes/ names its candidate group as a role (e.g. {@code
 * direktion}) or asks a Deciders bean of its block with the ids the process carries (e.g. {@code
 * ${contractDeciders.approver(contractId)}}), and names no user. {@link DecidingGroupCheck}
 * evaluates the same expression again when the task is completed.
 */
class DecidingGroupsInModelsTest {

  private static final Pattern ROLE = Pattern.compile("[a-z][a-z-]*");
  private static final Pattern DOMAIN =
      Pattern.compile("\\$\\{[a-z][A-Za-z]*Deciders\\.[a-z][A-Za-z]*\\([A-Za-z, ]*\\)}");

  @Test
  void shouldTakeEveryCandidateGroupFromTheDomainOrARole() throws Exception {
    // Given every model the process owners deploy
    List<String> offending = new ArrayList<>();
    int userTasks = 0;
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        // When each user task's candidate groups and assignee are read
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          userTasks++;
          String groups = task.getCamundaCandidateGroups();
          boolean fromDomain =
              groups != null
                  && (ROLE.matcher(groups).matches() || DOMAIN.matcher(groups).matches());
          if (!fromDomain
              || task.getCamundaAssignee() != null
              || task.getCamundaCandidateUsers() != null) {
            offending.add(file.getFileName() + " " + task.getId() + ": " + groups);
          }
        }
      }
    }

    // Then each is a role or a domain expression
    assertThat(userTasks).isGreaterThan(15);
    assertThat(offending).isEmpty();
  }
}
