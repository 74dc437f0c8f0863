package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * The latest value of some variables of each case of a batch. History keeps each process's variable with its
 * latest value, so a few variables of fifty cases are one query, where every change of every variable is
 * about 700 rows a case. A variable a case holds in several processes with different values (a called process
 * changed its copy, or its caller did later) is settled by the time of each copy's last change, read for those
 * copies only; where that is a tie, the case's facts come from all its changes, in the order they were made,
 * as {@link CaseProcesses#facts} reads them.
 */
final class LatestValues {

  private final HistoryService history;
  private final Function<List<HistoricProcessInstance>, Map<String, Object>> everyChange;
  private final Set<String> names;

  LatestValues(HistoryService history, CaseProcesses caseProcesses, Set<String> names) {
    this(history, processes -> CaseProcesses.facts(caseProcesses.changes(processes)), names);
  }

  /** {@code everyChange}: a case's facts read from every change, for copies that changed in the same moment. */
  LatestValues(HistoryService history, Function<List<HistoricProcessInstance>, Map<String, Object>> everyChange,
               Set<String> names) {
    this.history = history;
    this.everyChange = everyChange;
    this.names = Set.copyOf(names);
  }

  /**
   * The facts of each case (by reference) whose processes are given. Oldest copy first: a copy made while the
   * pages are read comes last, so no page shifts under the next.
   */
  Map<String, Facts> read(Map<String, List<HistoricProcessInstance>> processesByCase, int max) {
    Map<String, String> caseOfProcess = new HashMap<>();
    processesByCase.forEach((reference, processes) ->
        processes.forEach(process -> caseOfProcess.put(process.getId(), reference)));
    Map<String, List<HistoricVariableInstance>> variablesByCase = new HashMap<>();
    if (!caseOfProcess.isEmpty()) {
      HistoryPages.all(history.createHistoricVariableInstanceQuery()
              .processInstanceIdIn(caseOfProcess.keySet().toArray(String[]::new))
              .variableNameIn(names.toArray(String[]::new)).includeDeleted()
              .disableBinaryFetching().disableCustomObjectDeserialization()
              .orderByCreationTime().asc().orderByVariableId().asc(), max)
          .stream().filter(LatestValues::processLevel)
          .forEach(variable -> variablesByCase.computeIfAbsent(caseOfProcess.get(variable.getProcessInstanceId()),
              reference -> new ArrayList<>()).add(variable));
    }
    Map<String, Facts> facts = new HashMap<>();
    processesByCase.forEach((reference, processes) ->
        facts.put(reference, factsOf(processes, variablesByCase.getOrDefault(reference, List.of()))));
    return facts;
  }

  /** A variable of the process itself, not of a branch of it (such as one recommendation of the plan). */
  private static boolean processLevel(HistoricVariableInstance variable) {
    return variable.getProcessInstanceId().equals(variable.getActivityInstanceId());
  }

  /**
   * The value a copy holds now. History keeps a removed variable's last value, but its last change says
   * "removed" (a change to null), and that is what every change, read in order, says too.
   */
  private static Object valueOf(HistoricVariableInstance copy) {
    return HistoricVariableInstance.STATE_DELETED.equals(copy.getState()) ? null
        : CaseProcesses.plain(copy.getTypedValue());
  }

  private Facts factsOf(List<HistoricProcessInstance> processes, List<HistoricVariableInstance> variables) {
    Map<String, Map<String, Object>> byProcess = new HashMap<>();
    Map<String, List<HistoricVariableInstance>> byName = new HashMap<>();
    for (HistoricVariableInstance variable : variables) {
      Map<String, Object> ofProcess = byProcess.computeIfAbsent(variable.getProcessInstanceId(),
          id -> new HashMap<>());
      // a variable removed and set again: the copy that is there now counts
      if (!HistoricVariableInstance.STATE_DELETED.equals(variable.getState())
          || !ofProcess.containsKey(variable.getName())) {
        ofProcess.put(variable.getName(), valueOf(variable));
      }
      byName.computeIfAbsent(variable.getName(), name -> new ArrayList<>()).add(variable);
    }
    return new Facts(names, byProcess, name -> {
      List<HistoricVariableInstance> copies = byName.getOrDefault(name, List.of());
      if (copies.isEmpty()) {
        return Optional.empty();
      }
      HistoricVariableInstance latest = latest(copies);
      return latest == null ? null : Optional.ofNullable(valueOf(latest));
    }, () -> everyChange.apply(processes));
  }

  /** The copy changed last; any copy when all agree; null when two that differ changed in the same moment. */
  private HistoricVariableInstance latest(List<HistoricVariableInstance> copies) {
    Set<String> values = new HashSet<>();
    copies.forEach(copy -> values.add(comparable(valueOf(copy))));
    if (values.size() == 1) {
      return copies.get(0);
    }
    Map<HistoricVariableInstance, Date> changed = new HashMap<>();
    for (HistoricVariableInstance copy : copies) {
      List<HistoricDetail> last = history.createHistoricDetailQuery().variableInstanceId(copy.getId())
          .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization()
          .orderByTime().desc().listPage(0, 1);
      changed.put(copy, last.isEmpty() ? new Date(0) : last.get(0).getTime());
    }
    List<HistoricVariableInstance> newestFirst = new ArrayList<>(copies);
    newestFirst.sort(Comparator.comparing(changed::get, Comparator.reverseOrder()));
    boolean tie = changed.get(newestFirst.get(0)).equals(changed.get(newestFirst.get(1)));
    return tie ? null : newestFirst.get(0);
  }

  /** A value's type and text: a JSON value has no equality of its own, and 1 is not "1". */
  private static String comparable(Object value) {
    return value == null ? "null" : value.getClass().getName() + ":" + value;
  }

  /**
   * What a case's data says, for the variables asked for only: asking for another is a mistake in the code
   * that would otherwise read as a missing date, so it is refused.
   */
  static final class Facts {

    private final Set<String> names;
    private final Map<String, Map<String, Object>> byProcess;
    private final Function<String, Optional<Object>> latest;
    private final Supplier<Map<String, Object>> fromEveryChange;
    private final Map<String, Optional<Object>> ofCase = new HashMap<>();
    private final Set<String> tied = new HashSet<>();
    private Map<String, Object> everyChange;

    /**
     * {@code latest} settles a variable's value across the case, or answers null where only every change
     * ({@code fromEveryChange}) can: each is asked only when a value of the whole case is wanted, since a
     * variable each process holds for itself (an agency's name) differs by design.
     */
    Facts(Set<String> names, Map<String, Map<String, Object>> byProcess,
          Function<String, Optional<Object>> latest, Supplier<Map<String, Object>> fromEveryChange) {
      this.names = names;
      this.byProcess = byProcess;
      this.latest = latest;
      this.fromEveryChange = fromEveryChange;
    }

    /** The latest value the variable was given anywhere in the case. */
    Object get(String name) {
      if (!tied.contains(known(name))) {
        Optional<Object> value = ofCase.computeIfAbsent(name, latest);
        if (value != null) {
          return value.orElse(null);
        }
        tied.add(name);
      }
      if (everyChange == null) {
        everyChange = fromEveryChange.get();
      }
      return everyChange.get(name);
    }

    /** The value of the variable in one process of the case. */
    Object get(String processInstanceId, String name) {
      return byProcess.getOrDefault(processInstanceId, Map.of()).get(known(name));
    }

    private String known(String name) {
      if (!names.contains(name)) {
        throw new IllegalStateException("The report did not read the variable " + name);
      }
      return name;
    }
  }
}
