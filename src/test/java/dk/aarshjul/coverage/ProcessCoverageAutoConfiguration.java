package dk.aarshjul.coverage;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Issue 14: the engine of every test context records which flow nodes and sequence flows the tests
 * run (camunda-process-test-coverage). The library's test execution listener, registered for all
 * Spring tests by its jar, hands the engine one collector per test class and writes {@code
 * target/process-test-coverage/<class>/report.json} (and a report.html showing the paths on the
 * diagrams) after the class; {@link ProcessCoverageFloorTest} adds them up per model after the
 * whole suite.
 *
 * <p>Registered for the tests only ({@code
 * src/test/resources/META-INF/spring/...AutoConfiguration.imports}), so every
 * {@code @SpringBootTest} gets it without an {@code @Import} that would split the context cache.
 * The recording is switched on only where surefire sets {@code aarshjul.process-coverage.enabled}
 * (the default H2 build; not in the PostgreSQL integration tests or the benchmarks, whose JVMs are
 * failsafe's). This replaces the library's {@code ProcessEngineCoverageConfiguration} to add {@link
 * CoverageGuard}.
 */
@AutoConfiguration
public class ProcessCoverageAutoConfiguration {

  static final String ENABLED = "aarshjul.process-coverage.enabled";

  @Bean
  @ConditionalOnProperty(name = ENABLED, havingValue = "true")
  @Order(Ordering.DEFAULT_ORDER + 1)
  AbstractCamundaConfiguration processTestCoverage() {
    return new AbstractCamundaConfiguration() {
      @Override
      public void preInit(SpringProcessEngineConfiguration configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        CoverageGuard.install(configuration);
      }
    };
  }

  /**
   * The class coverage is logged once per test class; per test method it would only be noise in the
   * build log. Where coverage is off, no test class matches the inclusion pattern, so the library's
   * listener skips them all instead of warning for each test that it has nothing to count.
   */
  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties(Environment environment) {
    ProcessEngineCoverageProperties.Builder properties =
        ProcessEngineCoverageProperties.builder().handleTestMethodCoverage(false);
    if (!environment.getProperty(ENABLED, Boolean.class, false)) {
      properties.addInclusionPatternForTestClasses("no-test-class-while-process-coverage-is-off");
    }
    return properties.build();
  }
}
