package dk.aarshjul.models.slagelse;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Åbn året for udviklingsaftaler": the year opens once the common goals are registered. */
@Component("openAgreementYearDelegate")
class OpenAgreementYearDelegate implements JavaDelegate {

  private final SlagelseYear year;

  OpenAgreementYearDelegate(SlagelseYear year) {
    this.year = year;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    year.openForAgreements(
        ((Number) execution.getVariable(SlagelseVariables.PERIOD_ID)).longValue(),
        authentication == null ? "direktion" : authentication.getUserId());
  }
}
