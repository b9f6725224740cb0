package dk.aarshjul.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import dk.aarshjul.organisation.Groups;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider with Årshjul's rules for logins and the user directory,
 * enforced in the engine so that engine-rest, the webapps and the Java API behave alike.
 *
 * <ul>
 *   <li><b>No account lock.</b> Camunda locks an account for everyone after {@code
 *       loginMaxAttempts} wrong passwords until an administrator unlocks it; anyone could lock out
 *       the only administrator. Here a wrong password never locks (the stored lock of an existing
 *       database is ignored and cleared at the next right password); guessing is slowed per user
 *       and client by {@link LoginThrottle} instead.
 *   <li><b>A password is checked only for oneself.</b> With an authenticated user (engine-rest
 *       {@code POST /identity/verify}, the Java API inside a user's request), checking another
 *       user's password is refused. Logins check the password before anyone is authenticated and
 *       are not affected.
 *   <li><b>Users do not rewrite their own name or e-mail.</b> Camunda grants every user ALL on
 *       their own user resource; a user who is not an administrator may still change their
 *       password, but a save that changes first name, last name or e-mail is refused.
 *   <li><b>The directory shows what users need.</b> Each user reads themselves; the members of a
 *       working group (a unit's contract holder, board or MED group, an area's group chief or
 *       secretariat, the directorate, the council secretariat) read each other's names through a
 *       grant per membership, maintained here when memberships change; role-wide groups (all users,
 *       all contract holders …) grant nothing. Other people's e-mail addresses are returned blank
 *       to anyone but administrators, as copies (cached entities are never changed); who is an
 *       administrator cannot be listed by anyone else.
 * </ul>
 */
public class GuardedIdentityProvider extends DbIdentityServiceProvider {

  static final String VERIFY_OTHERS_REFUSED = "Du kan kun kontrollere din egen adgangskode.";
  static final String PROFILE_REFUSED =
      "Dit navn og din e-mailadresse vedligeholdes af en administrator og kan ikke ændres her.";

  /**
   * Working groups whose members read each other's names: per unit, per area, and the two
   * committees.
   */
  private static final Pattern WORKING_GROUP =
      Pattern.compile("(kontraktholder|bestyrelse|med|koncernchef|fagsekretariat)-[a-z0-9-]+");

  private static final Set<String> WORKING_COMMITTEES =
      Set.of(Groups.DIRECTORATE, Groups.COUNCIL_SECRETARIAT);

  /**
   * Whether the members of this group read each other's names (role-wide groups and administrators
   * do not).
   */
  public static boolean isWorkingGroup(String groupId) {
    return groupId != null
        && (WORKING_COMMITTEES.contains(groupId) || WORKING_GROUP.matcher(groupId).matches());
  }

  // logins
  // ///////////////////////////////////////////////////////////////////////////////////////////////////

  @Override
  public boolean checkPassword(String userId, String password) {
    Authentication caller = caller();
    if (caller != null && caller.getUserId() != null && !caller.getUserId().equals(userId)) {
      throw new RefusedActionException(VERIFY_OTHERS_REFUSED);
    }
    return super.checkPassword(userId, password);
  }

  @Override
  protected boolean isUserLocked(UserEntity user) {
    return false;
  }

  @Override
  protected void lockUser(UserEntity user) {
    // a wrong password never locks the account: LoginThrottle slows the caller instead
  }

  // profile
  // //////////////////////////////////////////////////////////////////////////////////////////////////

  @Override
  public IdentityOperationResult saveUser(User user) {
    UserEntity entity = (UserEntity) user;
    Authentication caller = caller();
    if (entity.getRevision() != 0 && caller != null && !isAdministrator(caller)) {
      // compare with the row as stored, read past the command's entity cache
      UserEntity stored = (UserEntity) getDbSqlSession().selectOne("selectUser", entity.getId());
      if (stored != null
          && (!Objects.equals(stored.getFirstName(), entity.getFirstName())
              || !Objects.equals(stored.getLastName(), entity.getLastName())
              || !Objects.equals(stored.getEmail(), entity.getEmail()))) {
        throw new RefusedActionException(PROFILE_REFUSED);
      }
    }
    return super.saveUser(user);
  }

  // directory
  // ////////////////////////////////////////////////////////////////////////////////////////////////

  @Override
  public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
    Authentication caller = restrictedCaller();
    if (caller != null && Groups.ADMIN.equals(query.getGroupId())) {
      // the list of administrators is for administrators
      return List.of();
    }
    List<User> users = super.findUserByQueryCriteria(query);
    if (caller == null) {
      return users;
    }
    boolean byEmail = query.getEmail() != null || query.getEmailLike() != null;
    return users.stream()
        // searching by e-mail finds only oneself: the address of others is not theirs to test
        .filter(user -> !byEmail || caller.getUserId().equals(user.getId()))
        .map(user -> caller.getUserId().equals(user.getId()) ? user : withoutEmail(user))
        .toList();
  }

  @Override
  public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
    Authentication caller = restrictedCaller();
    if (caller != null && Groups.ADMIN.equals(query.getGroupId())) {
      return 0;
    }
    if (caller != null && (query.getEmail() != null || query.getEmailLike() != null)) {
      return findUserByQueryCriteria(query).size();
    }
    return super.findUserCountByQueryCriteria(query);
  }

  @Override
  public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
    Authentication caller = restrictedCaller();
    if (caller != null && isOtherUser(caller, query.getUserId())) {
      // another user's groups would tell who the administrators are
      return List.of();
    }
    return super.findGroupByQueryCriteria(query);
  }

  @Override
  public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
    Authentication caller = restrictedCaller();
    if (caller != null && isOtherUser(caller, query.getUserId())) {
      return 0;
    }
    return super.findGroupCountByQueryCriteria(query);
  }

  // memberships: who reads whose name
  // ///////////////////////////////////////////////////////////////////////

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    IdentityOperationResult result = super.createMembership(userId, groupId);
    if (isWorkingGroup(groupId)) {
      grantNameToGroup(userId, groupId);
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    IdentityOperationResult result = super.deleteMembership(userId, groupId);
    revokeNameFromGroup(userId, groupId);
    return result;
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    List<String> members =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    createUserQuery().memberOfGroup(groupId).list().stream()
                        .map(User::getId)
                        .toList());
    IdentityOperationResult result = super.deleteGroup(groupId);
    members.forEach(member -> revokeNameFromGroup(member, groupId));
    return result;
  }

  /**
   * The members of the group may read the user (their names; the e-mail stays hidden). Idempotent.
   */
  void grantNameToGroup(String userId, String groupId) {
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              AuthorizationManager authorizations =
                  Context.getCommandContext().getAuthorizationManager();
              AuthorizationEntity grant =
                  authorizations.findAuthorizationByGroupIdAndResourceId(
                      AUTH_TYPE_GRANT, groupId, Resources.USER, userId);
              if (grant == null) {
                grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
                grant.setGroupId(groupId);
                grant.setResource(Resources.USER);
                grant.setResourceId(userId);
                grant.addPermission(Permissions.READ);
                authorizations.insert(grant);
              } else if (!grant.isPermissionGranted(Permissions.READ)) {
                grant.addPermission(Permissions.READ);
              }
              return null;
            });
  }

  private void revokeNameFromGroup(String userId, String groupId) {
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              Context.getCommandContext()
                  .getAuthorizationManager()
                  .deleteAuthorizationsByResourceIdAndGroupId(Resources.USER, userId, groupId);
              return null;
            });
  }

  // helpers
  // ////////////////////////////////////////////////////////////////////////////////////////////////////

  /** The authenticated user of the current command, if any. */
  private static Authentication caller() {
    CommandContext context = Context.getCommandContext();
    return context == null ? null : context.getAuthentication();
  }

  /**
   * The caller whose view of the directory is restricted: authenticated, checked, not an
   * administrator.
   */
  private static Authentication restrictedCaller() {
    CommandContext context = Context.getCommandContext();
    if (context == null || !context.isAuthorizationCheckEnabled()) {
      return null;
    }
    Authentication caller = context.getAuthentication();
    if (caller == null || caller.getUserId() == null || isAdministrator(caller)) {
      return null;
    }
    return caller;
  }

  private static boolean isAdministrator(Authentication caller) {
    return AdministratorOnlyCommands.isAdministrator(
        caller, Context.getProcessEngineConfiguration());
  }

  private static boolean isOtherUser(Authentication caller, String userId) {
    return userId != null && !userId.equals(caller.getUserId());
  }

  /** A copy with the names only; the cached entity keeps its e-mail. */
  private static User withoutEmail(User user) {
    UserEntity copy = new UserEntity(user.getId());
    copy.setFirstName(user.getFirstName());
    copy.setLastName(user.getLastName());
    if (user instanceof UserEntity entity) {
      copy.setRevision(entity.getRevision());
    }
    return copy;
  }
}
