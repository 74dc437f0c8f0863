package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The history of a few cases read together. The timeliness report of a year read each case on its own, several
 * queries a case: 3.3 s for a large partnership's year. Read in batches, a case costs one query of its own: its
 * changes, which are too many to read a batch's together (pages are read with an offset).
 */
final class CaseBatch {

  /** Cases read at once: bounds the lists of keys sent to the database and the changes held in memory. */
  static final int SIZE = 50;
  static final String SUBMIT_CHRONOLOGY = "Task_SubmitChronology";

  private final Map<String, List<HistoricProcessInstance>> processes;
  private final Map<String, List<CaseProcesses.Change>> changes = new HashMap<>();
  private final Map<String, HistoricTaskInstance> firstChronologyTasks = new HashMap<>();

  private CaseBatch(Map<String, List<HistoricProcessInstance>> processes) {
    this.processes = processes;
  }

  static CaseBatch read(HistoryService history, CaseProcesses caseProcesses, Collection<String> references) {
    CaseBatch batch = new CaseBatch(caseProcesses.ofEach(references));
    List<HistoricProcessInstance> all = new ArrayList<>();
    batch.processes.values().forEach(all::addAll);
    Map<String, HistoricVariableInstance> variables = caseProcesses.variables(all,
        CaseProcesses.MAX_CHANGES * references.size());
    batch.processes.forEach((reference, ofCase) ->
        batch.changes.put(reference, caseProcesses.changes(ofCase, variables)));
    if (!all.isEmpty()) {
      // each agency's chronology counts from the first time it was asked for: the earliest task of its request
      HistoryPages.all(history.createHistoricTaskInstanceQuery()
              .processInstanceBusinessKeyIn(references.toArray(String[]::new))
              .taskDefinitionKey(SUBMIT_CHRONOLOGY)
              .orderByHistoricActivityInstanceStartTime().asc().orderByTaskId().asc(),
          CaseProcesses.MAX_PROCESSES * references.size())
          .forEach(task -> batch.firstChronologyTasks.putIfAbsent(task.getProcessInstanceId(), task));
    }
    return batch;
  }

  /** The case's processes, as {@link CaseProcesses#of} orders them; empty for a reference with none. */
  List<HistoricProcessInstance> processes(String reference) {
    return processes.getOrDefault(reference, List.of());
  }

  /** Every change to the case's variables, oldest first, as {@link CaseProcesses#changes} reads them. */
  List<CaseProcesses.Change> changes(String reference) {
    return changes.getOrDefault(reference, List.of());
  }

  /** The first submit-chronology task of a chronology request, or null if it had none. */
  HistoricTaskInstance firstChronologyTask(String processInstanceId) {
    return firstChronologyTasks.get(processInstanceId);
  }
}
