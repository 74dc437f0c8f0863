package uk.safeguarding.casereview.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * Some variables of many processes, as history holds them now: each process's own (not a branch's or a task's
 * copy), read as the person asking in a few queries whatever the number of processes. JSON values stay JSON.
 */
public final class ProcessLevelVariables {

  static final int IDS_PER_QUERY = 500;

  private ProcessLevelVariables() {
  }

  /** By process instance id, the variables' values by name (a variable a process never had is absent). */
  public static Map<String, Map<String, Object>> of(HistoryService history, Collection<String> processIds,
                                                    List<String> names) {
    List<String> ids = List.copyOf(processIds);
    Map<String, Map<String, Object>> byProcess = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).toArray(String[]::new);
      List<HistoricVariableInstance> found = HistoryPages.all(history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk).variableNameIn(names.toArray(String[]::new))
          .disableBinaryFetching().disableCustomObjectDeserialization()
          .orderByProcessInstanceId().asc().orderByVariableName().asc(), chunk.length * names.size() * 4);
      for (HistoricVariableInstance variable : found) {
        if (variable.getProcessInstanceId().equals(variable.getActivityInstanceId())) {
          byProcess.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    return byProcess;
  }
}
