package dk.aarshjul.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class EngineRestErrorsTest {

  private final EngineRestErrors errors = new EngineRestErrors();

  @Test
  void shouldAnswerTheSecondOfTwoSimultaneousWritesOfTheSameRowWith409InDanish() {
    // Given a form submission whose row broke a unique key, because someone stored the same a
    // moment before (as a listener's JPA write reaches engine-rest)
    Throwable duplicate = databaseFault("duplicate key value violates unique constraint", "23505");

    // When engine-rest answers
    Response response = errors.toResponse(duplicate);

    // Then the user is told to fetch it again, without SQL
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response).get("message"))
        .isEqualTo(EngineRestErrors.CONFLICT)
        .asString()
        .doesNotContain("duplicate", "constraint");
  }

  @Test
  void shouldStillAnswerAnyOtherDatabaseFaultWith500WithoutDetail() {
    // Given a database fault that is not the caller's (a column that may not be null)
    Throwable fault = databaseFault("null value in column \"title\"", "23502");

    // When engine-rest answers, then it is a server error with the generic Danish message
    Response response = errors.toResponse(fault);
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(body(response).get("message")).isEqualTo(EngineRestErrors.SERVER_ERROR);
  }

  /** A listener's JPA write that the database refused, as it reaches engine-rest. */
  private static Throwable databaseFault(String message, String sqlState) {
    return new ProcessEngineException(
        "listener failed",
        new DataIntegrityViolationException(
            "could not execute statement", new SQLException(message, sqlState)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Response response) {
    return (Map<String, Object>) response.getEntity();
  }
}
