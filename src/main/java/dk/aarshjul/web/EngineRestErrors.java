package dk.aarshjul.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dk.aarshjul.access.ProductionAdministrator;
import dk.aarshjul.access.RefusedActionException;
import dk.aarshjul.process.ClientMistakes;
import dk.aarshjul.process.InvalidSubmissionException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The one error mapper of engine-rest (/engine-rest and the webapps' /camunda/api/engine, see
 * {@link WebappEngineApi}): every error answers with a status and a short Danish {@code message},
 * never the engine's English text, SQL, class names or a stack trace. Client errors answer 4xx: a
 * rejected form submission ({@link InvalidSubmissionException}) 400 with its own message, a
 * serialized Java object 400, malformed or oversized JSON 400, a weak password 400 naming the
 * password rules, a missing resource 404, a refusal 403 without naming what was refused, a conflict
 * 409. Anything else is unexpected: 500 with a generic message, the detail only in the log.
 */
@Component
public class EngineRestErrors implements ResourceConfigCustomizer {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);

  static final String MESSAGE =
      "Et felt har en type, som Årshjul ikke tager imod (et serialiseret Java-objekt). "
          + "Send tekst, tal, sand/falsk eller Json. Intet er gemt.";
  public static final String FORBIDDEN = "Du har ikke adgang til at udføre denne handling.";
  public static final String NOT_FOUND =
      "Det, du spørger efter, findes ikke, eller du har ikke adgang til det.";
  static final String BAD_REQUEST =
      "Forespørgslen kan ikke udføres, som den er sendt. Intet er gemt.";
  static final String MALFORMED_JSON =
      "Forespørgslen er ikke gyldig JSON, eller et felt har en forkert type. " + "Intet er gemt.";
  static final String TOO_LARGE =
      "Forespørgslen er for stor (en for lang tekst eller for mange niveauer). " + "Intet er gemt.";
  static final String INVALID_PARAMETER =
      "En parameter i adressen har en ugyldig værdi. Intet er gemt.";
  static final String CONFLICT =
      "Det, du arbejder på, er lige blevet ændret af en anden. Hent det igen, og prøv " + "igen.";
  static final String ALREADY_CLAIMED = "Opgaven er allerede taget af en anden.";
  static final String PROCESS_TASK =
      "Opgaven hører til en proces og kan ikke slettes. Den afsluttes ved at udføre " + "den.";
  static final String PARSE = "Modellen kan ikke udrulles, fordi den har fejl (se detaljerne).";
  static final String SERVER_ERROR =
      "Der opstod en uventet fejl på serveren, og handlingen blev ikke gennemført. "
          + "Prøv igen, eller kontakt administratoren.";

  /** Ahead of Camunda's, Jersey's and Jackson's mappers (default priority USER). */
  static final int PRIORITY = Priorities.USER - 100;

  private static final Pattern MAX_RESULTS =
      Pattern.compile("Max results limit of (\\d+) exceeded");

  /** The JSON types the answer carries in {@code type}: what kind of error, never a class name. */
  static final Map<Integer, String> TYPES =
      Map.of(
          400,
          "UgyldigForespoergsel",
          401,
          "IkkeLoggetInd",
          403,
          "AdgangNaegtet",
          404,
          "IkkeFundet",
          405,
          "MetodeIkkeTilladt",
          406,
          "FormatIkkeTilladt",
          409,
          "Konflikt",
          413,
          "ForStor",
          415,
          "FormatIkkeTilladt",
          500,
          "Serverfejl");

  static final String SKIP_AT_START =
      "En proces startes altid med sine lyttere og input/output-mappings: "
          + "skipCustomListeners og skipIoMappings kan ikke bruges ved en start. Intet er gemt.";

  @Override
  public void customize(ResourceConfig config) {
    register(config);
  }

  /**
   * Registers the mapper for every exception engine-rest can raise, ahead of Camunda's and
   * Jackson's own.
   */
  public void register(ResourceConfig config) {
    config.register(new ForThrowable(this), PRIORITY);
    config.register(new ForWebApplication(this), PRIORITY);
    config.register(new ForProcessEngine(this), PRIORITY);
    config.register(new ForRest(this), PRIORITY);
    config.register(new ForJsonProcessing(this), PRIORITY);
    config.register(new ForJsonParse(this), PRIORITY);
    config.register(new ForJsonMapping(this), PRIORITY);
  }

  /** A Danish error answer with the given status. */
  public static Response error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "type", TYPES.getOrDefault(status, status < 500 ? "UgyldigForespoergsel" : "Serverfejl"));
    body.put("message", message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  Response toResponse(Throwable exception) {
    Response known = fromCauses(exception);
    if (known != null) {
      LOG.debug(
          "engine-rest afviste forespørgslen ({}): {}", known.getStatus(), exception.toString());
      return known;
    }
    int status = statusOf(exception);
    if (status >= 500) {
      LOG.error("engine-rest: uventet fejl", exception);
      return error(500, SERVER_ERROR);
    }
    LOG.debug("engine-rest afviste forespørgslen ({}): {}", status, exception.toString());
    return error(status, messageOf(status));
  }

  /** SQLState of a unique-key violation (PostgreSQL and H2 alike). */
  static final String UNIQUE_VIOLATION = "23505";

  /** Whether the database refused a row because another with the same unique key exists. */
  static boolean duplicateKey(Throwable exception) {
    for (Throwable cause = exception;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The answer for an exception whose cause says what went wrong, or null. */
  private Response fromCauses(Throwable exception) {
    for (Throwable cause = exception;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (cause instanceof InvalidSubmissionException rejection) {
        return error(400, rejection.getMessage());
      }
      if (message.contains("Java serialization format is prohibited")) {
        return error(400, MESSAGE);
      }
      if (message.contains("ENGINE-13024")) {
        // skipCustomListeners / skipIoMappings on a start without instructions, which the engine
        // refuses itself
        return error(400, SKIP_AT_START);
      }
      if (cause instanceof RefusedActionException refusal) {
        // refused by Årshjul's own rules: its Danish message names nothing the caller may not see
        return error(403, refusal.getMessage());
      }
      if (ClientMistakes.QUERY_MISUSE.matcher(message).find()) {
        return error(400, BAD_REQUEST);
      }
      if (ClientMistakes.NO_SUCH.matcher(message).find()) {
        return error(404, NOT_FOUND);
      }
      if (cause instanceof ProcessEnginePersistenceException
          || cause instanceof PersistenceException
          || cause instanceof SQLException
          || cause instanceof org.springframework.dao.DataAccessException) {
        // two people storing the same thing at once (the second's row breaks a unique key): the
        // first one's is kept, the second is told to fetch it again; anything else is a fault
        return duplicateKey(cause) ? error(409, CONFLICT) : null;
      }
      if (cause instanceof AuthorizationException) {
        return error(403, FORBIDDEN);
      }
      if (cause instanceof NotFoundException
          || cause instanceof NullValueException
              && message
                  .toLowerCase(Locale.ROOT)
                  .matches(
                      "(?s).*(cannot find|can't find|not found|doesn't exist|does not exist|no .* found).*")) {
        return error(404, NOT_FOUND);
      }
      if (cause instanceof TaskAlreadyClaimedException) {
        return error(409, ALREADY_CLAIMED);
      }
      if (cause instanceof OptimisticLockingException) {
        return error(409, CONFLICT);
      }
      if (cause instanceof ParseException parse) {
        Response.ResponseBuilder builder =
            Response.status(400).type(MediaType.APPLICATION_JSON_TYPE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPES.get(400));
        body.put("message", PARSE);
        // Camunda Modeler shows the problems of the process owner's own model
        body.put(
            "details",
            org.camunda.bpm.engine.rest.dto.ParseExceptionDto.fromException(parse).getDetails());
        return builder.entity(body).build();
      }
      if (message.startsWith(ClientMistakes.WEAK_PASSWORD)) {
        return error(400, weakPassword());
      }
      if (message.startsWith("The task cannot be deleted because is part of a running process")) {
        return error(400, PROCESS_TASK);
      }
      Matcher limit = MAX_RESULTS.matcher(message);
      if (cause instanceof BadUserRequestException && limit.find()) {
        return error(
            400,
            "Der kan højst hentes "
                + limit.group(1)
                + " ad gangen: sæt maxResults til højst "
                + limit.group(1)
                + ".");
      }
      if (cause instanceof BadUserRequestException
          && message.contains("An unbound number of results is forbidden")) {
        return error(
            400,
            "Angiv, hvor mange der skal hentes ad gangen (maxResults, højst "
                + maxResultsLimit()
                + ").");
      }
      if (cause instanceof JsonProcessingException) {
        if (isTooLarge(cause)) {
          return error(400, TOO_LARGE);
        }
        return error(400, MALFORMED_JSON);
      }
      if (cause instanceof ParamException param
          && !(cause instanceof ParamException.PathParamException)) {
        return error(400, INVALID_PARAMETER + " (" + param.getParameterName() + ")");
      }
    }
    return null;
  }

  /**
   * Jackson's limits (text length, nesting depth, number length): the cause, or named in the
   * message.
   */
  private static boolean isTooLarge(Throwable json) {
    for (Throwable cause = json;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamConstraintsException
          || String.valueOf(cause.getMessage()).contains("exceeds the maximum allowed")) {
        return true;
      }
    }
    return false;
  }

  private static int statusOf(Throwable exception) {
    if (exception instanceof WebApplicationException web) {
      return web.getResponse().getStatus();
    }
    if (exception instanceof RestException rest && rest.getStatus() != null) {
      return rest.getStatus().getStatusCode();
    }
    if (exception instanceof BadUserRequestException || exception instanceof NotValidException) {
      return 400;
    }
    return 500;
  }

  private static String messageOf(int status) {
    return switch (status) {
      case 401 -> "Du skal logge ind.";
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> "Adressen tager ikke imod denne slags forespørgsel (HTTP-metode).";
      case 406 -> "Svaret kan ikke leveres i det format, der bedes om.";
      case 409 -> CONFLICT;
      case 413 -> TOO_LARGE;
      case 415 ->
          "Forespørgslens indhold mangler eller har et format, som adressen ikke tager imod. Intet er gemt.";
      default -> BAD_REQUEST;
    };
  }

  private String weakPassword() {
    PasswordPolicy policy =
        EngineRestGuard.restEngine().getProcessEngineConfiguration().getPasswordPolicy();
    if (policy == null || policy.getRules() == null || policy.getRules().isEmpty()) {
      return "Adgangskoden opfylder ikke kravene til adgangskoder. Intet er gemt.";
    }
    List<String> rules = policy.getRules().stream().map(ProductionAdministrator::danish).toList();
    return "Adgangskoden er for svag: den skal "
        + rules.stream().collect(Collectors.joining(", "))
        + ". Intet er gemt.";
  }

  private int maxResultsLimit() {
    return EngineRestGuard.restEngine().getProcessEngineConfiguration()
            instanceof org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration
        ? configuration.getQueryMaxResultsLimit()
        : Integer.MAX_VALUE;
  }

  // Jersey picks the mapper of the closest exception type, then the highest priority: one mapper
  // per type that
  // Camunda, Jersey or Jackson map themselves, each ahead of theirs, all answering alike.

  @Priority(Priorities.USER - 100)
  static class ForThrowable implements ExceptionMapper<Throwable> {
    private final EngineRestErrors mapper;

    ForThrowable(EngineRestErrors mapper) {
      this.mapper = mapper;
    }

    @Override
    public Response toResponse(Throwable exception) {
      return mapper.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  static class ForWebApplication implements ExceptionMapper<WebApplicationException> {
    private final EngineRestErrors mapper;

    ForWebApplication(EngineRestErrors mapper) {
      this.mapper = mapper;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
      return mapper.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  static class ForProcessEngine implements ExceptionMapper<ProcessEngineException> {
    private final EngineRestErrors mapper;

    ForProcessEngine(EngineRestErrors mapper) {
      this.mapper = mapper;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return mapper.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  static class ForRest implements ExceptionMapper<RestException> {
    private final EngineRestErrors mapper;

    ForRest(EngineRestErrors mapper) {
      this.mapper = mapper;
    }

    @Override
    public Response toResponse(RestException exception) {
      return mapper.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  static class ForJsonProcessing implements ExceptionMapper<JsonProcessingException> {
    private final EngineRestErrors mapper;

    ForJsonProcessing(EngineRestErrors mapper) {
      this.mapper = mapper;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
      return mapper.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  static class ForJsonParse implements ExceptionMapper<JsonParseException> {
    private final EngineRestErrors mapper;

    ForJsonParse(EngineRestErrors mapper) {
      this.mapper = mapper;
    }

    @Override
    public Response toResponse(JsonParseException exception) {
      return mapper.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  static class ForJsonMapping implements ExceptionMapper<JsonMappingException> {
    private final EngineRestErrors mapper;

    ForJsonMapping(EngineRestErrors mapper) {
      this.mapper = mapper;
    }

    @Override
    public Response toResponse(JsonMappingException exception) {
      return mapper.toResponse(exception);
    }
  }
}
