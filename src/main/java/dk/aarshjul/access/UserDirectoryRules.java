package dk.aarshjul.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import dk.aarshjul.organisation.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings an existing database to the directory rule of {@link GuardedIdentityProvider} at startup
 * (idempotent): the old grant that let every user read every user ({@code brugere} READ on user
 * "*") is removed, and each member of a working group becomes readable by that group. New
 * memberships get their grant when they are created.
 */
@Component
@Order(1)
class UserDirectoryRules implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(UserDirectoryRules.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final AccessRules access;

  public UserDirectoryRules(
      IdentityService identity, AuthorizationService authorizations, AccessRules access) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.access = access;
  }

  @Override
  public void run(ApplicationArguments args) {
    Authorization everyone =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(Groups.USERS)
            .resourceType(USER)
            .resourceId("*")
            .singleResult();
    if (everyone != null) {
      authorizations.deleteAuthorization(everyone.getId());
      LOG.info("Rettighed: gruppen {} læser ikke længere alle brugere", Groups.USERS);
    }
    for (Group group : identity.createGroupQuery().unlimitedList()) {
      if (GuardedIdentityProvider.isWorkingGroup(group.getId())) {
        for (User member :
            identity.createUserQuery().memberOfGroup(group.getId()).unlimitedList()) {
          access.grant(group.getId(), USER, member.getId(), READ);
        }
      }
    }
  }
}
