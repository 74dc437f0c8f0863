package uk.safeguarding.casereview.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/** Who did what: the person who completed a task, or who performed an operation. */
/** Who did what in one process: the person who completed a task, or who performed an operation. */
final class CasePeople {

  private final Map<String, String> completers = new HashMap<>();
  private final Map<String, String> operators = new HashMap<>();
  private final Map<String, String> completedTasks = new HashMap<>();
  private final Map<String, HistoricTaskInstance> tasksByActivityInstance;
  private final Map<String, HistoricTaskInstance> tasksById = new HashMap<>();
  private final Function<String, Set<String>> outputsOf;

  CasePeople(List<UserOperationLogEntry> operations, Map<String, HistoricTaskInstance> tasksByActivityInstance,
             Function<String, Set<String>> outputsOf) {
    this.tasksByActivityInstance = tasksByActivityInstance;
    this.outputsOf = outputsOf;
    tasksByActivityInstance.values().forEach(task -> tasksById.put(task.getId(), task));
    for (UserOperationLogEntry entry : operations) {
      if (entry.getUserId() == null) {
        continue;
      }
      if (!EntityTypes.TASK.equals(entry.getEntityType())) {
        operators.putIfAbsent(entry.getOperationId(), entry.getUserId());
      } else if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType())
          && entry.getTaskId() != null) {
        completers.put(entry.getTaskId(), entry.getUserId());
        completedTasks.put(entry.getOperationId(), entry.getTaskId());
      }
    }
  }

  String completerOf(HistoricTaskInstance task) {
    String completer = completers.get(task.getId());
    return completer != null || !CaseHistory.completed(task) ? completer : task.getAssignee();
  }

  /**
   * The person who submitted the task the change was made in, or whose task's output mapping made it; or
   * who changed it directly (e.g. in Cockpit). Otherwise a step of the process made it, even one that ran
   * in the same transaction as someone's task (a decision table's result is the process's, not theirs).
   */
  String whoChanged(HistoricVariableUpdate update) {
    HistoricTaskInstance task = tasksByActivityInstance.get(update.getActivityInstanceId());
    if (task != null) {
      return personOr(completerOf(task));
    }
    boolean onTheProcess = update.getActivityInstanceId() == null
        || update.getActivityInstanceId().equals(update.getProcessInstanceId());
    String operation = update.getUserOperationId();
    if (!onTheProcess || operation == null) {
      return CaseHistory.THE_PROCESS;
    }
    if (operators.containsKey(operation)) {
      return operators.get(operation);
    }
    return mappedFrom(update).map(completed -> personOr(completerOf(completed))).orElse(CaseHistory.THE_PROCESS);
  }

  /** The task whose output mapping set the variable on the process, when a person's completion did. */
  Optional<HistoricTaskInstance> mappedFrom(HistoricVariableUpdate update) {
    HistoricTaskInstance completed = update.getUserOperationId() == null ? null
        : tasksById.get(completedTasks.get(update.getUserOperationId()));
    return Optional.ofNullable(completed)
        .filter(task -> outputsOf.apply(task.getTaskDefinitionKey()).contains(update.getVariableName()));
  }

  /** The step the change was made in: its own, or the task whose output mapping made it. */
  String stepOf(HistoricVariableUpdate update, Map<String, String> stepNames) {
    String step = stepNames.get(update.getActivityInstanceId());
    return step != null ? step : mappedFrom(update).map(HistoricTaskInstance::getName).orElse(null);
  }

  private static String personOr(String person) {
    return person != null ? person : CaseHistory.THE_PROCESS;
  }
}
