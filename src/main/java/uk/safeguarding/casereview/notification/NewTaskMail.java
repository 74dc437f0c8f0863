package uk.safeguarding.casereview.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * "A new task for your group": added to every user task when diagrams are deployed, so no diagram has to
 * draw it. A task opts out with the Camunda extension property {@code notify-new-task = false}.
 */
@Component
public class NewTaskMail extends AbstractBpmnParseListener {

  public static final String OPT_OUT_PROPERTY = "notify-new-task";

  private final Notify notify;
  private final Recipients recipients;

  public NewTaskMail(Notify notify, Recipients recipients) {
    this.notify = notify;
    this.recipients = recipients;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(userTaskElement);
    if (properties != null && "false".equalsIgnoreCase(properties.get(OPT_OUT_PROPERTY))) {
      return;
    }
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::mailNewTask);
    }
  }

  private void mailNewTask(DelegateTask task) {
    Set<String> addresses = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      addresses.addAll(recipients.ofUser(task.getAssignee()));
    }
    for (IdentityLink candidate : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(candidate.getType())) {
        continue;
      }
      if (candidate.getGroupId() != null) {
        addresses.addAll(recipients.ofGroup(candidate.getGroupId()));
      } else if (candidate.getUserId() != null) {
        addresses.addAll(recipients.ofUser(candidate.getUserId()));
      }
    }
    notify.aboutTask(task, MailKind.NEW_TASK, addresses, "created");
  }
}
