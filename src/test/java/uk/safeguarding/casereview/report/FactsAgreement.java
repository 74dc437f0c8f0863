package uk.safeguarding.casereview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** Checks that {@link LatestValues} says what every change of a case, read in order, says. */
final class FactsAgreement {

  private FactsAgreement() {
  }

  /** For every case history holds. */
  static void checkEveryCase(HistoryService history, CaseProcesses caseProcesses) {
    LatestValues latestValues = new LatestValues(history, caseProcesses, Timeliness.READS);
    history.createHistoricProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(HistoricProcessInstance::getBusinessKey).filter(Objects::nonNull).distinct()
        .forEach(reference -> check(caseProcesses, latestValues, reference));
  }

  static void check(CaseProcesses caseProcesses, LatestValues latestValues, String reference) {
    List<HistoricProcessInstance> processes = caseProcesses.of(reference);
    List<CaseProcesses.Change> changes = caseProcesses.changes(processes);
    LatestValues.Facts facts = latestValues.read(Map.of(reference, processes), 10_000).get(reference);
    assertThat(read(facts, null)).as("the facts of %s", reference)
        .isEqualTo(restricted(CaseProcesses.facts(changes)));
    for (HistoricProcessInstance process : processes) {
      assertThat(read(facts, process.getId()))
          .as("the facts of %s's %s", reference, process.getProcessDefinitionKey())
          .isEqualTo(restricted(CaseProcesses.facts(changes, process.getId())));
    }
  }

  private static Map<String, Object> read(LatestValues.Facts facts, String processInstanceId) {
    Map<String, Object> values = new HashMap<>();
    for (String name : Timeliness.READS) {
      Object value = processInstanceId == null ? facts.get(name) : facts.get(processInstanceId, name);
      if (value != null) {
        values.put(name, shown(value));
      }
    }
    return values;
  }

  /** The value with its type: a date and its text must not pass for each other. */
  private static String shown(Object value) {
    return value.getClass().getSimpleName() + ":" + value;
  }

  private static Map<String, Object> restricted(Map<String, Object> facts) {
    Map<String, Object> values = new HashMap<>(facts);
    values.keySet().retainAll(Timeliness.READS);
    values.values().removeIf(Objects::isNull);
    values.replaceAll((name, value) -> shown(value));
    return values;
  }
}
