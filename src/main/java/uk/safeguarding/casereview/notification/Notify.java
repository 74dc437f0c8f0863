package uk.safeguarding.casereview.notification;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
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

  /** Mail to every member of the groups (comma-separated ids) and their shared mailboxes. */
  public void toGroups(DelegateExecution execution, String kind, String groups, String step) {
    Set<String> addresses = new LinkedHashSet<>();
    Arrays.stream(groups.split(",")).map(String::trim).filter(group -> !group.isEmpty())
        .forEach(group -> addresses.addAll(recipients.ofGroup(group)));
    queueForStep(execution, kind, addresses, step);
  }

  /** Mail to a shared mailbox named in {@code casereview.mail.mailboxes} (or an agency's, by its group). */
  public void toMailbox(DelegateExecution execution, String kind, String mailbox, String step) {
    queueForStep(execution, kind, Set.of(recipients.mailbox(mailbox)), step);
  }

  /** Mail to the address held in a process variable, e.g. the referrer's contact address. */
  public void toAddressIn(DelegateExecution execution, String kind, String variable, String step) {
    Object address = execution.getVariable(variable);
    if (address == null || address.toString().isBlank()) {
      throw new ProcessEngineException("No mail address in the variable '" + variable + "' to send '" + step + "' to");
    }
    queueForStep(execution, kind, Set.of(address.toString().trim()), step);
  }

  /** Mail about a task (new, due soon, overdue, escalated) to the given addresses, once per task and kind. */
  public void aboutTask(DelegateTask task, MailKind kind, Collection<String> addresses, String occasion) {
    MailParameters parameters = new MailParameters(properties.getPartnershipName(),
        text(task, CaseVariables.CASE_REFERENCE), text(task, CaseVariables.CHILD_PSEUDONYM), task.getName(),
        task.getDueDate() == null ? null : LocalDate.ofInstant(task.getDueDate().toInstant(), clock.zone()),
        taskLink(task.getId()));
    for (String address : addresses) {
      outbox.queue(kind, task.getProcessInstanceId(), task.getId() + ":" + occasion, address, parameters);
    }
  }

  private void queueForStep(DelegateExecution execution, String kind, Collection<String> addresses, String step) {
    MailParameters parameters = new MailParameters(properties.getPartnershipName(),
        text(execution, CaseVariables.CASE_REFERENCE), text(execution, CaseVariables.CHILD_PSEUDONYM), step, null,
        tasklistLink());
    // one mail per step instance: a loop that comes back to the step mails again, a repeated step does not
    String occasion = execution.getActivityInstanceId() != null ? execution.getActivityInstanceId()
        : execution.getId();
    for (String address : addresses) {
      outbox.queue(MailKind.of(kind), execution.getProcessInstanceId(), occasion, address, parameters);
    }
  }

  public String tasklistLink() {
    return base() + "/camunda/app/tasklist/default/";
  }

  public String taskLink(String taskId) {
    return tasklistLink() + "#/?task=" + taskId;
  }

  private String base() {
    return properties.getPublicUrl().replaceAll("/+$", "");
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
