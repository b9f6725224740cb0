package dk.aarshjul.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.process.EngineRest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every engine-rest endpoint that writes (POST, PUT, DELETE in Camunda's own openapi.json for
 * 7.24), called as a contract holder (Mette, Gl. Rye) with her real credentials, against another
 * unit's resources and with a body in which every field the endpoint takes is filled with what an
 * attacker would send (another unit's ids, herself as approver, start instructions, skip flags,
 * markup). Each call must be refused with a 4xx and a message without SQL, class names or stack
 * traces — or be a read that happens to use POST (queries, counts) — and afterwards not a single
 * row of any engine or Årshjul table may have changed. The outcome of every call is written to
 * target/engine-rest-write-endpoints.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestWriteEndpointsTest {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  /**
   * POST endpoints that only read, by Camunda's operation id: queries and counts whose criteria
   * come as a body, a shared filter's list, and the check of a password against the password policy
   * (no user involved).
   */
  private static final Pattern READS =
      Pattern.compile("query\\w+|postExecuteFilter\\w+|checkPassword");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired DataSource dataSource;
  @Autowired ContractTestData testData;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;

  record Outcome(String endpoint, String operationId, int status, String message) {}

  @Test
  void shouldRefuseOrBoundEveryWriteEndpointForAContractHolder() throws Exception {
    // Given two units drafting their contracts, Sølund's being the target, and every write endpoint
    // of engine-rest
    int year = testData.newYear();
    runtimeService.startProcessInstanceByKey(
        ContractVariables.PROCESS_KEY,
        Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, "gl-rye"));
    String soelund =
        runtimeService
            .startProcessInstanceByKey(
                ContractVariables.PROCESS_KEY,
                Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, "soelund"))
            .getId();
    Targets targets = new Targets(soelund);
    JsonNode openApi;
    try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
      openApi = json.readTree(in);
    }
    Map<String, String> before = DatabaseSnapshot.of(dataSource);

    // When Mette calls each of them
    List<Outcome> outcomes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : List.of("post", "put", "delete")) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null) {
          outcomes.add(call(method, path.getKey(), operation, openApi, targets));
        }
      }
    }
    report(outcomes);

    // Then none failed on the server and none leaked internals
    assertThat(outcomes).hasSizeGreaterThan(180);
    assertThat(outcomes).filteredOn(outcome -> outcome.status() >= 500).isEmpty();
    assertThat(outcomes)
        .filteredOn(
            outcome ->
                outcome
                    .message()
                    .matches(
                        "(?s).*(\\bselect\\b|\\binsert into\\b|"
                            + "org\\.camunda|java\\.|Exception:|\\tat ).*"))
        .isEmpty();
    // And every call was refused, except reads that use POST
    assertThat(outcomes)
        .filteredOn(
            outcome -> outcome.status() < 400 && !READS.matcher(outcome.operationId()).matches())
        .isEmpty();
    // And nothing anywhere in the database changed
    assertThat(DatabaseSnapshot.changes(before, DatabaseSnapshot.of(dataSource)))
        .as("changed tables")
        .isEmpty();
  }

  /** Real ids of another unit's (Sølund's) resources and of what only others may touch. */
  final class Targets {
    final String instance;
    final String task;
    final long contractId;
    final String definition;
    final String deployment;
    final String decision;
    final String job;
    final String jobDefinition;
    final String authorization;
    final String filter;
    final String variableInstance;

    Targets(String soelund) {
      instance = soelund;
      task = taskService.createTaskQuery().processInstanceId(soelund).singleResult().getId();
      contractId = (Long) runtimeService.getVariable(soelund, ContractVariables.CONTRACT_ID);
      definition =
          repositoryService
              .createProcessDefinitionQuery()
              .processDefinitionKey(ContractVariables.PROCESS_KEY)
              .latestVersion()
              .singleResult()
              .getId();
      deployment =
          repositoryService
              .createProcessDefinitionQuery()
              .processDefinitionId(definition)
              .singleResult()
              .getDeploymentId();
      decision =
          repositoryService
              .createDecisionDefinitionQuery()
              .decisionDefinitionKey("contract-approver")
              .latestVersion()
              .singleResult()
              .getId();
      // the yearly timer's job: a job without a process instance, for which the engine itself
      // checks no rights
      job =
          managementService
              .createJobQuery()
              .processDefinitionKey("annual-cycle-timer")
              .singleResult()
              .getId();
      var jobDefinitions = managementService.createJobDefinitionQuery().listPage(0, 1);
      jobDefinition = jobDefinitions.isEmpty() ? "findes-ikke" : jobDefinitions.get(0).getId();
      authorization =
          authorizationService
              .createAuthorizationQuery()
              .groupIdIn("direktion")
              .listPage(0, 1)
              .get(0)
              .getId();
      filter = filterService.createFilterQuery().listPage(0, 1).get(0).getId();
      variableInstance =
          runtimeService
              .createVariableInstanceQuery()
              .processInstanceIdIn(soelund)
              .variableName(ContractVariables.CONTRACT_ID)
              .singleResult()
              .getId();
    }

    /** The value of a path parameter, by the resource the path names. */
    String parameter(String path, String name) {
      String resource = path.startsWith("/history/") ? "history" : path.split("/")[1];
      return switch (name) {
        case "key" ->
            path.contains("decision") ? "contract-approver" : ContractVariables.PROCESS_KEY;
        case "varName" -> ContractVariables.CONTRACT_ID;
        case "userId" -> "admin";
        case "groupId" -> "camunda-admin";
        case "id" ->
            switch (resource) {
              case "task" -> task;
              case "process-instance", "execution" -> instance;
              case "process-definition" -> definition;
              case "deployment" -> deployment;
              case "decision-definition" -> decision;
              case "job" -> job;
              case "job-definition" -> jobDefinition;
              case "authorization" -> authorization;
              case "filter" -> filter;
              case "user" -> "admin";
              case "group" -> "camunda-admin";
              case "variable-instance" -> variableInstance;
              case "history" -> path.contains("variable-instance") ? variableInstance : instance;
              default -> "findes-ikke";
            };
        default -> "findes-ikke";
      };
    }

    /** What an attacker puts in a field of that name. */
    JsonNode field(String name, JsonNode schema, JsonNode openApi, int depth) {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("deletions")) {
        return nodes.arrayNode().add(ContractVariables.CONTRACT_ID);
      }
      if (lower.contains("variables")
          || lower.equals("modifications")
          || lower.equals("correlationkeys")) {
        ObjectNode variables = nodes.objectNode();
        variables
            .putObject(ContractVariables.CONTRACT_ID)
            .put("value", contractId)
            .put("type", "Long");
        variables
            .putObject("approverGroup")
            .put("value", "kontraktholder-gl-rye")
            .put("type", "String");
        variables
            .putObject("directorateGroup")
            .put("value", "kontraktholder-gl-rye")
            .put("type", "String");
        return variables;
      }
      switch (lower) {
        case "processinstanceid", "executionid", "rootprocessinstanceid" -> {
          return nodes.textNode(instance);
        }
        case "processinstanceids", "executionids" -> {
          return nodes.arrayNode().add(instance);
        }
        case "taskid" -> {
          return nodes.textNode(task);
        }
        case "processdefinitionid", "sourceprocessdefinitionid", "targetprocessdefinitionid" -> {
          return nodes.textNode(definition);
        }
        case "processdefinitionkey" -> {
          return nodes.textNode(ContractVariables.PROCESS_KEY);
        }
        case "activityid", "ancestoractivityinstanceid" -> {
          return nodes.textNode("Task_ApproveContract");
        }
        case "userid", "assignee", "owner" -> {
          return nodes.textNode("mette");
        }
        case "groupid" -> {
          return nodes.textNode("kontraktholder-gl-rye");
        }
        case "businesskey" -> {
          return nodes.textNode("<img src=x onerror=alert(1)>");
        }
        case "deploymentid" -> {
          return nodes.textNode(deployment);
        }
        case "jobid" -> {
          return nodes.textNode(job);
        }
        case "jobdefinitionid" -> {
          return nodes.textNode(jobDefinition);
        }
        case "errorcode", "escalationcode" -> {
          return nodes.textNode("AFBRYD");
        }
        case "password", "authenticateduserpassword" -> {
          return nodes.textNode("demo");
        }
        case "username" -> {
          return nodes.textNode("admin");
        }
        default -> {}
      }
      return value(schema, openApi, depth);
    }

    JsonNode value(JsonNode schema, JsonNode openApi, int depth) {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      schema = resolve(schema, openApi);
      if (schema == null || depth > 4) {
        return nodes.nullNode();
      }
      if (schema.has("enum")) {
        return schema.get("enum").get(0);
      }
      String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
      switch (type) {
        case "boolean" -> {
          return nodes.booleanNode(true);
        }
        case "integer", "number" -> {
          return nodes.numberNode(1);
        }
        case "array" -> {
          ArrayNode array = nodes.arrayNode();
          array.add(value(schema.get("items"), openApi, depth + 1));
          return array;
        }
        case "object" -> {
          ObjectNode object = nodes.objectNode();
          if (schema.has("properties")) {
            schema
                .get("properties")
                .fields()
                .forEachRemaining(
                    property ->
                        object.set(
                            property.getKey(),
                            field(property.getKey(), property.getValue(), openApi, depth + 1)));
          } else if (schema.has("additionalProperties")
              && schema.get("additionalProperties").isObject()) {
            object.set(
                ContractVariables.CONTRACT_ID,
                value(schema.get("additionalProperties"), openApi, depth + 1));
          }
          return object;
        }
        default -> {
          if ("date-time".equals(schema.path("format").asText())) {
            return nodes.textNode("2027-01-01T08:00:00.000+0100");
          }
          return nodes.textNode("x");
        }
      }
    }
  }

  private static JsonNode resolve(JsonNode schema, JsonNode openApi) {
    while (schema != null && schema.has("$ref")) {
      String[] parts = schema.get("$ref").asText().substring(2).split("/");
      JsonNode target = openApi;
      for (String part : parts) {
        target = target.get(part);
      }
      schema = target;
    }
    if (schema != null && schema.has("allOf")) {
      ObjectNode merged = JsonNodeFactory.instance.objectNode();
      ObjectNode properties = merged.putObject("properties");
      merged.put("type", "object");
      for (JsonNode part : schema.get("allOf")) {
        JsonNode resolved = resolve(part, openApi);
        if (resolved != null && resolved.has("properties")) {
          properties.setAll((ObjectNode) resolved.get("properties"));
        }
      }
      return merged;
    }
    return schema;
  }

  private Outcome call(
      String method, String path, JsonNode operation, JsonNode openApi, Targets targets) {
    Matcher matcher = PARAMETER.matcher(path);
    StringBuilder url = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          url, Matcher.quoteReplacement(targets.parameter(path, matcher.group(1))));
    }
    matcher.appendTail(url);
    HttpHeaders headers = new HttpHeaders();
    Object body = null;
    JsonNode content = operation.path("requestBody").path("content");
    if (content.has("application/json")) {
      headers.setContentType(MediaType.APPLICATION_JSON);
      body = targets.value(content.get("application/json").get("schema"), openApi, 0).toString();
    } else if (content.has("multipart/form-data")) {
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      org.springframework.util.LinkedMultiValueMap<String, Object> parts =
          new org.springframework.util.LinkedMultiValueMap<>();
      parts.add("data", "x");
      parts.add("deployment-name", "Angreb");
      body = parts;
    }
    ResponseEntity<String> response =
        rest.withBasicAuth("mette", EngineRest.DEMO_PASSWORD)
            .exchange(
                "/engine-rest" + url,
                HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)),
                new HttpEntity<>(body, headers),
                String.class);
    String message = response.getBody() == null ? "" : response.getBody();
    return new Outcome(
        method + " " + path,
        operation.path("operationId").asText(),
        response.getStatusCode().value(),
        message);
  }

  private static void report(List<Outcome> outcomes) throws Exception {
    Map<Integer, Integer> byStatus = new TreeMap<>();
    outcomes.forEach(outcome -> byStatus.merge(outcome.status(), 1, Integer::sum));
    StringBuilder text =
        new StringBuilder("# engine-rest write endpoints as a contract holder\n\n")
            .append(outcomes.size())
            .append(" endpoints; by status: ")
            .append(byStatus)
            .append("\n\n")
            .append("| endpoint | status | message |\n|---|---:|---|\n");
    for (Outcome outcome : outcomes) {
      String message = outcome.message().replaceAll("\\s+", " ").replace("|", "\\|");
      text.append("| `")
          .append(outcome.endpoint())
          .append("` | ")
          .append(outcome.status())
          .append(" | ")
          .append(message.length() > 160 ? message.substring(0, 160) + "…" : message)
          .append(" |\n");
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/engine-rest-write-endpoints.md"), text);
  }
}
