package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The processes of one case (they share its reference as business key) as history holds them, running or
 * finished, and what the case's data says now. Queries run as the person asking, so the engine's own
 * authorization (read history) applies on top of the audit role.
 */
@Component
public class CaseProcesses {

  /** More processes than this under one reference would not be one case. */
  static final int MAX_PROCESSES = 500;
  static final int MAX_CHANGES = 20_000;

  private final HistoryService historyService;

  public CaseProcesses(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** The case's processes, each called process after the one that called it, in the order they started. */
  public List<HistoricProcessInstance> of(String reference) {
    return ordered(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(reference).orderByProcessInstanceStartTime().asc()
        .listPage(0, MAX_PROCESSES));
  }

  /** The processes of several cases by reference, each case's ordered as {@link #of} orders them. */
  public Map<String, List<HistoricProcessInstance>> ofEach(Collection<String> references) {
    Map<String, List<HistoricProcessInstance>> byReference = new HashMap<>();
    if (references.isEmpty()) {
      return byReference;
    }
    HistoryPages.all(historyService.createHistoricProcessInstanceQuery()
            .processInstanceBusinessKeyIn(references.toArray(String[]::new))
            .orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc(),
        MAX_PROCESSES * references.size())
        .forEach(process -> byReference.computeIfAbsent(process.getBusinessKey(), key -> new ArrayList<>())
            .add(process));
    byReference.replaceAll((reference, processes) -> ordered(processes));
    return byReference;
  }

  private static List<HistoricProcessInstance> ordered(List<HistoricProcessInstance> all) {
    Map<String, List<HistoricProcessInstance>> children = new HashMap<>();
    Set<String> ids = new HashSet<>();
    all.forEach(process -> ids.add(process.getId()));
    List<HistoricProcessInstance> roots = new ArrayList<>();
    for (HistoricProcessInstance process : all) {
      String parent = process.getSuperProcessInstanceId();
      if (parent != null && ids.contains(parent)) {
        children.computeIfAbsent(parent, key -> new ArrayList<>()).add(process);
      } else {
        roots.add(process);
      }
    }
    List<HistoricProcessInstance> ordered = new ArrayList<>();
    roots.forEach(root -> addWithChildren(root, children, ordered));
    return ordered;
  }

  private static void addWithChildren(HistoricProcessInstance process,
                                      Map<String, List<HistoricProcessInstance>> children,
                                      List<HistoricProcessInstance> ordered) {
    ordered.add(process);
    children.getOrDefault(process.getId(), List.of()).stream()
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .forEach(child -> addWithChildren(child, children, ordered));
  }

  /**
   * Every change to a variable of these processes, oldest first, each with the scope the variable belongs to
   * (the process itself, or a branch such as one recommendation of the action plan).
   */
  public List<Change> changes(List<HistoricProcessInstance> processes) {
    return changes(processes, variables(processes, MAX_CHANGES));
  }

  /** The variables of these processes by id: up to max. */
  private Map<String, HistoricVariableInstance> variables(List<HistoricProcessInstance> processes, int max) {
    Map<String, HistoricVariableInstance> variables = new HashMap<>();
    if (!processes.isEmpty()) {
      HistoryPages.all(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(ids(processes))
              .disableBinaryFetching().disableCustomObjectDeserialization().orderByVariableId().asc(), max)
          .forEach(variable -> variables.put(variable.getId(), variable));
    }
    return variables;
  }

  private List<Change> changes(List<HistoricProcessInstance> processes, Map<String, HistoricVariableInstance> variables) {
    if (processes.isEmpty()) {
      return List.of();
    }
    List<Change> changes = new ArrayList<>();
    for (HistoricDetail detail : HistoryPages.all(historyService.createHistoricDetailQuery()
        .processInstanceIdIn(ids(processes)).variableUpdates().disableBinaryFetching()
        .disableCustomObjectDeserialization().orderByTime().asc().orderPartiallyByOccurrence().asc(),
        MAX_CHANGES)) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      HistoricVariableInstance variable = variables.get(update.getVariableInstanceId());
      boolean processLevel = variable == null
          || update.getProcessInstanceId().equals(variable.getActivityInstanceId());
      changes.add(new Change(update, processLevel));
    }
    return changes;
  }

  private static String[] ids(List<HistoricProcessInstance> processes) {
    return processes.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
  }

  /** The case's data now: the latest value each process-level variable was given anywhere in the case. */
  public static Map<String, Object> facts(List<Change> changes) {
    return facts(changes, null);
  }

  /** The data of one process of the case (or of all, with null), from changes already read. */
  public static Map<String, Object> facts(List<Change> changes, String processInstanceId) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (Change change : changes) {
      if (change.processLevel() && (processInstanceId == null
          || processInstanceId.equals(change.update().getProcessInstanceId()))) {
        facts.put(change.update().getVariableName(), change.value());
      }
    }
    return facts;
  }

  /** A variable update and whether it belongs to the whole process (not to a branch of it). */
  public record Change(HistoricVariableUpdate update, boolean processLevel) {

    /** The value as it was set: history is read, never turned back into Java objects. */
    public Object value() {
      return plain(update.getTypedValue());
    }
  }

  /** A value read from history; an object stays in its serialized form (JSON). */
  static Object plain(TypedValue typed) {
    if (typed instanceof ObjectValue object && !object.isDeserialized()) {
      return object.getValueSerialized();
    }
    return typed == null ? null : typed.getValue();
  }
}
