package dk.aarshjul.contract;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dialogue minutes an open "Skriv udviklingsaftalen" task shows up to date: the task is
 * created when the year opens, before the committee has met the unit, so each meeting's minutes are
 * added to the form of the units that took part as soon as they are stored.
 *
 * <p>The text is replaced by a new variable in two engine commands, after the meeting's transaction
 * has committed: the completion check counts a display-only variable updated after its creation as
 * changed by a client, and the engine revives a variable removed and set again in one command as an
 * update. The secretariat registering the meeting may not read the units' tasks, so the engine's
 * authorization checks are not applied: what is written comes from the domain, not from the user.
 */
@Component
class DraftAgreementDialogueRefresh {

  static final String DRAFT_TASK = "Task_DraftAgreement";

  private final Agreements agreements;
  private final TaskService tasks;
  private final ProcessEngineConfigurationImpl engine;
  private final TransactionTemplate newTransaction;

  DraftAgreementDialogueRefresh(
      Agreements agreements,
      TaskService tasks,
      ProcessEngineConfigurationImpl engine,
      PlatformTransactionManager transactions) {
    this.agreements = agreements;
    this.tasks = tasks;
    this.engine = engine;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener
  void minutesWritten(CommitteeDialogueMinutes.Written written) {
    newTransaction.executeWithoutResult(
        status -> {
          Map<DevelopmentContract, String> infos =
              agreements.dialogueInfoOfDrafts(written.unitIds(), written.year());
          infos.forEach(
              (contract, info) -> {
                List<String> open =
                    withoutAuthorization(
                        () -> {
                          List<String> ids =
                              tasks
                                  .createTaskQuery()
                                  .processDefinitionKey(ContractVariables.PROCESS_KEY)
                                  .taskDefinitionKey(DRAFT_TASK)
                                  // the business key finds the instance by an index; the
                                  // contract id alone would scan every process variable
                                  .processInstanceBusinessKey(contract.businessKey())
                                  .processVariableValueEquals(
                                      ContractVariables.CONTRACT_ID, contract.getId())
                                  .active()
                                  .list()
                                  .stream()
                                  .map(Task::getId)
                                  .toList();
                          ids.forEach(
                              id -> tasks.removeVariableLocal(id, ContractVariables.DIALOGUE_INFO));
                          return ids;
                        });
                withoutAuthorization(
                    () -> {
                      open.forEach(
                          id -> tasks.setVariableLocal(id, ContractVariables.DIALOGUE_INFO, info));
                      return null;
                    });
              });
        });
  }

  private <T> T withoutAuthorization(Supplier<T> work) {
    return engine
        .getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work::get));
  }
}
