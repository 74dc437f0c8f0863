package uk.safeguarding.casereview.benchmark;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import uk.safeguarding.casereview.notification.NewTaskMail;

/**
 * What the shortest case is compared with: a process of nothing but the same user tasks in a row, offered to
 * the same groups, deployed by the benchmark. With mail, each task mails its group as ours do (the
 * application adds the same "new task" mail to every user task it deploys); without, every task opts out.
 */
final class MinimalProcess {

  static final String PLAIN = "benchmark-minimal";
  static final String WITH_MAIL = "benchmark-minimal-mail";

  private MinimalProcess() {
  }

  static void deploy(ProcessEngine engine, List<ShortestCase.Step> steps) {
    engine.getRepositoryService().createDeployment().name("benchmark")
        .addModelInstance(PLAIN + ".bpmn", model(PLAIN, steps, false))
        .addModelInstance(WITH_MAIL + ".bpmn", model(WITH_MAIL, steps, true)).deploy();
    // the LA notifiers start it, as they start a serious incident
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String key : List.of(PLAIN, WITH_MAIL)) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("la-notifier");
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(key);
      grant.addPermission(Permissions.CREATE_INSTANCE);
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
  }

  static String taskKey(int index) {
    return "Task_" + (index + 1);
  }

  private static BpmnModelInstance model(String key, List<ShortestCase.Step> steps, boolean mail) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(2555)
        .startEvent();
    for (int i = 0; i < steps.size(); i++) {
      flow = flow.userTask(taskKey(i)).name("Step " + (i + 1)).camundaCandidateGroups(steps.get(i).group());
    }
    BpmnModelInstance model = flow.endEvent().done();
    if (!mail) {
      model.getModelElementsByType(UserTask.class).forEach(task -> optOutOfMail(model, task));
    }
    return model;
  }

  private static void optOutOfMail(BpmnModelInstance model, UserTask task) {
    ExtensionElements extensions = task.getExtensionElements() != null ? task.getExtensionElements()
        : model.newInstance(ExtensionElements.class);
    task.setExtensionElements(extensions);
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(NewTaskMail.OPT_OUT_PROPERTY);
    property.setCamundaValue("false");
    properties.getCamundaProperties().add(property);
    extensions.addChildElement(properties);
  }
}
