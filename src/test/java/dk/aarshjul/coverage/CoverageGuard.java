package dk.aarshjul.coverage;

import java.util.List;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.community.process_test_coverage.engine.platform7.CompensationEventCoverageHandler;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;

/**
 * Keeps the coverage recording from changing what the tests observe. The library's execution
 * listener, on every flow node and sequence flow, looks up the process definition through the
 * {@code RepositoryService} as the current user, and gives its collector every event. In Årshjul
 * that goes wrong in three places, each of which would fail or alter the step a test drives
 * (without this guard TasklistRestFlowTest's submit-form is refused with AdgangNaegtet and
 * FormSubmissionRejectionTest's {@code @BeforeAll} fails):
 *
 * <ul>
 *   <li>a board member, works council or contract holder acting through engine-rest may not read
 *       the definition (authorization is on): the look-up runs without authorization checks;
 *   <li>an application start runs the engine before any test class has handed it a collector
 *       (LegacyDeadlineWatches moves deadline watches of an older release): until then events go to
 *       a collector that drops them;
 *   <li>a test class's {@code @BeforeAll} runs processes before the listener opens the first test
 *       method's run: those events are dropped, not the step that caused them.
 * </ul>
 */
final class CoverageGuard extends AbstractBpmnParseListener {

  /** The collector's message when no test method's run is open (DefaultCollector.addEvent). */
  private static final String NO_ACTIVE_RUN = "No active run available";

  static void install(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners();
    parseListeners.stream()
        .filter(ElementCoverageParseListener.class::isInstance)
        .forEach(
            listener -> ((ElementCoverageParseListener) listener).setCoverageState(event -> {}));
    configuration.getCustomEventHandlers().stream()
        .filter(CompensationEventCoverageHandler.class::isInstance)
        .forEach(
            handler -> ((CompensationEventCoverageHandler) handler).setCoverageState(event -> {}));
    // after the library's parse listener: wraps the listeners it added to the process just parsed
    parseListeners.add(new CoverageGuard());
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    if (guardActivitiesOf(processDefinition) == 0 && !processDefinition.getActivities().isEmpty()) {
      throw new IllegalStateException(
          "No coverage listener found on "
              + processDefinition.getKey()
              + ": has camunda-process-test-coverage changed how ElementCoverageParseListener adds it?");
    }
  }

  private static int guardActivitiesOf(ScopeImpl scope) {
    int guarded = 0;
    for (ActivityImpl activity : scope.getActivities()) {
      guarded += guardListenersOf(activity);
      for (PvmTransition transition : activity.getOutgoingTransitions()) {
        guarded += guardListenersOf((TransitionImpl) transition);
      }
      guarded += guardActivitiesOf(activity);
    }
    return guarded;
  }

  private static int guardListenersOf(CoreModelElement element) {
    int guarded = 0;
    for (List<DelegateListener<? extends BaseDelegateExecution>> listeners :
        element.getListeners().values()) {
      for (int i = 0; i < listeners.size(); i++) {
        if (isCoverageListener(listeners.get(i))) {
          listeners.set(i, new Guarded((ExecutionListener) listeners.get(i)));
          guarded++;
        }
      }
    }
    return guarded;
  }

  /** The library's listener is a lambda inside its parse listener. */
  private static boolean isCoverageListener(DelegateListener<?> listener) {
    return listener instanceof ExecutionListener
        && listener.getClass().getName().startsWith(ElementCoverageParseListener.class.getName());
  }

  private record Guarded(ExecutionListener coverage) implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      Context.getCommandContext()
          .runWithoutAuthorization(
              () -> {
                try {
                  coverage.notify(execution);
                } catch (IllegalArgumentException e) {
                  if (!NO_ACTIVE_RUN.equals(e.getMessage())) {
                    throw e;
                  }
                }
                return null;
              });
    }
  }
}
