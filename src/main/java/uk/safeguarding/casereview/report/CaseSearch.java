package uk.safeguarding.casereview.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.review.CaseVariables;

/** Finds cases, running or finished, by their reference or the child's pseudonym (any part, any case). */
@Component
public class CaseSearch {

  static final int MAX_RESULTS = 200;

  private final HistoryService historyService;

  public CaseSearch(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** Matching cases, newest first; with no text, the newest cases. */
  public List<CaseSummary> search(String text, int maxResults) {
    int limit = Math.max(1, Math.min(maxResults, MAX_RESULTS));
    String search = text == null ? "" : text.trim();
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    if (search.isEmpty()) {
      historyService.createHistoricProcessInstanceQuery().rootProcessInstances()
          .orderByProcessInstanceStartTime().desc().listPage(0, limit)
          .forEach(process -> found.put(process.getId(), process));
    } else {
      String like = "%" + search.replace("%", "").replace("_", "") + "%";
      historyService.createHistoricProcessInstanceQuery().rootProcessInstances()
          .processInstanceBusinessKeyLike(like.toUpperCase(Locale.UK)).listPage(0, limit)
          .forEach(process -> found.put(process.getId(), process));
      historyService.createHistoricProcessInstanceQuery().rootProcessInstances().matchVariableValuesIgnoreCase()
          .variableValueLike(CaseVariables.CHILD_PSEUDONYM, like).listPage(0, limit)
          .forEach(process -> found.put(process.getId(), process));
    }
    Map<String, String> pseudonyms = pseudonyms(found.keySet().toArray(String[]::new));
    return found.values().stream().filter(process -> process.getBusinessKey() != null)
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).reversed()).limit(limit)
        .map(process -> new CaseSummary(process.getBusinessKey(), pseudonyms.get(process.getId()),
            process.getProcessDefinitionKey(), process.getProcessDefinitionName(), process.getStartTime(),
            process.getEndTime(), process.getState()))
        .toList();
  }

  private Map<String, String> pseudonyms(String[] processInstanceIds) {
    Map<String, String> pseudonyms = new HashMap<>();
    if (processInstanceIds.length > 0) {
      historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceIds)
          .variableName(CaseVariables.CHILD_PSEUDONYM).listPage(0, processInstanceIds.length * 4)
          .forEach(variable -> pseudonyms.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue())));
    }
    return pseudonyms;
  }
}
