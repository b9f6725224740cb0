package dk.aarshjul.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * Grants the candidate starter groups of a newly deployed process their start rights in the
 * deployment's own transaction, so a model a process owner deploys from Camunda Modeler can be
 * started at once (not only after the next restart, when {@link AccessRules#grantStarters} runs).
 * The groups come from the deployed model itself; expressions are not evaluated.
 */
@Component
class StarterGrantsOnDeploy extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    if (configuration.getCustomPostDeployers() != null) {
      deployers.addAll(configuration.getCustomPostDeployers());
    }
    deployers.add(StarterGrantsOnDeploy::grantStarters);
    configuration.setCustomPostDeployers(deployers);
  }

  private static void grantStarters(DeploymentEntity deployment) {
    List<ProcessDefinitionEntity> definitions =
        deployment.getDeployedArtifacts(ProcessDefinitionEntity.class);
    if (!deployment.isNew() || definitions == null) {
      // a deployment read back into the cache: its rights were granted when it was deployed
      return;
    }
    Map<String, Set<String>> startersByKey = new TreeMap<>();
    for (ProcessDefinitionEntity definition : definitions) {
      for (Expression group : definition.getCandidateStarterGroupIdExpressions()) {
        String groupId = group.getExpressionText().strip();
        if (!groupId.isEmpty() && !groupId.contains("${") && !groupId.contains("#{")) {
          startersByKey.computeIfAbsent(definition.getKey(), key -> new TreeSet<>()).add(groupId);
        }
      }
    }
    if (startersByKey.isEmpty()) {
      return;
    }
    var authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
    // the deploying process owner may not write authorizations: the engine grants them here
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              AccessRules.grantStarters(authorizations, startersByKey);
              return null;
            });
  }
}
