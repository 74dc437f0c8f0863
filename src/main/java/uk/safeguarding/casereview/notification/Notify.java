package uk.safeguarding.casereview.notification;

import java.util.Collection;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * What diagrams call to send mail, as {@code ${notify....}} expressions on service tasks or listeners, e.g.
 * {@code ${notify.toGroups(execution, 'information', 'partner-la,partner-icb,partner-police',
 * 'The safeguarding partners have been told of the serious incident')}}. Mail is queued in the step's own
 * transaction and carries only what {@link MailParameters} allows.
 */
@Component("notify")
public class Notify {

  private final MailOutbox outbox;
  private final Recipients recipients;
  private final CaseReviewProperties properties;
  private final CaseClock clock;

  public Notify(MailOutbox outbox, Recipients recipients, CaseReviewProperties properties, CaseClock clock) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Mail to groups (their members and shared mailboxes) and named mailboxes, comma-separated, e.g.
   * {@code 'partner-la,partner-icb,partner-police'} or {@code 'business-manager'}.
   */
  public void toGroups(DelegateExecution execution, String kind, String targets, String step) {
    queueForStep(execution, kind, recipients.ofTargets(targets), step, null);
  }

  /** The same, naming a date the step is due by (e.g. a rapid review that is nearly due). */
  public void toGroupsDue(DelegateExecution execution, String kind, String targets, String step, Date due) {
    queueForStep(execution, kind, recipients.ofTargets(targets), step, due);
  }

  /** Mail to a shared mailbox named in {@code casereview.mail.mailboxes} (or an agency's, by its group). */
  public void toMailbox(DelegateExecution execution, String kind, String mailbox, String step) {
    queueForStep(execution, kind, Set.of(recipients.mailbox(mailbox)), step, null);
  }

  /** Mail to the address held in a process variable, e.g. the referrer's contact address. */
  public void toAddressIn(DelegateExecution execution, String kind, String variable, String step) {
    Object address = execution.getVariable(variable);
    if (address == null || address.toString().isBlank()) {
      throw new ProcessEngineException("No mail address in the variable '" + variable + "' to send '" + step + "' to");
    }
    queueForStep(execution, kind, Set.of(address.toString().trim()), step, null);
  }

  /** Mail about a task (new, due soon, overdue, escalated) to the given addresses, once per task and kind. */
  public void aboutTask(DelegateTask task, MailKind kind, Collection<String> addresses, String occasion) {
    queueAboutTask(task.getId(), task.getName(), task.getDueDate(), task.getProcessInstanceId(), task, kind,
        addresses, occasion);
  }

  /** Mail about any task of a case, e.g. one found beside a timer that fired; the case's labels from its scope. */
  public void aboutTask(Task task, VariableScope caseScope, MailKind kind, Collection<String> addresses,
                        String occasion) {
    queueAboutTask(task.getId(), task.getName(), task.getDueDate(), task.getProcessInstanceId(), caseScope, kind,
        addresses, occasion);
  }

  private void queueAboutTask(String taskId, String taskName, Date due, String processInstanceId,
                              VariableScope caseScope, MailKind kind, Collection<String> addresses, String occasion) {
    queue(kind, caseScope, processInstanceId, taskId + ":" + occasion, addresses, taskName, due, taskLink(taskId));
  }

  private void queueForStep(DelegateExecution execution, String kind, Collection<String> addresses, String step,
                            Date due) {
    // one mail per step instance: a loop that comes back to the step mails again, a repeated step does not
    String occasion = execution.getActivityInstanceId() != null ? execution.getActivityInstanceId()
        : execution.getId();
    queue(MailKind.of(kind), execution, execution.getProcessInstanceId(), occasion, addresses, step, due,
        tasklistLink());
  }

  /** Queues one mail per address with the case's labels only: nothing else of the case goes into mail. */
  private void queue(MailKind kind, VariableScope caseScope, String processInstanceId, String occasion,
                     Collection<String> addresses, String subject, Date due, String link) {
    MailParameters parameters = new MailParameters(properties.getPartnershipName(),
        text(caseScope, CaseVariables.CASE_REFERENCE), text(caseScope, CaseVariables.CHILD_PSEUDONYM), subject,
        clock.dayOf(due), link);
    for (String address : addresses) {
      outbox.queue(kind, processInstanceId, occasion, address, parameters);
    }
  }

  public String tasklistLink() {
    return base() + "/camunda/app/tasklist/default/";
  }

  public String taskLink(String taskId) {
    return tasklistLink() + "#/?task=" + taskId;
  }

  private String base() {
    return properties.publicBaseUrl();
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
