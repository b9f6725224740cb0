package dk.aarshjul.platform;

import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway, like JPA does: on PostgreSQL Flyway creates the
 * engine's tables (see {@link CamundaSchemaMigration}), so the engine must not start before the
 * migrations ran. Registered in META-INF/spring.factories.
 */
class ProcessEngineDependsOnFlyway
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class);
  }
}
