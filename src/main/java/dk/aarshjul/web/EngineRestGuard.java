package dk.aarshjul.web;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.dto.task.CommentDto;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Answers what engine-rest itself would answer with HTTP 500 or an engine error in the log, before
 * the engine runs: paging parameters that are not whole numbers from 0 ({@code firstResult=-5}
 * reached the database), a task that does not exist (any more: Tasklist reads a task's variables
 * right after completing it) and deleting a task the caller cannot see (404, as if it did not
 * exist) or one that belongs to a process (400); an open task's comments go to everyone who may
 * read the task. It also keeps the engine's operating data to those who run it: {@code /version}
 * (what Camunda Modeler asks before it deploys) only for those who may deploy, {@code /metrics}
 * only for those who may open Cockpit, both derived from AccessRules' grants. Registered on
 * /engine-rest and on the webapps' /camunda/api/engine (WebappEngineApi).
 */
@Component
class EngineRestGuard implements ContainerRequestFilter, ResourceConfigCustomizer {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestGuard.class);

  static final String PAGING =
      "firstResult og maxResults skal være hele tal fra 0 og opefter. Intet er gemt.";
  static final String TASK_NOT_FOUND =
      "Opgaven findes ikke (længere): den kan være udført eller slettet, eller du "
          + "har ikke adgang til den.";
  static final String NO_MODEL =
      "En udrulning sendes som multipart/form-data med mindst én model, sådan som Camunda "
          + "Modeler gør. Intet er udrullet.";
  static final String VERSION =
      "Du har ikke adgang til motorens version: den er for procesejere og administratorer.";
  static final String METRICS =
      "Du har ikke adgang til motorens driftstal: de er for brugere med adgang til Cockpit.";

  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

  /** Sub-resources of /task that are not a task id. */
  private static final Set<String> TASK_COLLECTION_PATHS = Set.of("create", "count", "report");

  @Override
  public void customize(ResourceConfig config) {
    config.register(this);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    for (String parameter : List.of("firstResult", "maxResults")) {
      for (String value : query.getOrDefault(parameter, List.of())) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
          refuse(request, 400, PAGING);
          return;
        }
      }
    }
    List<PathSegment> segments = request.getUriInfo().getPathSegments();
    // /engine/{name}/… names the engine; Årshjul runs one
    int start = segments.size() > 2 && "engine".equals(segments.get(0).getPath()) ? 2 : 0;
    String resource = segments.size() > start ? segments.get(start).getPath() : "";
    switch (resource) {
      case "version" -> {
        if (!isAuthorized(CREATE, DEPLOYMENT, "*")) {
          refuse(request, 403, VERSION);
        }
      }
      case "metrics" -> {
        if (!isAuthorized(ACCESS, APPLICATION, "cockpit")) {
          refuse(request, 403, METRICS);
        }
      }
      case "deployment" -> {
        boolean creates =
            segments.size() == start + 2 && "create".equals(segments.get(start + 1).getPath());
        MediaType type = request.getMediaType();
        if (creates
            && (!request.hasEntity()
                || type == null
                || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
          refuse(request, 400, NO_MODEL);
        }
      }
      case "task" -> {
        if (segments.size() > start + 1
            && !TASK_COLLECTION_PATHS.contains(segments.get(start + 1).getPath())) {
          checkTask(request, segments.get(start + 1).getPath());
        }
      }
      default -> {}
    }
  }

  private void checkTask(ContainerRequestContext request, String taskId) {
    if (taskId.isEmpty()) {
      return;
    }
    ProcessEngine processEngine = restEngine();
    // existence only, without the caller's authorizations: whether they may read it is the engine's
    // to answer
    TaskEntity task =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired()
            .execute(context -> context.getTaskManager().findTaskById(taskId));
    if (task == null) {
      refuse(request, 404, TASK_NOT_FOUND);
      return;
    }
    List<PathSegment> path = request.getUriInfo().getPathSegments();
    if (HttpMethod.GET.equals(request.getMethod())
        && "comment".equals(path.get(path.size() - 1).getPath())
        && path.get(path.size() - 2).getPath().equals(taskId)) {
      answerComments(request, processEngine, taskId);
      return;
    }
    boolean deletesTask =
        HttpMethod.DELETE.equals(request.getMethod())
            && request
                .getUriInfo()
                .getPathSegments()
                .get(request.getUriInfo().getPathSegments().size() - 1)
                .getPath()
                .equals(taskId);
    if (deletesTask) {
      if (processEngine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
        refuse(request, 404, TASK_NOT_FOUND);
      } else if (task.getProcessInstanceId() != null) {
        refuse(request, 400, EngineRestErrors.PROCESS_TASK);
      }
    }
  }

  /**
   * The comments of an open task (Tasklist's "Historik": who escalated it and why) for everyone who
   * may read the task. engine-rest itself first looks the task up in the history, which needs
   * READ_HISTORY on the whole process definition: the contract holder whose task it is and the
   * group chief it was escalated to (who may read it) got 404. Whether the caller may read it is
   * the task query's answer, with the caller's authorizations; who may not gets engine-rest's own
   * answer.
   */
  private static void answerComments(
      ContainerRequestContext request, ProcessEngine processEngine, String taskId) {
    if (processEngine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      return;
    }
    List<CommentDto> comments =
        processEngine.getTaskService().getTaskComments(taskId).stream()
            .map(CommentDto::fromComment)
            .toList();
    request.abortWith(Response.ok(comments, MediaType.APPLICATION_JSON_TYPE).build());
  }

  private boolean isAuthorized(Permission permission, Resource resource, String resourceId) {
    ProcessEngine processEngine = restEngine();
    Authentication caller = processEngine.getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return false;
    }
    return processEngine
        .getAuthorizationService()
        .isUserAuthorized(
            caller.getUserId(), caller.getGroupIds(), permission, resource, resourceId);
  }

  private static void refuse(ContainerRequestContext request, int status, String message) {
    LOG.debug(
        "engine-rest afviste {} {} ({})",
        request.getMethod(),
        request.getUriInfo().getPath(),
        status);
    request.abortWith(EngineRestErrors.error(status, message));
  }

  /**
   * The engine engine-rest serves, looked up as engine-rest itself looks it up (by name, through
   * its engine provider): the one whose authentication the request carries. In the application that
   * is the one engine.
   */
  static ProcessEngine restEngine() {
    return EngineUtil.lookupProcessEngine(null);
  }
}
