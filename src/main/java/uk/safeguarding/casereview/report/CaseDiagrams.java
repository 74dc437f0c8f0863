package uk.safeguarding.casereview.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/** Each process of a case drawn as deployed, with the steps it passed and the flows it took. */
@Component
public class CaseDiagrams {

  private final HistoryService historyService;
  private final RepositoryService repositoryService;

  public CaseDiagrams(HistoryService historyService, RepositoryService repositoryService) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
  }

  /** The process's diagram as deployed for its version, and where the case went in it. */
  public Optional<DiagramView> of(String processInstanceId) {
    HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (process == null) {
      return Optional.empty();
    }
    String xml;
    try (InputStream model = repositoryService.getProcessModel(process.getProcessDefinitionId())) {
      xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<HistoricActivityInstance>> byActivity = new LinkedHashMap<>();
    // a multi-instance step counts once per instance (one per agency), not once more for its body
    HistoryPages.all(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
            .orderByHistoricActivityInstanceId().asc(), CaseHistory.MAX_ROWS)
        .stream().filter(activity -> !"multiInstanceBody".equals(activity.getActivityType()))
        .forEach(activity -> byActivity.computeIfAbsent(activity.getActivityId(), key -> new ArrayList<>())
            .add(activity));
    Map<String, DiagramView.Counts> counts = new LinkedHashMap<>();
    byActivity.forEach((id, instances) -> counts.put(id, new DiagramView.Counts(
        instances.stream().filter(instance -> instance.getEndTime() != null).count(),
        instances.stream().filter(instance -> instance.getEndTime() == null).count())));
    List<SequenceFlow> sequenceFlows = List.copyOf(repositoryService
        .getBpmnModelInstance(process.getProcessDefinitionId()).getModelElementsByType(SequenceFlow.class));
    List<String> flows = sequenceFlows.stream().filter(flow -> taken(flow, sequenceFlows, byActivity))
        .map(SequenceFlow::getId).toList();
    return Optional.of(new DiagramView(xml, counts, flows));
  }

  /**
   * History keeps steps, not flows. A flow was taken when, for some run of its target, its source is the step
   * that finished last before that run started, among all the steps with a flow into the target (so a step
   * reached again through a loop does not light up every way into it). Steps finished in the same instant are
   * told apart by the engine's sequence counter.
   */
  private static boolean taken(SequenceFlow flow, List<SequenceFlow> all,
                               Map<String, List<HistoricActivityInstance>> byActivity) {
    String target = flow.getTarget().getId();
    List<HistoricActivityInstance> sources = all.stream().filter(other -> other.getTarget().getId().equals(target))
        .map(other -> other.getSource().getId()).distinct()
        .flatMap(source -> byActivity.getOrDefault(source, List.of()).stream())
        .filter(instance -> instance.getEndTime() != null).toList();
    return byActivity.getOrDefault(target, List.of()).stream()
        .map(run -> sources.stream().filter(source -> !source.getEndTime().after(run.getStartTime()))
            .max(Comparator.comparing(HistoricActivityInstance::getEndTime)
                .thenComparing(CaseDiagrams::sequenceCounter)))
        .flatMap(Optional::stream)
        .anyMatch(source -> source.getActivityId().equals(flow.getSource().getId()));
  }

  private static long sequenceCounter(HistoricActivityInstance instance) {
    return instance instanceof HistoricActivityInstanceEventEntity entity ? entity.getSequenceCounter() : 0;
  }
}
