package uk.safeguarding.casereview.notification;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
    notify.aboutTask(task, MailKind.NEW_TASK, recipients.ofTask(task.getAssignee(), task.getCandidates()), "created");
  }
}
