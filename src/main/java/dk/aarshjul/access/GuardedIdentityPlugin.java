package dk.aarshjul.access;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Installs {@link GuardedIdentityProvider} as the engine's identity provider (users, groups,
 * passwords).
 */
@Component
class GuardedIdentityPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(
        new GenericManagerFactory(GuardedIdentityProvider.class));
  }
}
