package dk.aarshjul.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * engine-rest wraps a rejected form submission in its own English text ("Cannot submit task form …: ", "Cannot
 * instantiate process definition …: "): answer 400 with the Danish message alone, as Tasklist shows it. A serialized
 * Java object (Java serialization is off, see application.yaml) is bad input too, which the engine answers with an
 * English HTTP 500: answer 400 with a Danish message. Every other engine-rest error keeps Camunda's own answer.
 */
@Component
public class RejectedSubmissionMapper implements ResourceConfigCustomizer {

  static final String MESSAGE = "Et felt har en type, som Årshjul ikke tager imod (et serialiseret Java-objekt). "
      + "Send tekst, tal, sand/falsk eller Json. Intet er gemt.";

  static final String SKIP_AT_START = "En proces startes altid med sine lyttere og input/output-mappings: "
      + "skipCustomListeners og skipIoMappings kan ikke bruges ved en start. Intet er gemt.";

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  @Priority(Priorities.USER - 100)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof InvalidSubmissionException rejection) {
          return badRequest(rejection.getMessage());
        }
        if (cause.getMessage() != null && cause.getMessage().contains("Java serialization format is prohibited")) {
          return badRequest(MESSAGE);
        }
        if (cause.getMessage() != null && cause.getMessage().contains("ENGINE-13024")) {
          // skipCustomListeners / skipIoMappings on a start without instructions, which the engine refuses itself
          return badRequest(SKIP_AT_START);
        }
      }
      return camunda.toResponse(exception);
    }

    private static Response badRequest(String message) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", InvalidSubmissionException.class.getSimpleName(), "message", message)).build();
    }
  }
}
