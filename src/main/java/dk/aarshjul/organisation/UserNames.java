package dk.aarshjul.organisation;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The name Årshjul shows for a user in a form ("Indsendt af", "Afgjort af"): looked up by Årshjul
 * itself, not with the reader's rights — a contract holder does not read the directorate's user
 * records (issue 13), but reads who decided her challenge. Only the name leaves here, never an
 * e-mail address.
 */
@Component
public class UserNames {

  private final ProcessEngine engine;

  public UserNames(ProcessEngine engine) {
    this.engine = engine;
  }

  /** "Mette Skov" for a known user, the user id for an unknown one, "ukendt" for none. */
  public String displayName(String userId) {
    if (userId == null) {
      return "ukendt";
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    User user =
        configuration
            .getCommandExecutorTxRequired()
            .execute(
                context ->
                    context.runWithoutAuthorization(
                        () -> context.getReadOnlyIdentityProvider().findUserById(userId)));
    if (user == null) {
      return userId;
    }
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? userId : name;
  }

  /**
   * The ids of a group's members, sorted: who a meeting invites through its units' leader groups.
   * Looked up by Årshjul itself, like the names.
   */
  public java.util.List<String> members(String groupId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            context ->
                context.runWithoutAuthorization(
                    () ->
                        engine
                            .getIdentityService()
                            .createUserQuery()
                            .memberOfGroup(groupId)
                            .unlimitedList()
                            .stream()
                            .map(User::getId)
                            .sorted()
                            .toList()));
  }
}
