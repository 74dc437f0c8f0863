package uk.safeguarding.casereview.report;

import java.util.Date;
import java.util.List;

/** What happened to one case: each of its processes with its steps, decisions, data changes and operations. */
public record CaseRecord(String reference, String pseudonym, String state, Date startTime, Date endTime,
                         List<LinkedCase> linkedCases, List<ProcessRecord> processes) {

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
  }

  /**
   * A step that ran.
   *
   * @param late true when done after its due date or still open past it, false when in time, null without one
   */
  public record Step(String activityId, String name, String type, Date startTime, Date endTime, String completedBy,
                     String assignee, Date due, Boolean late, boolean canceled) {
  }

  /** A decision recorded in the case, with the reason given for it and who gave it. */
  public record Decision(Date time, String step, String decision, String value, String reason, String by) {
  }

  /** A change to the case's data: old value to new, by whom, in which step. */
  public record VariableChange(Date time, String variable, String oldValue, String newValue, String by,
                               String step) {
  }

  /**
   * An entry of Camunda's user operation log: a task completed, claimed or reassigned, a variable edited, an
   * instance cancelled, whether in Tasklist, Cockpit or over REST.
   */
  public record Operation(Date time, String user, String operation, String entity, String property,
                          String oldValue, String newValue, String annotation) {
  }
}
