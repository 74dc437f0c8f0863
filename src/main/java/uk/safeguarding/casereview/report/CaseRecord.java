package uk.safeguarding.casereview.report;

import java.util.Date;
import java.util.List;

/** What happened to one case: each of its processes with its steps, decisions, data changes and operations. */
public record CaseRecord(String reference, String pseudonym, String state, Date startTime, Date endTime,
                         Standing standing, List<LinkedCase> linkedCases, List<ProcessRecord> processes) {

  /**
   * Where the case stands now, for the top of its page.
   *
   * @param stages     the steps open now (e.g. "Record the Panel notification")
   * @param waitingFor who those steps wait for: the groups that may take them, or the person they are assigned to
   * @param nextDeadline the earliest due date of an open step, null without one
   * @param overdue    whether that deadline has passed
   */
  public record Standing(List<String> stages, List<String> waitingFor, Date nextDeadline, boolean overdue) {
  }

  /** A value as people read it: text, or a dynamic list's entries each as labelled fields. */
  public record Shown(String text, List<List<ShownField>> entries) {
  }

  /** One field of an entry of a dynamic list. */
  public record ShownField(String label, String value) {
  }

  /** Another case this one began as or became, e.g. the serious incident a notifiable death became. */
  public record LinkedCase(String reference, String relation) {
  }

  /**
   * One process of the case.
   *
   * @param label what tells it apart from the case's other processes of its kind, e.g. the agency
   */
  public record ProcessRecord(String processInstanceId, String processDefinitionKey,
                              String processName, Integer version, String label, String parentProcessInstanceId,
                              Date startTime, Date endTime, String state, List<Step> steps,
                              List<Decision> decisions, List<VariableChange> variableChanges,
                              List<Operation> operations) {

    ProcessRecord with(List<Decision> newDecisions, List<VariableChange> newChanges) {
      return new ProcessRecord(processInstanceId, processDefinitionKey, processName, version, label,
          parentProcessInstanceId, startTime, endTime, state, steps, newDecisions, newChanges, operations);
    }
  }

  /**
   * A step that ran.
   *
   * @param late true when done after its due date or still open past it, false when in time, null without one
   */
  public record Step(String activityId, String name, String type, Date startTime, Date endTime, String completedBy,
                     String assignee, Date due, Boolean late, boolean canceled, List<String> waitingFor) {
  }

  /**
   * A decision recorded in the case, with the reason given for it and who gave it.
   *
   * @param value      the code the case holds, e.g. "lcspr"
   * @param valueLabel what the form offered it as, e.g. "A Local Child Safeguarding Practice Review (LCSPR)"
   */
  public record Decision(Date time, String step, String decision, String value, String valueLabel, String reason,
                         String by) {

    Decision by(String person) {
      return new Decision(time, step, decision, value, valueLabel, reason, person);
    }
  }

  /**
   * A change to the case's data: old value to new, by whom, in which step.
   *
   * @param label    the variable's label on its form (or the decision it records)
   * @param oldShown the old value as people read it; oldValue is as the case holds it
   */
  public record VariableChange(Date time, String variable, String label, String oldValue, String newValue,
                               Shown oldShown, Shown newShown, String by, String step) {

    VariableChange by(String person) {
      return new VariableChange(time, variable, label, oldValue, newValue, oldShown, newShown, person, step);
    }
  }

  /**
   * An entry of Camunda's user operation log: a task completed, claimed or reassigned, a variable edited, an
   * instance cancelled, whether in Tasklist, Cockpit or over REST.
   */
  public record Operation(Date time, String user, String operation, String entity, String property,
                          String oldValue, String newValue, String annotation) {
  }
}
