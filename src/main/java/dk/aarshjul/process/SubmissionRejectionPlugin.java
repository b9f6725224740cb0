package dk.aarshjul.process;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CommentManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How the engine treats a rejected submission ({@link InvalidSubmissionException}):
 *
 * <ul>
 *   <li>The engine wraps every exception a task listener throws in a generic
 *       ProcessEngineException, which engine-rest answers with HTTP 500. An interceptor outside the
 *       transaction (so the rollback has happened) rethrows the rejection itself: REST clients and
 *       Tasklist get HTTP 400 with the Danish message.
 *   <li>A rejection is the user's input, not a fault: the command context logs it at DEBUG (as the
 *       engine does for its own BadUserRequestException) instead of ERROR with a stack trace, and
 *       the interceptor logs it as one line at INFO, user input escaped ({@link PlainText#forLog}).
 *       Every other exception is logged by the engine as before.
 *   <li>A refusal by Årshjul's access rules inside a listener (an AuthorizationException, e.g. a
 *       decision by someone the domain does not name) is likewise unwrapped (HTTP 403 with its
 *       Danish message) and logged as one line.
 *   <li>A value the database refuses (SQL state class 22, e.g. a NUL character on PostgreSQL, which
 *       reaches the database only through a path without a form, such as an administrator's PUT of
 *       a variable) is answered as a rejection with a Danish message: never the SQL statement,
 *       which Camunda's own message holds.
 *   <li>A task comment is user text too: the engine refuses one with a forbidden character ({@link
 *       PlainText#forbidden}) on every path (engine-rest, Tasklist, Java API).
 * </ul>
 */
@Component
class SubmissionRejectionPlugin extends AbstractProcessEnginePlugin {

  static final Logger LOG = LoggerFactory.getLogger(SubmissionRejectionPlugin.class);

  static final String DATA_REFUSED =
      "Databasen kan ikke gemme en af de sendte værdier (et tegn, den ikke tager imod, "
          + "eller en for lang tekst). Intet er gemt.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new UnwrapRejection(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

    if (configuration.getCommandContextFactory() != null) {
      throw new IllegalStateException(
          "Another plugin set the engine's CommandContextFactory; "
              + SubmissionRejectionPlugin.class.getSimpleName()
              + " needs its own");
    }
    CommandContextFactory commandContexts = new RejectionAwareCommandContextFactory();
    commandContexts.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(commandContexts);

    List<SessionFactory> sessionFactories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      sessionFactories.addAll(configuration.getCustomSessionFactories());
    }
    sessionFactories.add(new PlainTextComments());
    configuration.setCustomSessionFactories(sessionFactories);
  }

  /**
   * The database's refusal of a value (SQL state class 22, data exception) in a chain of causes, or
   * null.
   */
  static SQLException refusedValue(Throwable exception) {
    for (Throwable cause = exception;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        return sql;
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** The rejection in a chain of causes, or null. */
  static InvalidSubmissionException rejection(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidSubmissionException rejection) {
        return rejection;
      }
      if (cause == cause.getCause()) {
        return null;
      }
    }
    return null;
  }

  /** An authorization refusal wrapped in the chain of causes (a listener's), or null. */
  static AuthorizationException refusal(Throwable exception) {
    for (Throwable cause = exception;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof AuthorizationException refusal) {
        return refusal;
      }
    }
    return null;
  }

  static class UnwrapRejection extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    UnwrapRejection(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        InvalidSubmissionException rejection = rejection(e);
        SQLException refusedValue = refusedValue(e);
        if (rejection == null && refusedValue != null) {
          // the database refused a value (e.g. PostgreSQL a NUL): the user's input, answered as a
          // rejection without SQL
          LOG.warn(
              "A value was refused by the database ({}, SQL state {}): {}",
              command.getClass().getSimpleName(),
              refusedValue.getSQLState(),
              PlainText.forLog(firstLine(refusedValue.getMessage())));
          rejection = new InvalidSubmissionException(null, DATA_REFUSED);
          rejection.markLogged();
          throw rejection;
        }
        if (rejection == null) {
          AuthorizationException refusal = refusal(e);
          if (refusal != null && refusal != e) {
            // refused inside a listener (e.g. who decides, dk.aarshjul.access): the refusal itself,
            // one line in the log
            Authentication user = configuration.getIdentityService().getCurrentAuthentication();
            LOG.info(
                "Action refused ({}, user {}): {}",
                command.getClass().getSimpleName(),
                PlainText.forLog(user == null ? null : user.getUserId()),
                PlainText.forLog(refusal.getMessage()));
            throw refusal;
          }
          throw e;
        }
        if (rejection.markLogged()) {
          Authentication user = configuration.getIdentityService().getCurrentAuthentication();
          LOG.info(
              "Submission refused ({}, user {}, field {}): {}",
              command.getClass().getSimpleName(),
              PlainText.forLog(user == null ? null : user.getUserId()),
              PlainText.forLog(rejection.field()),
              PlainText.forLog(rejection.getMessage()));
        }
        throw rejection;
      }
    }
  }

  /**
   * Command contexts that log a rejected submission, a refusal and a caller's mistake ({@link
   * ClientMistakes}) at DEBUG; everything else as Camunda does.
   */
  static class RejectionAwareCommandContextFactory extends CommandContextFactory {
    @Override
    public CommandContext createCommandContext() {
      return new CommandContext(processEngineConfiguration) {
        @Override
        protected boolean shouldLogFine(Throwable exception) {
          return super.shouldLogFine(exception)
              || rejection(exception) != null
              || refusedValue(exception) != null
              || refusal(exception) != null
              || ClientMistakes.in(exception);
        }
      };
    }
  }

  /**
   * The engine's comment manager, refusing a comment with a forbidden character before it is
   * stored.
   */
  static class PlainTextComments implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return CommentManager.class;
    }

    @Override
    public Session openSession() {
      return new CommentManager() {
        @Override
        public void insert(DbEntity entity) {
          if (entity instanceof CommentEntity comment) {
            String found = PlainText.forbidden(comment.getFullMessage());
            if (found != null) {
              throw new InvalidSubmissionException(
                  "message",
                  "Kommentaren indeholder "
                      + PlainText.describe(found)
                      + ", som ikke er tilladt. Intet er gemt.");
            }
          }
          super.insert(entity);
        }
      };
    }
  }
}
