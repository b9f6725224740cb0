package dk.aarshjul.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.aarshjul.process.FormSubmissionValidator.Submitted;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates every task completion and every process start by a user against the deployed Camunda
 * Form (see {@link FormSubmissionValidator}). The form is the one deployed with the process
 * (process owners redeploy forms), read inside the engine's command without authorization checks:
 * the caller was already allowed to complete the task or start the process. Parsed forms are cached
 * per deployed form definition, and a form bound to its deployment (every model's binding) also per
 * deployment and key, so a task's form is looked up in the database once, not at every open and
 * submission.
 */
public final class SubmittedForms {

  private static final Logger LOG = LoggerFactory.getLogger(SubmittedForms.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, FormSchema> SCHEMAS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 500;
  private static final FormSchema NO_FORM = new FormSchema(null, Map.of());

  /**
   * The state an entity had when it was loaded in this command; Camunda keeps it to find what to
   * update.
   */
  private static final Field LOADED_STATE = loadedStateField();

  private SubmittedForms() {}

  /** What is left to check after the listener's own checks. */
  public interface RequiredCheck {
    RequiredCheck NONE = () -> {};

    /** Rejects a missing required field. */
    void checkRequired();
  }

  /**
   * On complete: the task's local variables are the form's fields (the listener prefilled them, a
   * submission updates them). Rejects a changed variable that is not an input field of the form,
   * and any input field whose value the form could not have sent.
   */
  public static RequiredCheck checkTask(DelegateTask task) {
    TaskEntity entity = (TaskEntity) task;
    CommandContext commandContext = Context.getCommandContext();
    FormSchema schema = taskSchema(task);
    DbEntityCache cache = commandContext.getDbEntityManager().getDbEntityCache();
    List<Submitted> variables = new ArrayList<>();
    for (CoreVariableInstance instance : entity.getVariableInstancesLocal()) {
      VariableInstanceEntity variable = (VariableInstanceEntity) instance;
      Submitted submitted = submitted(variable, cache);
      if (!schema.fields().containsKey(variable.getName())
          && !submitted.changed()
          && updatedSinceCreated(variable, commandContext)) {
        // a variable the form only shows (a text, the options of a choice) was changed before this
        // completion, e.g. by
        // PUT /task/{id}/localVariables: the listener set it once, when the task was created
        submitted =
            new Submitted(submitted.name(), submitted.value(), true, MissingNode.getInstance());
      }
      variables.add(submitted);
    }
    FormSubmissionValidator.checkSubmission(
        schema, variables, key -> options(task.getVariableTyped(key, true)));
    return () ->
        FormSubmissionValidator.checkRequired(
            schema, key -> task.getVariableLocalTyped(key, false));
  }

  /**
   * On create, after the listener's prefill: a list field (dynamic list, checklist, tag list) the
   * listener set to an untyped null is set to an empty Json array. Tasklist submits a field with
   * the type of the variable it was prefilled with, and a list sent as type Null is refused before
   * any listener can read it, so the form could never be completed. A Json null is left as it is:
   * it is submitted as Json, and form-js opens its list with a row to fill in.
   */
  public static void prefillEmptyLists(DelegateTask task) {
    FormSchema schema = taskSchema(task);
    schema.fields().values().stream()
        .filter(
            field ->
                field.kind() == FormSchema.Kind.LIST
                    || field.kind() == FormSchema.Kind.MULTI_CHOICE)
        .filter(
            field ->
                task.hasVariableLocal(field.key())
                    && task.getVariableLocalTyped(field.key()) != null
                    && task.getVariableLocalTyped(field.key()).getType()
                        == org.camunda.bpm.engine.variable.type.ValueType.NULL)
        .forEach(
            field ->
                task.setVariableLocal(
                    field.key(),
                    org.camunda.spin.plugin.variable.SpinValues.jsonValue("[]").create()));
  }

  /**
   * On the start event: a process started by a user with the start form may hold only the form's
   * fields. A start from a call activity, from another command (a delegate, a job) or by the job
   * executor submits no start form and is not checked.
   */
  public static RequiredCheck checkStart(DelegateExecution execution) {
    if (!startedByUser(execution)) {
      return RequiredCheck.NONE;
    }
    ExecutionEntity instance = ((ExecutionEntity) execution).getProcessInstance();
    CommandContext commandContext = Context.getCommandContext();
    FormSchema schema =
        schema(
            commandContext,
            () -> new GetStartFormCmd(instance.getProcessDefinitionId()).execute(commandContext),
            "start of " + instance.getProcessDefinitionId());
    List<Submitted> variables = new ArrayList<>();
    Map<String, TypedValue> snapshot = new HashMap<>();
    for (CoreVariableInstance variable : instance.getVariableInstancesLocal()) {
      TypedValue value = ((VariableInstanceEntity) variable).getTypedValue(false);
      variables.add(new Submitted(variable.getName(), value, true, MissingNode.getInstance()));
      snapshot.put(variable.getName(), value);
    }
    // a start form cannot have options prefilled in variables: valuesKey options are empty
    FormSubmissionValidator.checkSubmission(schema, variables, key -> Set.of());
    // the listener may replace the submitted fields by ids, so the required check reads what was
    // submitted
    return () -> FormSubmissionValidator.checkRequired(schema, snapshot::get);
  }

  /**
   * Whether this start is a user's (Tasklist, engine-rest, or the Java API with an authenticated
   * user): a command of its own, not inside another one. Code without a user is trusted, as the
   * engine's authorization trusts it.
   */
  static boolean startedByUser(DelegateExecution execution) {
    ExecutionEntity instance = ((ExecutionEntity) execution).getProcessInstance();
    return instance.getSuperExecution() == null
        && instance.getSuperCaseExecution() == null
        && Context.getJobExecutorContext() == null
        && CommandStack.depth() == 1
        && Context.getCommandContext().getAuthenticatedUserId() != null;
  }

  // ---- the deployed form
  // ------------------------------------------------------------------------------------

  private static final Map<String, Set<String>> FIELDS_OF_TASK = new ConcurrentHashMap<>();

  /**
   * Whether the task-local variable is one the task's form only shows (a text, the options of a
   * choice, what the task concerns): no input field of the form has its name. Read in the running
   * command; the form's fields are kept per task while it is open. A variable of a task without a
   * Camunda Form, or whose form cannot be read, counts as an input.
   */
  public static boolean isDisplayOnly(VariableInstanceEntity variable) {
    String taskId = variable.getTaskId();
    if (taskId == null) {
      return false;
    }
    Set<String> fields = FIELDS_OF_TASK.get(taskId);
    if (fields == null) {
      CommandContext commandContext = Context.getCommandContext();
      TaskEntity task =
          commandContext == null ? null : commandContext.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return false;
      }
      try {
        FormSchema schema = taskSchema(task);
        if (schema == NO_FORM) {
          return false;
        }
        fields = Set.copyOf(schema.fields().keySet());
      } catch (RuntimeException e) {
        return false;
      }
      if (FIELDS_OF_TASK.size() >= MAX_CACHED * 4) {
        FIELDS_OF_TASK.clear();
      }
      FIELDS_OF_TASK.put(taskId, fields);
    }
    return !fields.contains(variable.getName());
  }

  /** The Camunda Form deployed for the task, read in the running command. */
  private static FormSchema taskSchema(DelegateTask task) {
    CommandContext commandContext = Context.getCommandContext();
    return schema(
        commandContext,
        () -> new GetTaskFormCmd(task.getId()).execute(commandContext),
        "task " + task.getTaskDefinitionKey());
  }

  private static FormSchema schema(
      CommandContext commandContext,
      java.util.concurrent.Callable<FormData> formData,
      String what) {
    return commandContext.runWithoutAuthorization(
        () -> {
          FormData data = formData.call();
          CamundaFormRef ref = data == null ? null : data.getCamundaFormRef();
          if (ref == null) {
            LOG.warn("The {} has no Camunda Form: every submitted field is rejected", what);
            return NO_FORM;
          }
          // a form bound to its deployment never changes: no query for it after the first
          String deployed =
              "deployment".equals(ref.getBinding())
                  ? data.getDeploymentId() + "|" + ref.getKey()
                  : null;
          FormSchema known = deployed == null ? null : SCHEMAS.get(deployed);
          if (known != null) {
            return known;
          }
          CamundaFormDefinition definition =
              new GetCamundaFormDefinitionCmd(ref, data.getDeploymentId()).execute(commandContext);
          if (definition == null) {
            throw new InvalidSubmissionException(
                ref.getKey(), "Formularen '" + ref.getKey() + "' er ikke udrullet. Intet er gemt.");
          }
          FormSchema cached = SCHEMAS.get(definition.getId());
          if (cached != null) {
            if (deployed != null) {
              SCHEMAS.put(deployed, cached);
            }
            return cached;
          }
          ResourceEntity resource =
              commandContext
                  .getResourceManager()
                  .findResourceByDeploymentIdAndResourceName(
                      definition.getDeploymentId(), definition.getResourceName());
          FormSchema schema;
          try {
            schema = FormSchema.parse(new String(resource.getBytes(), StandardCharsets.UTF_8));
          } catch (IllegalArgumentException e) {
            LOG.error(
                "The form {} ({}) cannot be checked: {}",
                ref.getKey(),
                definition.getId(),
                e.getMessage());
            throw new InvalidSubmissionException(
                ref.getKey(),
                "Formularen '"
                    + ref.getKey()
                    + "' indeholder et felt, som ikke kan kontrolleres ("
                    + e.getMessage()
                    + "). Kontakt den, der har udrullet formularen. Intet er gemt.");
          }
          if (SCHEMAS.size() >= MAX_CACHED) {
            SCHEMAS.clear();
          }
          SCHEMAS.put(definition.getId(), schema);
          if (deployed != null) {
            SCHEMAS.put(deployed, schema);
          }
          return schema;
        });
  }

  /**
   * The values of an options variable: a Json array of {label, value} objects or of plain values.
   */
  static Set<String> options(TypedValue typed) {
    Object value = typed == null ? null : typed.getValue();
    String json =
        value instanceof SpinJsonNode node
            ? node.toString()
            : value instanceof String text ? text : null;
    Set<String> values = new LinkedHashSet<>();
    if (json == null || json.isBlank()) {
      return values;
    }
    try {
      JsonNode node = JSON.readTree(json);
      if (node != null && node.isArray()) {
        for (JsonNode option : node) {
          values.add(option.isObject() ? option.path("value").asText() : option.asText());
        }
      }
    } catch (IOException e) {
      LOG.warn("An options variable is not Json: {}", e.getMessage());
    }
    return values;
  }

  // ---- what this command changed
  // --------------------------------------------------------------------------------

  private static Submitted submitted(VariableInstanceEntity variable, DbEntityCache cache) {
    CachedDbEntity cached = cache.getCachedEntity(variable);
    TypedValue value = variable.getTypedValue(false);
    if (cached == null || cached.getEntityState() == DbEntityState.TRANSIENT) {
      return new Submitted(variable.getName(), value, true, MissingNode.getInstance());
    }
    boolean changed =
        cached.isDirty()
            || changed(
                cache.getCachedEntity(ByteArrayEntity.class, variable.getByteArrayValueId()));
    return new Submitted(
        variable.getName(), value, changed, changed ? loadedValue(cached, cache) : null);
  }

  /**
   * Whether the variable (or its byte array) was updated in an earlier command: rows start at
   * revision 1.
   */
  private static boolean updatedSinceCreated(
      VariableInstanceEntity variable, CommandContext commandContext) {
    if (variable.getRevision() > 1) {
      return true;
    }
    String byteArrayId = variable.getByteArrayValueId();
    if (byteArrayId == null) {
      return false;
    }
    ByteArrayEntity byteArray =
        commandContext.getDbEntityManager().selectById(ByteArrayEntity.class, byteArrayId);
    return byteArray != null && byteArray.getRevision() > 1;
  }

  private static boolean changed(CachedDbEntity byteArray) {
    return byteArray != null
        && (byteArray.getEntityState() == DbEntityState.TRANSIENT || byteArray.isDirty());
  }

  /** The variable's value as it was loaded (as Json); missing when it cannot be told. */
  private static JsonNode loadedValue(CachedDbEntity cached, DbEntityCache cache) {
    if (!(loadedState(cached) instanceof Map<?, ?> state)) {
      return MissingNode.getInstance();
    }
    String serializer = String.valueOf(state.get("serializerName"));
    Object text = state.get("textValue");
    Object number = state.get("longValue");
    return switch (serializer) {
      case "null" -> NullNode.getInstance();
      case "string" -> text == null ? NullNode.getInstance() : TextNode.valueOf(text.toString());
      case "integer", "long", "short" ->
          number == null
              ? NullNode.getInstance()
              : DecimalNode.valueOf(new BigDecimal(number.toString()));
      default -> {
        Object byteArrayId = state.get("byteArrayValueId");
        if (!serializer.contains("json") || byteArrayId == null) {
          yield MissingNode.getInstance();
        }
        CachedDbEntity byteArray =
            cache.getCachedEntity(ByteArrayEntity.class, byteArrayId.toString());
        Object bytes = byteArray == null ? null : loadedState(byteArray);
        if (!(bytes instanceof byte[] loaded)) {
          yield MissingNode.getInstance();
        }
        try {
          JsonNode node = JSON.readTree(new String(loaded, StandardCharsets.UTF_8));
          yield node == null ? NullNode.getInstance() : node;
        } catch (IOException e) {
          yield MissingNode.getInstance();
        }
      }
    };
  }

  private static Object loadedState(CachedDbEntity cached) {
    if (LOADED_STATE == null) {
      return null;
    }
    try {
      return LOADED_STATE.get(cached);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  private static Field loadedStateField() {
    try {
      Field field = CachedDbEntity.class.getDeclaredField("copy");
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // read-only fields then count as changed whenever submitted: a Tasklist submission of such a
      // form is rejected,
      // which the tests of this class show at once after a Camunda upgrade
      LOG.error(
          "Cannot read Camunda's loaded entity state; read-only form fields cannot be compared", e);
      return null;
    }
  }

  /**
   * How many engine commands run on this thread: 1 when the current command was called from outside
   * the engine.
   */
  private static final class CommandStack extends Context {
    static int depth() {
      return getStack(commandInvocationContextThreadLocal).size();
    }
  }
}
