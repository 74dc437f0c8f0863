package uk.safeguarding.casereview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.review.CaseVariables;

/**
 * The whole history of a case for auditors, read from the engine's history: every process the case ran, its
 * steps (who completed each, its due date and whether it was late), its decisions with their reasons, every
 * change to its data and every operation people performed; and each process's diagram with the path taken.
 */
@Component
public class CaseHistory {

  static final int MAX_ROWS = 20_000;
  /** Configuration copied into every case for its forms: not the case's data. */
  static final List<String> NOT_CASE_DATA = List.of(CaseVariables.AGENCY_OPTIONS);
  static final String THE_PROCESS = "(the process)";

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final CaseProcesses caseProcesses;
  private final CaseClock clock;
  private final CaseLinks caseLinks;
  private final CaseStanding standing;
  private final CaseDiagrams diagrams;

  public CaseHistory(HistoryService historyService, RepositoryService repositoryService,
                     CaseProcesses caseProcesses, CaseClock clock, CaseLinks caseLinks, CaseStanding standing,
                     CaseDiagrams diagrams) {
    this.caseLinks = caseLinks;
    this.diagrams = diagrams;
    this.standing = standing;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.caseProcesses = caseProcesses;
    this.clock = clock;
  }

  public Optional<CaseRecord> of(String reference) {
    List<HistoricProcessInstance> processes = caseProcesses.of(reference);
    if (processes.isEmpty()) {
      return Optional.empty();
    }
    List<CaseProcesses.Change> changes = caseProcesses.changes(processes);
    Map<String, Object> facts = CaseProcesses.facts(changes);
    CaseVocabulary vocabulary = CaseVocabulary.read(repositoryService,
        processes.stream().map(HistoricProcessInstance::getProcessDefinitionId).toList(), facts);
    Reading reading = new Reading(changes, vocabulary, new ShownValues(vocabulary, clock.zone()));
    List<CaseRecord.ProcessRecord> records = CalledProcessCredit.credit(
        processes.stream().map(process -> record(process, reading)).toList());
    HistoricProcessInstance first = processes.get(0);
    return Optional.of(new CaseRecord(reference, text(facts.get(CaseVariables.CHILD_PSEUDONYM)), first.getState(),
        first.getStartTime(), first.getEndTime(), standing.of(records), caseLinks.of(reference, facts), records));
  }

  /** What every process of the case is read with: the case's data changes and the words to show them in. */
  private record Reading(List<CaseProcesses.Change> changes, CaseVocabulary vocabulary, ShownValues shown) {
  }

  /** The steps that ran, by activity instance id: their names, and their ids in the diagram. */
  private record Steps(Map<String, String> names, Map<String, String> ids) {
  }

  private CaseRecord.ProcessRecord record(HistoricProcessInstance process, Reading reading) {
    List<HistoricActivityInstance> activities = HistoryPages.all(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(process.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().orderByHistoricActivityInstanceId().asc(), MAX_ROWS);
    Map<String, String> stepNames = new HashMap<>();
    Map<String, String> stepIds = new HashMap<>();
    activities.forEach(activity -> {
      stepNames.put(activity.getId(), activity.getActivityName());
      stepIds.put(activity.getId(), activity.getActivityId());
    });
    List<UserOperationLogEntry> operations = HistoryPages.all(historyService.createUserOperationLogQuery()
        .processInstanceId(process.getId()).orderByTimestamp().asc(), MAX_ROWS);
    Map<String, HistoricTaskInstance> tasksByActivityInstance = new HashMap<>();
    HistoryPages.all(historyService.createHistoricTaskInstanceQuery().processInstanceId(process.getId())
            .orderByHistoricActivityInstanceId().asc(), MAX_ROWS)
        .forEach(task -> tasksByActivityInstance.put(task.getActivityInstanceId(), task));
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(process.getProcessDefinitionId());
    Map<String, Set<String>> outputs = new HashMap<>();
    CasePeople people = new CasePeople(operations, tasksByActivityInstance,
        activityId -> outputs.computeIfAbsent(activityId, id -> outputsOf(model, id)));

    List<CaseProcesses.Change> changes = reading.changes().stream()
        .filter(change -> change.update().getProcessInstanceId().equals(process.getId())).toList();
    String label = text(CaseProcesses.facts(changes).get(CaseVariables.AGENCY_NAME));
    return new CaseRecord.ProcessRecord(process.getId(), process.getProcessDefinitionKey(),
        process.getProcessDefinitionName(), process.getProcessDefinitionVersion(), label,
        process.getSuperProcessInstanceId(), process.getStartTime(), process.getEndTime(), process.getState(),
        steps(activities, tasksByActivityInstance, people),
        decisions(process, changes, stepNames, people, reading.shown()),
        variableChanges(process, startedAt(activities), changes, new Steps(stepNames, stepIds), people, reading),
        operations.stream().map(CaseHistory::operation).toList());
  }

  private List<CaseRecord.Step> steps(List<HistoricActivityInstance> activities,
                                      Map<String, HistoricTaskInstance> tasks, CasePeople people) {
    Date now = Date.from(clock.now());
    List<CaseRecord.Step> steps = new ArrayList<>();
    for (HistoricActivityInstance activity : activities) {
      String type = activity.getActivityType();
      if (type == null || type.endsWith("Gateway") || "multiInstanceBody".equals(type)) {
        continue;
      }
      HistoricTaskInstance task = tasks.get(activity.getId());
      Date due = task == null ? null : task.getDueDate();
      Boolean late = null;
      if (due != null) {
        Date done = activity.getEndTime() != null ? activity.getEndTime() : now;
        late = done.after(due);
      }
      steps.add(new CaseRecord.Step(activity.getActivityId(), activity.getActivityName(), type,
          activity.getStartTime(), activity.getEndTime(), task == null ? null : people.completerOf(task),
          activity.getAssignee(), due, late, activity.isCanceled(),
          task == null || task.getEndTime() != null ? List.of() : standing.waitingFor(task)));
    }
    return steps;
  }

  private List<CaseRecord.Decision> decisions(HistoricProcessInstance process, List<CaseProcesses.Change> changes,
                                              Map<String, String> stepNames, CasePeople people,
                                              ShownValues shown) {
    List<CaseRecord.Decision> decisions = new ArrayList<>();
    for (CaseProcesses.Change change : changes) {
      HistoricVariableUpdate update = change.update();
      AuditedDecisions.of(update.getVariableName()).ifPresent(kind -> decisions.add(new CaseRecord.Decision(
          update.getTime(), people.stepOf(update, stepNames), kind.label(), text(change.value()),
          shown.text(kind.variable(), change.value()), reasonFor(kind, update, changes),
          people.whoChanged(update))));
    }
    for (HistoricDecisionInstance evaluation : HistoryPages.all(historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(process.getId()).includeInputs().includeOutputs().orderByEvaluationTime().asc(),
        MAX_ROWS)) {
      decisions.add(dmnDecision(evaluation, stepNames, shown));
    }
    decisions.sort((one, other) -> one.time().compareTo(other.time()));
    return decisions;
  }

  /**
   * The reason given with the decision: set in the same step and, when a person's submission set both, in
   * that same submission (its variables are saved one by one, a millisecond apart or in any order).
   */
  private static String reasonFor(AuditedDecisions.Kind kind, HistoricVariableUpdate decision,
                                  List<CaseProcesses.Change> changes) {
    String reason = null;
    for (CaseProcesses.Change change : changes) {
      HistoricVariableUpdate update = change.update();
      if (!kind.reasonVariable().equals(update.getVariableName())
          || !Objects.equals(update.getActivityInstanceId(), decision.getActivityInstanceId())) {
        continue;
      }
      boolean sameSubmission = decision.getUserOperationId() != null
          ? decision.getUserOperationId().equals(update.getUserOperationId())
          : !update.getTime().after(decision.getTime());
      if (sameSubmission) {
        reason = text(change.value());
      }
    }
    return reason;
  }

  /** The decision table's result: its outcome, and as the reason its reason outputs and the inputs found. */
  private static CaseRecord.Decision dmnDecision(HistoricDecisionInstance evaluation, Map<String, String> stepNames,
                                                 ShownValues shown) {
    List<HistoricDecisionOutputInstance> outputs = evaluation.getOutputs().stream()
        .sorted(Comparator.comparing(output -> isReason(output) ? 1 : 0)).toList();
    String value = outputs.isEmpty() ? null : text(outputs.get(0).getValue());
    String valueLabel = outputs.isEmpty() ? null : shown.text(outputs.get(0).getVariableName(), value);
    StringBuilder reason = new StringBuilder();
    outputs.stream().skip(1).forEach(output -> reason.append(text(output.getValue())).append(' '));
    StringBuilder inputs = new StringBuilder();
    for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
      if (Boolean.TRUE.equals(input.getValue())) {
        inputs.append(inputs.isEmpty() ? "" : ", ").append(input.getClauseName());
      }
    }
    if (!inputs.isEmpty()) {
      reason.append("(found: ").append(inputs).append(')');
    }
    return new CaseRecord.Decision(evaluation.getEvaluationTime(),
        stepNames.getOrDefault(evaluation.getActivityInstanceId(), evaluation.getActivityId()),
        evaluation.getDecisionDefinitionName(), value, valueLabel, reason.toString().trim(), THE_PROCESS);
  }

  private static boolean isReason(HistoricDecisionOutputInstance output) {
    String name = output.getVariableName() == null ? "" : output.getVariableName().toLowerCase();
    return name.contains("reason");
  }

  /** When the process had started: its start event done (a called process is given its data by then). */
  private static Date startedAt(List<HistoricActivityInstance> activities) {
    return activities.stream().filter(activity -> "startEvent".equals(activity.getActivityType()))
        .map(HistoricActivityInstance::getEndTime).filter(Objects::nonNull).findFirst().orElse(null);
  }

  private List<CaseRecord.VariableChange> variableChanges(HistoricProcessInstance process, Date startedAt,
                                                         List<CaseProcesses.Change> changes,
                                                         Steps steps, CasePeople people, Reading reading) {
    // what a process starts with (a start form, or what its caller passes in) is recorded on the process,
    // not on a step: it is shown against the process's start
    String start = "Start: " + process.getProcessDefinitionName();
    Date startEnd = startedAt != null ? startedAt : process.getStartTime();
    Map<String, Object> lastValues = new HashMap<>();
    List<CaseRecord.VariableChange> result = new ArrayList<>();
    for (CaseProcesses.Change change : changes) {
      HistoricVariableUpdate update = change.update();
      String name = update.getVariableName();
      // a variable of a task itself is a copy for its card in Tasklist (CaseLabelsOnTasks), not the case's data;
      // one on no form and not a known fact is the engine's own (nrOfInstances, loopCounter)
      if (NOT_CASE_DATA.contains(name) || update.getTaskId() != null || !reading.vocabulary().shown(name)) {
        continue;
      }
      Object newValue = change.value();
      Object oldValue = lastValues.put(update.getVariableInstanceId(), newValue);
      // a form saves every field it holds: a field saved again unchanged is not a change
      if (update.getRevision() > 0 && Objects.equals(text(oldValue), text(newValue))) {
        continue;
      }
      String step = Optional.ofNullable(steps.ids().get(update.getActivityInstanceId()))
          .or(() -> people.mappedFrom(update).map(HistoricTaskInstance::getTaskDefinitionKey)).orElse(null);
      String label = reading.vocabulary().label(name, step);
      result.add(new CaseRecord.VariableChange(update.getTime(), name, label, text(oldValue), text(newValue),
          reading.shown().of(name, oldValue), reading.shown().of(name, newValue),
          people.whoChanged(update), Optional.ofNullable(people.stepOf(update, steps.names()))
              .orElse(update.getTime().after(startEnd) ? null : start)));
    }
    return result;
  }

  private static CaseRecord.Operation operation(UserOperationLogEntry entry) {
    return new CaseRecord.Operation(entry.getTimestamp(), entry.getUserId(), entry.getOperationType(),
        entry.getEntityType(), entry.getProperty(), entry.getOrgValue(), entry.getNewValue(), entry.getAnnotation());
  }

  /** The process's diagram as deployed for its version, and where the case went in it. */
  public Optional<DiagramView> diagram(String processInstanceId) {
    return diagrams.of(processInstanceId);
  }

  private static String text(Object value) {
    return Objects.toString(value, null);
  }

  /** Whether the task was completed (not cancelled with its process or by a boundary event). */
  static boolean completed(HistoricTaskInstance task) {
    return task.getEndTime() != null && TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason());
  }

  /** The variables a step's output mapping sets in the process, e.g. a partner's sign-off from its form. */
  private static Set<String> outputsOf(BpmnModelInstance model, String activityId) {
    ModelElementInstance element = activityId == null ? null : model.getModelElementById(activityId);
    if (!(element instanceof BaseElement activity) || activity.getExtensionElements() == null) {
      return Set.of();
    }
    return activity.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list()
        .stream().flatMap(mapping -> mapping.getCamundaOutputParameters().stream())
        .map(CamundaOutputParameter::getCamundaName).collect(Collectors.toSet());
  }
}
