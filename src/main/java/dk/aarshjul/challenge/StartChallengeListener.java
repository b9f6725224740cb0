package dk.aarshjul.challenge;

import static dk.aarshjul.challenge.ChallengeVariables.*;

import dk.aarshjul.process.SubmittedForms;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On start: stores the challenge for the unit the starting user holds, keeps only its ids in the
 * process (the texts live in the challenge table) and sets a readable business key.
 */
@Component("startChallengeListener")
class StartChallengeListener implements ExecutionListener {

  private final ChallengeService challenges;

  public StartChallengeListener(ChallengeService challenges) {
    this.challenges = challenges;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // only the start form's fields, with their types and sizes
    SubmittedForms.RequiredCheck required = SubmittedForms.checkStart(execution);
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    Challenge challenge =
        challenges.submit(
            authentication == null ? null : authentication.getUserId(),
            execution.getVariable(UNIT_CODE),
            execution.getVariable(KIND),
            execution.getVariable(SUBJECT),
            execution.getVariable(REASON),
            execution.getVariable(PROPOSED_CHANGE));
    execution.removeVariables(Set.of(KIND, SUBJECT, REASON, PROPOSED_CHANGE));
    execution.setVariable(CHALLENGE_ID, challenge.getId());
    execution.setVariable(UNIT_CODE, challenge.getUnit().getCode());
    execution.setProcessBusinessKey(challenge.businessKey());
    required.checkRequired();
  }
}
