package dk.aarshjul.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.contract.ContractTestData;
import dk.aarshjul.contract.ContractVariables;
import dk.aarshjul.process.EngineRest;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the access tests start from: a year of their own with two units drafting their contracts —
 * Gl. Rye (Mette's, Børn og Unge) and Plejecenter Sølund (Ældre og Handicap) — and engine-rest
 * called as a demo user.
 */
abstract class TwoUnitsDrafting {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired ContractTestData testData;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  int year;
  String glRye;
  String soelund;

  @BeforeEach
  void twoUnitsDrafting() {
    year = testData.newYear();
    glRye = startContract("gl-rye");
    soelund = startContract("soelund");
  }

  /**
   * Starts a contract of the year for the unit as trusted code (as the annual cycle does): the
   * instance id.
   */
  String startContract(String unitCode) {
    return runtimeService
        .startProcessInstanceByKey(
            ContractVariables.PROCESS_KEY,
            Map.of(ContractVariables.YEAR, year, ContractVariables.UNIT_CODE, unitCode))
        .getId();
  }

  /** The one open task of the instance. */
  String taskOf(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  /** An engine-rest call as the demo user, whatever its answer; a body goes as JSON. */
  ResponseEntity<String> exchange(String userId, HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(userId, EngineRest.DEMO_PASSWORD)
        .exchange(
            path,
            method,
            new HttpEntity<>(body, body == null ? new HttpHeaders() : jsonHeaders()),
            String.class);
  }

  static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
