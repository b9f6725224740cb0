package dk.aarshjul.access;

import dk.aarshjul.organisation.Groups;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production has no demo users and no default admin password: the administrator comes from the
 * environment (AARSHJUL_ADMIN_USER, AARSHJUL_ADMIN_PASSWORD) and the application refuses to start
 * when either is missing or the password breaks Camunda's password policy (at least 10 characters
 * with upper and lower case, a digit and a special character, not containing the user id). The
 * admin is created at the first start; later the password is changed in Camunda Admin, where the
 * same policy applies.
 */
@Component
@Profile("prod")
public class ProductionAdministrator {

  private static final Logger LOG = LoggerFactory.getLogger(ProductionAdministrator.class);

  public ProductionAdministrator(
      IdentityService identity,
      AccessRules access,
      @Value("${aarshjul.admin.user:}") String userId,
      @Value("${aarshjul.admin.password:}") String password,
      @Value("${aarshjul.demo.enabled:false}") boolean demo) {
    if (demo) {
      throw refuse("Demokommunen (aarshjul.demo.enabled) må ikke være slået til i produktion.");
    }
    if (userId == null || userId.isBlank()) {
      throw refuse("Administratorens brugernavn mangler: sæt AARSHJUL_ADMIN_USER.");
    }
    if (password == null || password.isBlank()) {
      throw refuse("Administratorens adgangskode mangler: sæt AARSHJUL_ADMIN_PASSWORD.");
    }
    User candidate = identity.newUser(userId);
    PasswordPolicyResult result =
        identity.checkPasswordAgainstPolicy(new DefaultPasswordPolicyImpl(), password, candidate);
    if (!result.isValid()) {
      throw refuse(
          "Administratorens adgangskode (AARSHJUL_ADMIN_PASSWORD) er for svag: den skal "
              + result.getViolatedRules().stream()
                  .map(ProductionAdministrator::danish)
                  .collect(Collectors.joining(", "))
              + ".");
    }
    if (identity.createUserQuery().userId(userId).count() == 0) {
      candidate.setFirstName("Administrator");
      candidate.setLastName("Årshjul");
      candidate.setPassword(password);
      identity.saveUser(candidate);
      LOG.info("Administratoren '{}' er oprettet fra miljøvariablerne", userId);
    }
    // the memberships need the groups; their rights follow when AccessRules runs at startup
    access.ensureRoleGroups();
    for (String group : List.of(Groups.ADMIN, Groups.USERS)) {
      if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
        identity.createMembership(userId, group);
      }
    }
  }

  private static IllegalStateException refuse(String message) {
    LOG.error("Årshjul starter ikke: {}", message);
    return new IllegalStateException(message);
  }

  /**
   * A password rule in Danish, as it completes "the password must …" (also engine-rest's answer to
   * a weak one).
   */
  public static String danish(PasswordPolicyRule rule) {
    Object minimum =
        rule.getParameters() == null
            ? null
            : rule.getParameters().values().stream().findFirst().orElse(null);
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "have mindst " + minimum + " tegn";
      case "PASSWORD_POLICY_LOWERCASE" -> "indeholde mindst " + minimum + " lille bogstav";
      case "PASSWORD_POLICY_UPPERCASE" -> "indeholde mindst " + minimum + " stort bogstav";
      case "PASSWORD_POLICY_DIGIT" -> "indeholde mindst " + minimum + " ciffer";
      case "PASSWORD_POLICY_SPECIAL" -> "indeholde mindst " + minimum + " specialtegn";
      case "PASSWORD_POLICY_USER_DATA" -> "ikke indeholde brugernavnet";
      default -> "opfylde reglen " + rule.getPlaceholder();
    };
  }
}
