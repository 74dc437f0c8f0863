package uk.safeguarding.casereview.form;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms as deployed, resolved the way the engine resolves {@code camunda:formRef} for Tasklist,
 * so the server checks a submission against the very form version the person filled in.
 */
@Component
public class DeployedForms {

  /** Deployed form definitions never change, so their parsed schemas are kept by definition id. */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  /** The same for a form bound to a deployment or a version, by that binding. */
  private final Map<String, FormSchema> bound = new ConcurrentHashMap<>();

  /** The engine is built after this (its parse listeners need this), so it is looked up when first used. */
  private final ObjectProvider<ProcessEngine> engine;

  public DeployedForms(ObjectProvider<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** The form a task or start event shows, from outside the engine (the REST gate). */
  public FormSchema find(CamundaFormRef reference, String deploymentId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> find(reference.getKey(),
        reference.getBinding(), reference.getVersion(), deploymentId));
  }

  /** Must run inside an engine command (a listener, a delegate). */
  public FormSchema find(String formKey, String binding, Integer version, String deploymentId) {
    if (!fixed(binding)) {
      return lookUp(formKey, binding, version, deploymentId);
    }
    // a form bound to the diagram's deployment or to a version is the same form for good: no query each time
    String key = binding + "|" + formKey + "|" + version + "|" + deploymentId;
    FormSchema known = bound.get(key);
    if (known == null) {
      known = lookUp(formKey, binding, version, deploymentId);
      bound.put(key, known);
    }
    return known;
  }

  private static boolean fixed(String binding) {
    return "deployment".equals(binding) || "version".equals(binding);
  }

  private FormSchema lookUp(String formKey, String binding, Integer version, String deploymentId) {
    CommandContext commandContext = Context.getCommandContext();
    CamundaFormRefImpl reference = new CamundaFormRefImpl(formKey, binding);
    reference.setVersion(version);
    CamundaFormDefinition definition = commandContext.runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(reference, deploymentId));
    if (definition == null) {
      throw new ProcessEngineException("The form '" + formKey + "' (binding " + binding + ") is not deployed"
          + " with deployment " + deploymentId + "; deploy the .form file together with the diagram");
    }
    return schemas.computeIfAbsent(definition.getId(), id -> {
      ResourceEntity resource = commandContext.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
      return FormSchema.parse(resource.getBytes());
    });
  }
}
