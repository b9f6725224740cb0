package dk.aarshjul.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps every exception a task listener throws in a generic ProcessEngineException, which
 * engine-rest answers with HTTP 500. This interceptor sits outside the transaction (so the rollback has
 * happened) and rethrows the {@link InvalidSubmissionException} itself: REST clients and Tasklist get
 * HTTP 400 with the Danish message.
 */
@Component
public class SubmissionRejectionPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new UnwrapRejection());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static class UnwrapRejection extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
          if (cause instanceof InvalidSubmissionException rejection) {
            throw rejection;
          }
          if (cause instanceof dk.aarshjul.access.RefusedActionException refusal) {
            throw refusal;
          }
        }
        throw e;
      }
    }
  }
}
