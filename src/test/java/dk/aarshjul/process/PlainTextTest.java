package dk.aarshjul.process;

import static dk.aarshjul.process.EngineRest.vars;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.challenge.ChallengeRepository;
import dk.aarshjul.contract.ContractRepository;
import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Text is plain text (issue 13, hole 4 and the display-name part of hole 5): control characters,
 * lone surrogates and bidi controls are refused on every path with a Danish message and nothing
 * stored; what one user writes (and their display name) reaches another user's form as text, never
 * as markup, links or images; a rejected submission is one log line that user input cannot break.
 * Through engine-rest with the demo users' credentials, as the attack did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PlainTextTest {

  /**
   * The inputs of the attack: an external image, HTML with a script, a heading, a forged status
   * line, a link.
   */
  static final List<String> HOSTILE =
      List.of(
          "![x](http://evil/x.png)",
          "<img src=x onerror=alert(1)>",
          "# Overskrift",
          "\nStatus: grøn",
          "[link](javascript:alert(1))",
          "**fed** _kursiv_ `kode` ~~streg~~",
          "1. punkt",
          "- punkt",
          "> citat",
          "---",
          "| a | b |",
          "https://evil.example/x www.evil.example mail@evil.example",
          "&lt;script&gt;",
          "<https://evil.example>",
          "\\![x](y)");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired ContractTestData testData;
  @Autowired ContractRepository contracts;
  @Autowired ChallengeRepository challenges;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired TransactionTemplate transactions;

  // ---- the escaping function
  // ------------------------------------------------------------------------------------

  @Test
  void shouldEscapeHostileMarkdownAsText() {
    // Given the attack's inputs, When they are escaped for one line of markdown, Then each is
    // literal text
    assertThat(PlainText.markdown("![x](http://evil/x.png)"))
        .isEqualTo("!\\[x\\](http\\://evil/x.png)");
    assertThat(PlainText.markdown("<img src=x onerror=alert(1)>"))
        .isEqualTo("\\<img src=x onerror=alert(1)\\>");
    assertThat(PlainText.markdown("# Overskrift")).isEqualTo("\\# Overskrift");
    assertThat(PlainText.markdown("\nStatus: grøn")).isEqualTo("Status: grøn");
    assertThat(PlainText.markdown("Fint\nStatus: grøn")).isEqualTo("Fint Status: grøn");
    assertThat(PlainText.markdown("[link](javascript:alert(1))"))
        .isEqualTo("\\[link\\](javascript:alert(1))");
    assertThat(PlainText.markdown("1. punkt")).isEqualTo("1\\. punkt");
    assertThat(PlainText.markdown("- punkt")).isEqualTo("\\- punkt");
    assertThat(PlainText.markdown("&lt;script&gt;")).isEqualTo("\\&lt;script\\&gt;");
    // ordinary Danish text is unchanged
    assertThat(PlainText.markdown("Lavere sygefravær – under 4,5 % (2027)."))
        .isEqualTo("Lavere sygefravær – under 4,5 % (2027).");
    assertThat(PlainText.markdown(null)).isEmpty();

    for (String hostile : HOSTILE) {
      String line = PlainText.markdown(hostile);
      // no line break, and no character that forms markdown or HTML is left unescaped
      assertThat(line).as(hostile).doesNotContain("\n", "\r");
      assertThat(unescaped(line, "[]<>`*_|~&#@")).as(hostile + " -> " + line).isEmpty();
      assertThat(line)
          .as(hostile)
          .doesNotContainPattern("(?<!\\\\)https?://")
          .doesNotContainPattern("(?<!\\\\)www\\.");
    }
  }

  @Test
  void shouldKeepUsersLineBreaksInsideAQuoteSoNoLineLooksLikeTheSystems() {
    // Given multi-line user text with a heading, a status line and a list
    String text =
        "Begrundelse\n# Overskrift\nStatus: grøn\n- punkt\n\n1. punkt\n![x](http://evil/x.png)";

    // When it is rendered as a block
    String block = PlainText.markdownBlock(text);

    // Then every line is a line of the quote, escaped, and the user's line breaks are kept (hard
    // breaks)
    assertThat(block.lines()).allSatisfy(line -> assertThat(line).startsWith(">"));
    assertThat(block)
        .isEqualTo(
            "> Begrundelse  \n> \\# Overskrift  \n> Status: grøn  \n> \\- punkt\n>\n"
                + "> 1\\. punkt  \n> !\\[x\\](http\\://evil/x.png)");
    assertThat(PlainText.markdownBlock("  ")).isEmpty();
    for (String hostile : HOSTILE) {
      assertThat(PlainText.markdownBlock("før\n" + hostile + "\nefter").lines())
          .allSatisfy(line -> assertThat(line).matches(">( .*)?"));
    }
  }

  @Test
  void shouldFindForbiddenCharactersAndWriteLogSafeText() {
    // Then control characters other than line breaks and tabs, lone surrogates and bidi controls
    // are forbidden
    assertThat(PlainText.forbidden("a\u0000b")).isEqualTo("U+0000");
    assertThat(PlainText.forbidden("a\u001Bb")).isEqualTo("U+001B");
    assertThat(PlainText.forbidden("a\u007Fb")).isEqualTo("U+007F");
    assertThat(PlainText.forbidden("a\u0085b")).isEqualTo("U+0085");
    assertThat(PlainText.forbidden("a\uD800b")).isEqualTo("U+D800");
    assertThat(PlainText.forbidden("a\uDC00")).isEqualTo("U+DC00");
    assertThat(PlainText.forbidden("abc\u202E")).isEqualTo("U+202E");
    assertThat(PlainText.forbidden("\u2066x\u2069")).isEqualTo("U+2066");
    // and line breaks, tabs, Danish letters and emoji are fine
    assertThat(PlainText.forbidden("Æble\tø\r\nå 😀 – “citat”")).isNull();

    // And a log line cannot be broken or hidden by user text
    assertThat(PlainText.forLog("ok\r\n2099-01-01 ERROR forfalsket\u202E\u0000"))
        .isEqualTo("ok\\r\\n2099-01-01 ERROR forfalsket\\u202E\\u0000");
    assertThat(PlainText.forLog("x".repeat(600))).hasSize(501);
  }

  // ---- refused on every path
  // ------------------------------------------------------------------------------------

  @Test
  void shouldRefuseControlCharacterInTextFieldWithDanishMessageAndStoreNothing() throws Exception {
    // Given Mette's draft for Gl. Rye
    String instance = startContract("gl-rye");
    String task = taskOf(instance);

    // When she submits it with a NUL in her assessment, through engine-rest as Tasklist does
    ResponseEntity<String> nul =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + task + "/submit-form",
            vars(
                ContractVariables.GOALS,
                Map.of("type", "Json", "value", ContractTestData.completeGoals()),
                ContractVariables.LEADERSHIP_SPAN,
                "1:20\u0000 – inden for principperne"));

    // Then it is refused with 400 and a Danish message naming the field, never SQL, and nothing is
    // stored
    assertRefused(
        nul,
        "Feltet 'Vurdering af eget ledelsesspænd' indeholder et usynligt styretegn (U+0000), "
            + "som ikke er tilladt. Intet er gemt.");
    assertNothingStored(instance, task);
  }

  @Test
  void shouldRefuseBidiOverrideAndLoneSurrogateInsideDynamicList() throws Exception {
    // Given Mette's draft
    String instance = startContract("gl-rye");
    String task = taskOf(instance);
    String goals = ContractTestData.completeGoals();

    // When a goal's title holds a right-to-left override, or its purpose a lone surrogate (as raw
    // Json escapes)
    ResponseEntity<String> bidi =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + task + "/submit-form",
            vars(
                ContractVariables.GOALS,
                Map.of(
                    "type",
                    "Json",
                    "value",
                    goals.replace("Lavere sygefravær", "Lavere \u202Eerævfargys"))));
    String body =
        "{\"variables\":{\"goals\":{\"type\":\"Json\",\"value\":"
            + json.writeValueAsString(goals)
                .replace("Bedre arbejdsmiljø", "Bedre \\ud800 arbejdsmiljø")
            + "}}}";
    ResponseEntity<String> surrogate =
        rest.withBasicAuth("mette", EngineRest.DEMO_PASSWORD)
            .exchange(
                "/engine-rest/task/" + task + "/submit-form",
                HttpMethod.POST,
                new HttpEntity<>(body, jsonHeaders()),
                String.class);

    // Then both are refused, naming the row and the field, and nothing is stored
    assertRefused(
        bidi,
        "Udviklingsmål, række 2: feltet 'Titel' indeholder et usynligt tegn, der vender tekstens "
            + "retning (U+202E), som ikke er tilladt. Intet er gemt.");
    assertRefused(
        surrogate,
        "Udviklingsmål, række 2: feltet 'Formål' indeholder et ufuldstændigt tegn (U+D800");
    assertNothingStored(instance, task);
  }

  @Test
  void shouldRefuseControlCharacterInProcessStartAndStoreNothing() throws Exception {
    // Given the challenge start form and the challenges stored so far
    long before = challenges.count();
    long instancesBefore =
        runtimeService.createProcessInstanceQuery().processDefinitionKey("challenge").count();

    // When Mette starts a challenge with an escape character in its subject
    ResponseEntity<String> response =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/process-definition/key/challenge/submit-form",
            challenge("Dobbelt\u001B[31m registrering", "Det tager tid fra kerneopgaven."));

    // Then it is refused and no challenge or instance is stored
    assertRefused(
        response,
        "Feltet 'Emne' indeholder et usynligt styretegn (U+001B), som ikke er tilladt. Intet er gemt.");
    assertThat(challenges.count()).isEqualTo(before);
    assertThat(
            runtimeService.createProcessInstanceQuery().processDefinitionKey("challenge").count())
        .isEqualTo(instancesBefore);
  }

  @Test
  void shouldRefuseControlCharacterInTaskCommentInTheEngine() throws Exception {
    // Given Mette's draft (contract holders cannot comment through engine-rest: the task's history
    // is not theirs)
    String task = taskOf(startContract("gl-rye"));

    // When the administrator comments on it with a NUL through engine-rest, and Mette through the
    // Java API
    ResponseEntity<String> response =
        exchange(
            "admin",
            HttpMethod.POST,
            "/engine-rest/task/" + task + "/comment/create",
            Map.of("message", "Se\u0000 her"));
    identityService.setAuthentication(
        "mette",
        identityService.createGroupQuery().groupMember("mette").list().stream()
            .map(group -> group.getId())
            .toList());
    Throwable javaApi;
    try {
      javaApi =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> taskService.createComment(task, null, "Se\u202E her"));
    } finally {
      identityService.clearAuthentication();
    }

    // Then the engine refuses both with a Danish message and stores no comment; a plain comment is
    // stored
    assertRefused(
        response,
        "Kommentaren indeholder et usynligt styretegn (U+0000), som ikke er tilladt. Intet er gemt.");
    assertThat(javaApi)
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessage(
            "Kommentaren indeholder et usynligt tegn, der vender tekstens retning (U+202E), som ikke er tilladt. "
                + "Intet er gemt.");
    assertThat(taskService.getTaskComments(task)).isEmpty();
    assertThat(
            exchange(
                    "admin",
                    HttpMethod.POST,
                    "/engine-rest/task/" + task + "/comment/create",
                    Map.of("message", "Se her"))
                .getStatusCode()
                .value())
        .isEqualTo(200);
    assertThat(taskService.getTaskComments(task)).hasSize(1);
  }

  @Test
  void shouldNeverAnswerWithSqlWhenAVariableHoldsNul() throws Exception {
    // Given Mette's draft
    String instance = startContract("gl-rye");
    String task = taskOf(instance);
    String path =
        "/engine-rest/task/" + task + "/localVariables/" + ContractVariables.LEADERSHIP_SPAN;
    Map<String, Object> nul = Map.of("value", "1:20\u0000", "type", "String");

    // When Mette sets a task variable with a NUL directly (PUT, no form), and the administrator
    // does
    ResponseEntity<String> byMette = exchange("mette", HttpMethod.PUT, path, nul);
    ResponseEntity<String> byAdmin = exchange("admin", HttpMethod.PUT, path, nul);

    // Then Mette may not, and no answer holds SQL, a class name or a stack trace: H2 stores the
    // administrator's value,
    // PostgreSQL refuses it with 400 and a Danish message
    assertThat(byMette.getStatusCode().value()).isEqualTo(403);
    assertThat(byAdmin.getStatusCode().value()).as(byAdmin.getBody()).isIn(204, 400);
    assertNoInternals(byAdmin);
    if (byAdmin.getStatusCode().value() == 400) {
      assertThat(json.readTree(byAdmin.getBody()).get("message").asText())
          .endsWith("Intet er gemt.");
      assertNothingStored(instance, task);
      return;
    }
    // And on H2 Mette's completion with the stored NUL is refused, and nothing of the draft is
    // stored
    ResponseEntity<String> complete =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/task/" + task + "/submit-form",
            vars(
                ContractVariables.GOALS,
                Map.of("type", "Json", "value", ContractTestData.completeGoals())));
    assertRefused(
        complete,
        "Feltet 'Vurdering af eget ledelsesspænd' indeholder et usynligt styretegn (U+0000)");
    assertNothingStored(instance, task);
  }

  // ---- shown to others as text
  // ------------------------------------------------------------------------------------

  @Test
  void shouldShowOneUsersHostileTextAndDisplayNameAsTextInAnotherUsersForm() throws Exception {
    // Given Mette's display name is hostile (as PUT /user/mette/profile set it before issue 13)
    User mette = identityService.createUserQuery().userId("mette").singleResult();
    String firstName = mette.getFirstName();
    String lastName = mette.getLastName();
    try {
      mette.setFirstName("![x](http://evil/p.png)");
      mette.setLastName("<img src=x onerror=alert(1)>");
      identityService.saveUser(mette);

      // When she challenges with hostile markdown in her text
      ResponseEntity<String> started =
          exchange(
              "mette",
              HttpMethod.POST,
              "/engine-rest/process-definition/key/challenge/submit-form",
              challenge(
                  "Regnearket ![x](http://evil/x.png) [link](javascript:alert(1))",
                  "Begrundelse\n# Overskrift\nStatus: grøn\n<img src=x onerror=alert(1)>\n- punkt"));
      assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
      String decide = taskOf(json.readTree(started.getBody()).get("id").asText());

      // Then Jens (directorate) reads it in his form as text: no image, link, HTML, heading or
      // status line of hers
      String summary =
          new EngineRest(rest, json, "jens")
              .get("/engine-rest/task/" + decide + "/form-variables")
              .get("challengeSummary")
              .get("value")
              .asText();
      assertThat(summary)
          .contains(
              "- **Indsendt af:** !\\[x\\](http\\://evil/p.png) \\<img src=x onerror=alert(1)\\>,")
          .contains(
              "- **Emne:** Regnearket !\\[x\\](http\\://evil/x.png) \\[link\\](javascript:alert(1))")
          .contains(
              "> Begrundelse  \n> \\# Overskrift  \n> Status: grøn  \n> \\<img src=x onerror=alert(1)\\>  \n> \\- punkt");
      assertThat(unescaped(summary, "[]<")).isEmpty();
      assertThat(unescaped(summary.replaceAll("(?m)^>", ""), ">")).isEmpty();
      assertThat(summary.lines().filter(line -> line.contains("Status")))
          .containsExactly("- **Status:** Afventer direktionens afgørelse", "> Status: grøn  ");
      assertThat(summary.lines().filter(line -> line.startsWith("#")))
          .hasSize(1)
          .allMatch(line -> line.startsWith("### Udfordringsret"));
    } finally {
      mette.setFirstName(firstName);
      mette.setLastName(lastName);
      identityService.saveUser(mette);
    }
  }

  // ---- logged as one line
  // -------------------------------------------------------------------------------------------

  @Test
  void shouldLogRejectedSubmissionAsOneEscapedLineWithoutStackTrace(CapturedOutput output)
      throws Exception {
    // Given a challenge whose option value carries a forged log line
    int start = output.getOut().length();

    // When Mette submits it through engine-rest
    Map<String, Object> form = challenge("Dobbelt registrering", "Det tager tid fra kerneopgaven.");
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = (Map<String, Object>) form.get("variables");
    variables.put("kind", Map.of("value", "regel\n2099-01-01 ERROR 1 --- [main] forfalsket linje"));
    ResponseEntity<String> response =
        exchange(
            "mette",
            HttpMethod.POST,
            "/engine-rest/process-definition/key/challenge/submit-form",
            form);

    // Then it is refused
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(response.getBody()).get("message").asText())
        .startsWith("Feltet 'Hvad udfordrer du?'");

    // And the log holds exactly one line about it, at INFO, with the user's line break escaped, and
    // no stack trace
    String log = output.getOut().substring(start);
    List<String> lines = log.lines().toList();
    assertThat(lines.stream().filter(line -> line.contains("forfalsket")))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains(
                        " INFO ",
                        "Submission refused",
                        "user mette",
                        "regel\\n2099-01-01 ERROR 1 --- [main] forfalsket linje"));
    assertThat(lines.stream().filter(line -> !line.contains("Submission refused")))
        .noneMatch(line -> line.contains(" ERROR ") || line.contains(" WARN "))
        .noneMatch(
            line ->
                line.startsWith("\tat ")
                    || line.contains("ENGINE-16004")
                    || line.contains("Hvad udfordrer"));
  }

  @Test
  void shouldStillLogRealEngineErrorsAtError(CapturedOutput output) {
    // Given an engine command that fails for a reason other than a rejected submission
    int start = output.getOut().length();

    // When it runs
    try {
      engineConfiguration
          .getCommandExecutorTxRequired()
          .execute(
              commandContext -> {
                throw new ProcessEngineException("Planlagt fejl i en test");
              });
    } catch (ProcessEngineException expected) {
      // the caller gets it
    }

    // Then the engine logs it at ERROR with its stack trace, as before
    String log = output.getOut().substring(start);
    assertThat(log).contains("ENGINE-16004", "Planlagt fejl i en test");
    assertThat(log.lines().filter(line -> line.contains("ENGINE-16004")))
        .allMatch(line -> line.contains("ERROR"));
    assertThat(log).contains("\tat ");
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------------------

  /** Characters of {@code specials} in {@code text} not preceded by a backslash escape. */
  static String unescaped(String text, String specials) {
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (specials.indexOf(c) >= 0) {
        found.append(c);
      }
    }
    return found.toString();
  }

  private void assertRefused(ResponseEntity<String> response, String message) throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertNoInternals(response);
    assertThat(json.readTree(response.getBody()).get("message").asText()).startsWith(message);
  }

  private static void assertNoInternals(ResponseEntity<String> response) {
    assertThat(String.valueOf(response.getBody()))
        .doesNotContainIgnoringCase("insert into")
        .doesNotContainIgnoringCase("update ")
        .doesNotContain("SQL", "Exception:", "\tat ", ".java:", "org.", "###");
  }

  private void assertNothingStored(String instance, String task) {
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    long contractId = (Long) runtimeService.getVariable(instance, ContractVariables.CONTRACT_ID);
    String draft =
        transactions.execute(
            s -> {
              var contract = contracts.findById(contractId).orElseThrow();
              return contract.getGoals().size() + "/" + contract.getLeadershipSpanAssessment();
            });
    assertThat(draft).isEqualTo("0/null");
  }

  private String startContract(String unitCode) {
    return runtimeService
        .startProcessInstanceByKey(
            ContractVariables.PROCESS_KEY,
            Map.of(
                ContractVariables.YEAR, testData.newYear(), ContractVariables.UNIT_CODE, unitCode))
        .getId();
  }

  private String taskOf(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  private ResponseEntity<String> exchange(
      String userId, HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(userId, EngineRest.DEMO_PASSWORD)
        .exchange(
            path,
            method,
            body == null ? null : new HttpEntity<>(body, jsonHeaders()),
            String.class);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private static Map<String, Object> challenge(String subject, String reason) {
    return vars(
        "kind",
        "regel",
        "subject",
        subject,
        "reason",
        reason,
        "proposedChange",
        "Registrér kun én gang.");
  }
}
