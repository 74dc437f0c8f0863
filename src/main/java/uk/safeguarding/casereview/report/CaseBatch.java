package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * The history of a few cases read together, as the timeliness report needs it: their processes, the latest
 * values of the variables it reads ({@link LatestValues}) and each chronology request's first task, in a few
 * queries a batch. Read a case at a time, with every change of every variable, a large partnership's year took
 * 3.3 s.
 */
final class CaseBatch {

  /** Cases read at once: bounds the lists of keys sent to the database and the changes held in memory. */
  static final int SIZE = 50;
  static final String SUBMIT_CHRONOLOGY = "Task_SubmitChronology";

  private final Map<String, List<HistoricProcessInstance>> processes;
  private final Map<String, LatestValues.Facts> facts = new HashMap<>();
  private final Map<String, HistoricTaskInstance> firstChronologyTasks = new HashMap<>();

  private CaseBatch(Map<String, List<HistoricProcessInstance>> processes) {
    this.processes = processes;
  }

  static CaseBatch read(HistoryService history, CaseProcesses caseProcesses, LatestValues latestValues,
                        Collection<String> references) {
    CaseBatch batch = new CaseBatch(caseProcesses.ofEach(references));
    List<HistoricProcessInstance> all = new ArrayList<>();
    batch.processes.values().forEach(all::addAll);
    batch.facts.putAll(latestValues.read(batch.processes, CaseProcesses.MAX_CHANGES * references.size()));
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

  /** The case's data (for a reference with processes). */
  LatestValues.Facts facts(String reference) {
    return facts.get(reference);
  }

  /** The first submit-chronology task of a chronology request, or null if it had none. */
  HistoricTaskInstance firstChronologyTask(String processInstanceId) {
    return firstChronologyTasks.get(processInstanceId);
  }
}
