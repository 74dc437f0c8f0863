package uk.safeguarding.casereview.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reminder and overdue mail for a user task, sent from the path of a timer attached to it:
 * {@code ${reminders.remind(execution, 'Task_RecordPanelNotification')}} and
 * {@code ${reminders.overdue(execution, 'Task_RecordPanelNotification', 'business-manager')}}. The task is the
 * one beside the timer in the same scope, so each agency's branch of a rapid review reminds only its own
 * agency.
 */
@Component("reminders")
public class TaskReminders {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Recipients recipients;
  private final Notify notify;

  public TaskReminders(@Lazy RuntimeService runtimeService, @Lazy TaskService taskService, Recipients recipients,
                       Notify notify) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.recipients = recipients;
    this.notify = notify;
  }

  /** "Due soon" to the people the task belongs to. */
  public void remind(DelegateExecution execution, String taskDefinitionKey) {
    for (Task task : tasksBeside(execution, taskDefinitionKey)) {
      notify.aboutTask(task, execution, MailKind.REMINDER, ownersOf(task), "reminder");
    }
  }

  /** "Overdue" to the people the task belongs to, and an escalation to the named mailboxes or groups. */
  public void overdue(DelegateExecution execution, String taskDefinitionKey, String escalateTo) {
    for (Task task : tasksBeside(execution, taskDefinitionKey)) {
      notify.aboutTask(task, execution, MailKind.OVERDUE, ownersOf(task), "overdue");
      notify.aboutTask(task, execution, MailKind.ESCALATION, recipients.ofTargets(escalateTo), "escalation");
    }
  }

  private Set<String> ownersOf(Task task) {
    return recipients.ofTask(task.getAssignee(), taskService.getIdentityLinksForTask(task.getId()));
  }

  /**
   * A further escalation of a task that is still open, e.g. to the agency's safeguarding partner when the
   * business manager's chase has not brought it in. Once per escalation step.
   */
  public void escalate(DelegateExecution execution, String taskDefinitionKey, String escalateTo) {
    for (Task task : tasksBeside(execution, taskDefinitionKey)) {
      notify.aboutTask(task, execution, MailKind.ESCALATION, recipients.ofTargets(escalateTo),
          "escalation:" + execution.getCurrentActivityId());
    }
  }

  /** The open tasks of that activity in the scope the timer's path runs in (the case, or one agency's branch). */
  List<Task> tasksBeside(DelegateExecution execution, String taskDefinitionKey) {
    ActivityInstance tree = runtimeService.getActivityInstance(execution.getProcessInstanceId());
    ActivityInstance scope = find(tree, execution.getParentActivityInstanceId());
    Set<String> executions = new LinkedHashSet<>();
    if (scope != null) {
      for (ActivityInstance child : scope.getChildActivityInstances()) {
        if (taskDefinitionKey.equals(child.getActivityId())) {
          executions.addAll(List.of(child.getExecutionIds()));
        }
      }
    }
    List<Task> tasks = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).listPage(0, 500)) {
      if (executions.contains(task.getExecutionId())) {
        tasks.add(task);
      }
    }
    return tasks;
  }

  private static ActivityInstance find(ActivityInstance instance, String id) {
    if (instance.getId().equals(id)) {
      return instance;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      ActivityInstance found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
