package dk.aarshjul.access;

import dk.aarshjul.organisation.Groups;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.batch.history.DeleteHistoricBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMigrationPlanCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricCaseInstancesBulkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.HistoryCleanupCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.TelemetryConfigureCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByDefinitionIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstanceByInstanceIdCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBatchCmd;
import org.camunda.bpm.engine.impl.dmn.cmd.DeleteHistoricDecisionInstancesBulkCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.springframework.stereotype.Component;

/**
 * Only the start event starts a process for users: every engine command that enters a process
 * somewhere else, moves it, or skips its listeners and input/output mappings is for administrators
 * only, whatever the caller's Camunda authorizations and whichever path it came by (engine-rest,
 * Tasklist, Cockpit, Java API). Otherwise a user allowed to start a process could start it just
 * before a decision with forged variables, and every listener after that point would trust them
 * (issue 13).
 *
 * <p>The check sits in the engine's command chain, outside the transaction, so nothing has been
 * done when it refuses. Commands without an authenticated user (the job executor running an
 * administrator's batch, Årshjul's own startup code) pass: their authority was checked when the
 * work was requested.
 *
 * <p>Planning a migration is part of migrating and is for administrators too. So is deleting
 * history: it is the audit trail of who decided what and when. So is managing jobs by hand: the
 * engine checks the rights for running a job only inside the job and records a refused run as a
 * failed attempt (anyone could count a job down to an incident), and it checks nothing for a job
 * without a process instance (anyone could delete the history cleanup or suspend a timer start
 * event).
 *
 * <p>BPMN errors and escalations thrown at a user task end or divert the process where no model
 * catches them; no model of Årshjul does, so they are refused for every user, administrators
 * included.
 */
@Component
class AdministratorOnlyCommands extends AbstractProcessEnginePlugin {

  static final String ADMIN_ONLY =
      "Kun en administrator må starte en proces et andet sted end ved dens start, flytte, "
          + "genstarte eller migrere en proces eller springe dens lyttere over. Intet er ændret.";
  static final String HISTORY =
      "Kun en administrator må slette historik: den er Årshjuls revisionsspor over, hvem der "
          + "besluttede hvad og hvornår. Intet er ændret.";
  static final String JOBS =
      "Kun en administrator må køre, slette, suspendere eller ændre motorens jobs (timere, "
          + "mails og asynkrone trin) i hånden. Intet er ændret.";
  static final String NO_BPMN_ERRORS =
      "Ingen af Årshjuls modeller fanger en BPMN-fejl eller -eskalering fra en "
          + "opgave: løs opgaven med dens formular. Intet er ændret.";

  /** Commands only administrators may run. */
  private static final List<Class<?>> ADMINISTRATORS_ONLY =
      List.of(
          StartProcessInstanceAtActivitiesCmd.class,
          ModifyProcessInstanceCmd.class,
          ModifyProcessInstanceAsyncCmd.class,
          ProcessInstanceModificationCmd.class,
          ProcessInstanceModificationBatchCmd.class,
          RestartProcessInstancesCmd.class,
          RestartProcessInstancesBatchCmd.class,
          CreateMigrationPlanCmd.class,
          MigrateProcessInstanceCmd.class,
          MigrateProcessInstanceBatchCmd.class,
          SetProcessDefinitionVersionCmd.class,
          // the engine's telemetry setting (a no-op in 7.24, but a setting of the whole
          // installation)
          TelemetryConfigureCmd.class);

  /**
   * Deleting history (the audit trail), one by one, in bulk, as a batch or by running the cleanup
   * now.
   */
  private static final List<Class<?>> HISTORY_DELETIONS =
      List.of(
          DeleteHistoricProcessInstancesCmd.class,
          DeleteHistoricProcessInstancesBatchCmd.class,
          DeleteHistoricTaskInstanceCmd.class,
          DeleteHistoricVariableInstanceCmd.class,
          DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class,
          DeleteHistoricDecisionInstancesBulkCmd.class,
          DeleteHistoricDecisionInstancesBatchCmd.class,
          DeleteHistoricDecisionInstanceByInstanceIdCmd.class,
          DeleteHistoricDecisionInstanceByDefinitionIdCmd.class,
          DeleteHistoricCaseInstanceCmd.class,
          DeleteHistoricCaseInstancesBulkCmd.class,
          DeleteHistoricBatchCmd.class,
          HistoryCleanupCmd.class);

  /** Commands nobody may run from outside the engine. */
  private static final List<Class<?>> NOBODY =
      List.of(HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class);

  /**
   * Flags of a deployment's deletion that reach into running instances (cascade) or skip their
   * listeners.
   */
  private static final List<String> DELETE_DEPLOYMENT_FLAGS =
      List.of("cascade", "skipCustomListeners", "skipIoMappings");

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setCustomPreCommandInterceptorsTxRequired(
        prepend(new Guard(), configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        prepend(new Guard(), configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> prepend(
      CommandInterceptor first, List<CommandInterceptor> rest) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(first);
    if (rest != null) {
      interceptors.addAll(rest);
    }
    return interceptors;
  }

  /**
   * Whether the authenticated user is an administrator: member of camunda-admin or an engine admin
   * user or group. The one test of it for Årshjul's own rules (commands here, the user directory in
   * {@link GuardedIdentityProvider}).
   */
  static boolean isAdministrator(
      Authentication authentication, ProcessEngineConfigurationImpl configuration) {
    if (configuration.getAdminUsers() != null
        && configuration.getAdminUsers().contains(authentication.getUserId())) {
      return true;
    }
    List<String> groups =
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (groups.contains(Groups.ADMIN)) {
      return true;
    }
    return configuration.getAdminGroups() != null
        && groups.stream().anyMatch(configuration.getAdminGroups()::contains);
  }

  class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
      if (authentication != null && authentication.getUserId() != null) {
        if (NOBODY.contains(command.getClass())) {
          throw new RefusedActionException(NO_BPMN_ERRORS);
        }
        if (!isAdministrator(authentication, configuration) && managesJobs(command)) {
          throw new RefusedActionException(JOBS);
        }
        if (!isAdministrator(authentication, configuration)
            && command instanceof FailedJobListener) {
          // the engine records every failed run of a job, also the one refused just above: a
          // refused run is no
          // attempt, so the job keeps its retries
          return null;
        }
        if (!isAdministrator(authentication, configuration)
            && HISTORY_DELETIONS.contains(command.getClass())) {
          throw new RefusedActionException(HISTORY);
        }
        if (!isAdministrator(authentication, configuration)
            && (ADMINISTRATORS_ONLY.contains(command.getClass())
                || command instanceof DeleteDeploymentCmd deletion
                    && reachesIntoInstances(deletion))) {
          throw new RefusedActionException(ADMIN_ONLY);
        }
      }
      return next.execute(command);
    }
  }

  /**
   * Running, deleting, suspending, rescheduling or re-prioritising jobs by hand. The engine checks
   * a job's process instance rights, so a job without one (a timer start event, the history
   * cleanup) was open to every user.
   */
  private static boolean managesJobs(Command<?> command) {
    return command instanceof ExecuteJobsCmd
        || command instanceof DeleteJobCmd
        || command instanceof SetJobRetriesCmd
        || command instanceof AbstractSetJobsRetriesBatchCmd
        || command instanceof SetJobDuedateCmd
        || command instanceof RecalculateJobDuedateCmd
        || command instanceof SetJobPriorityCmd
        || command instanceof SetJobDefinitionPriorityCmd
        || command instanceof AbstractSetJobStateCmd
        || command instanceof AbstractSetJobDefinitionStateCmd;
  }

  private static boolean reachesIntoInstances(DeleteDeploymentCmd deletion) {
    for (String flag : DELETE_DEPLOYMENT_FLAGS) {
      try {
        Field field = DeleteDeploymentCmd.class.getDeclaredField(flag);
        field.setAccessible(true);
        if (field.getBoolean(deletion)) {
          return true;
        }
      } catch (ReflectiveOperationException e) {
        // a Camunda upgrade renamed the flag: refuse rather than let it through unchecked
        return true;
      }
    }
    return false;
  }
}
