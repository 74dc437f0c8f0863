package uk.safeguarding.casereview.report.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import uk.safeguarding.casereview.calendar.CaseClock;
import uk.safeguarding.casereview.config.CaseReviewProperties;
import uk.safeguarding.casereview.report.HistoryPages;
import uk.safeguarding.casereview.report.ReportingYear;
import uk.safeguarding.casereview.review.CaseVariables;
import uk.safeguarding.casereview.support.JsonVariables;

/**
 * For the annual report: how many reviews the review group tagged with each learning theme, by the reporting
 * year the case began in. Read from history as the person asking: each case's themes as they stand now.
 */
@Component
public class ThemesByYear {

  static final int MAX_CASES = 50_000;

  private final HistoryService history;
  private final CaseReviewProperties properties;
  private final CaseClock clock;

  public ThemesByYear(HistoryService history, CaseReviewProperties properties, CaseClock clock) {
    this.history = history;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The table: years oldest first, a row per configured theme (then any no longer configured) with a count
   * per year, and the total of each year's reviews tagged with any theme.
   */
  public Table table() {
    Map<String, Object> themesOfCase = new HashMap<>();
    for (String key : CaseBoard.CASE_KEYS) {
      for (HistoricVariableInstance variable : HistoryPages.all(history.createHistoricVariableInstanceQuery()
          .variableName(CaseVariables.LEARNING_THEMES).processDefinitionKey(key)
          .disableBinaryFetching().disableCustomObjectDeserialization()
          .orderByProcessInstanceId().asc(), MAX_CASES)) {
        if (variable.getProcessInstanceId().equals(variable.getActivityInstanceId())) {
          themesOfCase.put(variable.getProcessInstanceId(), variable.getValue());
        }
      }
    }
    Map<String, String> yearOfCase = new HashMap<>();
    List<String> ids = List.copyOf(themesOfCase.keySet());
    for (int from = 0; from < ids.size(); from += CaseBoard.REFERENCES_PER_QUERY) {
      Set<String> chunk = new LinkedHashSet<>(ids.subList(from,
          Math.min(ids.size(), from + CaseBoard.REFERENCES_PER_QUERY)));
      for (HistoricProcessInstance root : history.createHistoricProcessInstanceQuery().processInstanceIds(chunk)
          .listPage(0, chunk.size())) {
        yearOfCase.put(root.getId(), ReportingYear.containing(clock.dayOf(root.getStartTime()),
            properties.getReporting().getYearStartMonth()).label());
      }
    }
    return count(themesOfCase, yearOfCase);
  }

  private Table count(Map<String, Object> themesOfCase, Map<String, String> yearOfCase) {
    Map<String, String> names = new LinkedHashMap<>();
    properties.getLearningThemes().forEach(theme -> names.put(theme.id(), theme.name()));
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    names.values().forEach(name -> counts.put(name, new HashMap<>()));
    Map<String, Integer> tagged = new HashMap<>();
    TreeSet<String> years = new TreeSet<>();
    themesOfCase.forEach((caseId, value) -> {
      String year = yearOfCase.get(caseId);
      List<Object> themes = JsonVariables.list(value, CaseVariables.LEARNING_THEMES);
      if (year == null || themes.isEmpty()) {
        return;
      }
      years.add(year);
      tagged.merge(year, 1, Integer::sum);
      themes.stream().map(String::valueOf).distinct().forEach(id -> counts
          .computeIfAbsent(names.getOrDefault(id, id), name -> new HashMap<>()).merge(year, 1, Integer::sum));
    });
    List<String> yearList = new ArrayList<>(years);
    List<Row> rows = counts.entrySet().stream().map(entry -> new Row(entry.getKey(),
        yearList.stream().map(year -> entry.getValue().getOrDefault(year, 0)).toList())).toList();
    return new Table(yearList, rows, yearList.stream().map(year -> tagged.getOrDefault(year, 0)).toList());
  }

  /** @param reviews each year's reviews tagged with any theme (a review usually has several) */
  public record Table(List<String> years, List<Row> rows, List<Integer> reviews) {
  }

  /** @param counts per year, in the table's order */
  public record Row(String theme, List<Integer> counts) {
  }
}
